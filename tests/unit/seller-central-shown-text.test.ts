/** Names as the seller sees them: layout white space collapsed, the zero-width U+FEFF inside a name kept. */
import { describe, expect, it } from 'vitest';
import { collapseSpace, textOf } from '../../lib/seller-central/deep-query';
import { leafTexts } from '../../lib/seller-central/case-list-structure';
import { loadHtml } from './seller-central-load-fixture';

const NAME = 'Linda \u202Eelif.exe\u202C \u200Bzero\u200Dwidth\uFEFF\u2063mark';

describe('text as shown', () => {
  it('collapses runs of white space (no-break space too) and trims, keeping U+FEFF anywhere', () => {
    expect(collapseSpace('  a \n\t b\u00A0\u00A0c  ')).toBe('a b c');
    expect(collapseSpace('\uFEFFa\uFEFF b\uFEFF')).toBe('\uFEFFa\uFEFF b\uFEFF');
    expect(collapseSpace(` ${NAME}\n`)).toBe(NAME);
    expect(collapseSpace(' \n ')).toBe('');
  });

  it('textOf and leafTexts read a hostile name literally', () => {
    const doc = loadHtml(`<div id="a">\n  ${NAME}  \n</div><div id="b"><span>${NAME}</span><span> x </span></div>`);
    expect(textOf(doc.getElementById('a'))).toBe(NAME);
    expect(leafTexts(doc.getElementById('a')!, () => null)).toEqual([NAME]);
    expect(leafTexts(doc.getElementById('b')!, () => null)).toEqual([NAME, 'x']);
  });
});
