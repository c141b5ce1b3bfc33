import { analyse } from '../../lib/policy/analyse';
import { guessLanguage } from '../../lib/policy/language';
import { fold } from '../../lib/policy/normalise';
import { checkMessage, RULES } from '../../lib/policy';

describe('fold', () => {
  it('folds case, accents, full width and typography while mapping back to the original', () => {
    const t = 'Ｓｔｒａßｅ É’ＡＢ';
    const f = fold(t);
    expect(f.norm).toBe("strasse e'ab");
    const i = f.norm.indexOf('ss');
    expect(t.slice(f.starts[i], f.ends[i + 1])).toBe('ß');
    expect(t.slice(f.starts[f.norm.indexOf('e\'')], f.ends[f.norm.length - 1])).toBe('É’ＡＢ');
  });
  it('keeps kana voicing and emoji intact', () => {
    expect(fold('ガイド 😊').norm).toBe('ガイド 😊');
  });
});

describe('guessLanguage', () => {
  it.each([
    ['Thank you for your message, we will send the replacement today.', 'en'],
    ['Vielen Dank für Ihre Nachricht, wir senden Ihnen heute den Ersatz.', 'de'],
    ['Merci pour votre message, nous vous envoyons le remplacement.', 'fr'],
    ['Grazie per il suo messaggio, le abbiamo spedito il ricambio.', 'it'],
    ['Gracias por su mensaje, hemos enviado el reemplazo hoy.', 'es'],
    ['ご連絡ありがとうございます。交換品を発送いたしました。', 'ja'],
    ['您好，您的订单已经发货了。', 'zh'],
  ])('%s -> %s', (text, lang) => {
    expect(guessLanguage(fold(text).norm).lang).toBe(lang);
  });
});

describe('checkMessage', () => {
  it('has one documented rule per id', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    // each rule's reason and each finding are worded in the catalog (both locales): tests/unit/ui-i18n-policy.test.ts
  });
  it('accepts marketplace codes and ids', () => {
    expect(analyse('x', 'A1PA6795UKMFR9').expected).toBe('de');
    expect(analyse('x', 'gb').expected).toBe('en');
    expect(analyse('x').expected).toBeUndefined();
  });
  it('returns ok for the everyday answers sellers write', () => {
    for (const t of ['Please let us know if the size does not fit, we will send a replacement.', 'You can return it via your Amazon orders page.', 'Here is your invoice.', '']) {
      expect(checkMessage(t, { kind: 'reply', marketplace: 'US' })).toEqual({ verdict: 'ok', findings: [] });
    }
  });
  it('takes the worst severity as verdict and sorts findings by position', () => {
    const r = checkMessage('Thanks 😊 mail me at bob@example.com', { kind: 'reply', marketplace: 'US' });
    expect(r.verdict).toBe('block');
    expect(r.findings.map((f) => f.rule)).toEqual(['emoji', 'email-address']);
    expect(checkMessage('Thanks 😊', { kind: 'reply', marketplace: 'US' }).verdict).toBe('warn');
  });
});
