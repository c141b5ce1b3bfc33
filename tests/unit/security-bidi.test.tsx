// @vitest-environment happy-dom
/**
 * Bidi controls and look-alike text: `\u202Egnp.exe\u202C` reads "exe.png" when shown as it is. What we show
 * (SafeText, every panel, popup and options table of buyer and product text) and what we insert (rendered
 * templates) carries no bidi control; mixed-script names and order ids with non-ASCII digits are marked.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderTemplate } from '../../lib/templates';
import { hasBidiControls, isMixedScript, isSuspiciousOrderId, looksSuspicious, stripBidi } from '../../lib/text';
import { SafeText } from '../../components/text/SafeText';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

describe('lib/text', () => {
  it('strips every bidi control and nothing else', () => {
    for (const c of CONTROLS) expect(stripBidi(`a${c}b${c}`), `U+${c.charCodeAt(0).toString(16)}`).toBe('ab');
    expect(stripBidi('\u202Egnp.exe\u202C')).toBe('gnp.exe');
    expect(stripBidi('Zoë 山田 \u200Dmark مرحبا')).toBe('Zoë 山田 \u200Dmark مرحبا');
    expect(hasBidiControls('x\u2067y')).toBe(true);
    expect(hasBidiControls('plain')).toBe(false);
  });

  it('marks mixed-script words and non-ASCII order ids', () => {
    expect(isMixedScript('J\u043Ehn Smith')).toBe(true); // Cyrillic о
    expect(isMixedScript('\u0410mazon')).toBe(true); // Cyrillic А
    expect(isMixedScript('Иван Petrov')).toBe(false); // one script per word
    expect(isMixedScript('Zoë Müller')).toBe(false);
    expect(isSuspiciousOrderId('111-1234567-1234567')).toBe(false);
    expect(isSuspiciousOrderId('１１1-1234567-1234567')).toBe(true); // full-width digits
    expect(isSuspiciousOrderId('111-1234567-123456\u0667')).toBe(true); // Arabic-Indic seven
    expect(looksSuspicious('Ann\u202E')).toBe(true);
  });
});

describe('rendered and inserted text', () => {
  it('a reply never begins "Hello \\u202Egnp.exe\\u202C,"', () => {
    const r = renderTemplate('Hello {{buyer_name}}, your {{product_name}}', {
      marketplaceId: 'ATVPDKIKX0DER', buyerName: '\u202Egnp.exe\u202C', items: [{ asin: 'B0C1234567', title: 'Board\u202Edrawoh', quantity: 1 }],
    });
    expect(r.text).toBe('Hello gnp.exe, your Boarddrawoh');
    expect(hasBidiControls(r.segments.map((s) => s.text).join(''))).toBe(false);
  });
});

describe('SafeText', () => {
  const shown = (value: string, orderId = false): HTMLElement => {
    const el = document.createElement('div');
    act(() => createRoot(el).render(<SafeText value={value} orderId={orderId} warning="Look-alike" />));
    return el;
  };
  it('shows the text without controls and marks it', () => {
    const el = shown('\u202Egnp.exe\u202C');
    expect(el.textContent).toBe('gnp.exe⚠');
    expect(el.querySelector('[data-si-suspicious]')?.getAttribute('aria-label')).toBe('Look-alike');
  });
  it('leaves plain names alone', () => {
    expect(shown('Zoë Müller').innerHTML).toBe('Zoë Müller');
  });
  it('marks an order id with look-alike digits', () => {
    expect(shown('１１1-1234567-1234567', true).querySelector('[data-si-suspicious]')).not.toBeNull();
  });
});
