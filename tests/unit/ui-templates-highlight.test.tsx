import { highlightPieces } from '../../lib/policy/highlight';
import { analyseBody } from '../../components/options/templates/analysis';
import { sampleFor, SAMPLE_KINDS } from '../../components/options/templates/samples';
import { LANGUAGES } from '../../lib/model';

describe('highlightPieces', () => {
  it('cuts segments at finding boundaries and keeps the text whole', () => {
    const segments = [{ text: 'Hi ' }, { text: 'Jane', variable: 'buyer_first_name' }, { text: ', visit shop.example now' }];
    const findings = [{ rule: 'external-link', severity: 'block' as const, start: 15, end: 27, code: 'linkOutside' }];
    const pieces = highlightPieces(segments, findings);
    expect(pieces.map((p) => p.text).join('')).toBe('Hi Jane, visit shop.example now');
    expect(pieces.filter((p) => p.findings.length).map((p) => p.text)).toEqual(['shop.example']);
    expect(pieces.find((p) => p.variable)).toEqual({ text: 'Jane', variable: 'buyer_first_name', findings: [] });
  });

  it('a finding across a variable marks both pieces', () => {
    const pieces = highlightPieces([{ text: 'ab' }, { text: 'cd', variable: 'x', missing: true }], [{ rule: 'r', severity: 'warn', start: 1, end: 3, code: 'r' }]);
    expect(pieces).toEqual([
      { text: 'a', findings: [] }, { text: 'b', findings: [0] },
      { text: 'c', variable: 'x', missing: true, findings: [0] }, { text: 'd', variable: 'x', missing: true, findings: [] },
    ]);
  });
});

describe('samples', () => {
  it('every language has complete samples on its own marketplace; presale has no order', () => {
    for (const l of LANGUAGES) {
      for (const k of SAMPLE_KINDS) {
        const s = sampleFor(l, k);
        expect(s.ctx.buyerName).toBeTruthy();
        expect(s.ctx.items[0]?.title).toBeTruthy();
        expect(Boolean(s.ctx.orderId)).toBe(k !== 'presale');
        expect(Boolean(s.ctx.trackingNumber)).toBe(k === 'fbm');
      }
    }
    const a = analyseBody('Order {{order_id}} for {{buyer_name}}', 'de', 'presale', 'reply');
    expect(a.render.missing).toEqual(['order_id']);
  });
});
