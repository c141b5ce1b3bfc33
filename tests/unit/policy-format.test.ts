import { checkMessage } from '../../lib/policy';
import type { MessageKind } from '../../lib/policy';

const hits = (text: string, rule: string, marketplace = 'US', kind: MessageKind = 'reply') =>
  checkMessage(text, { kind, marketplace }).findings.filter((f) => f.rule === rule).map((f) => [text.slice(f.start, f.end), f.severity]);

describe('html', () => {
  it('blocks tags, entities and markdown images', () => {
    expect(hits('<b>Please confirm</b> the text.', 'html')).toEqual([['<b>', 'block'], ['</b>', 'block']]);
    expect(hits('We&nbsp;are sorry &amp; more', 'html')).toEqual([['&nbsp;', 'block'], ['&amp;', 'block']]);
    expect(hits('Look: ![photo](https://x.example/a.jpg)', 'html')).toEqual([['![photo](https://x.example/a.jpg)', 'block']]);
    expect(hits('<br>ご注文ありがとうございます。', 'html', 'JP')).toEqual([['<br>', 'block']]);
  });
  it('ignores comparisons, arrows and placeholders', () => {
    expect(hits('Go to Your Orders > Return items; it takes < 5 minutes. Dear <Buyer Name>', 'html')).toEqual([]);
  });
});

describe('emoji', () => {
  it('warns on emoji sequences and emoticons with exact spans', () => {
    expect(hits('Thanks 😊 see you', 'emoji')).toEqual([['😊', 'warn']]);
    expect(hits('Share 🧘‍♀️ it ⭐⭐⭐', 'emoji')).toEqual([['🧘‍♀️', 'warn'], ['⭐⭐⭐', 'warn']]);
    expect(hits('No problem :) ok', 'emoji')).toEqual([[':)', 'warn']]);
  });
  it('leaves trademark signs and times alone', () => {
    expect(hits('Acme® Kettle™ ships at 12:30 (see note 1)', 'emoji')).toEqual([]);
  });
});

describe('language-mismatch', () => {
  it('blocks Chinese fragments in non-Chinese marketplaces with the span', () => {
    expect(hits('Vielen Dank. Wir senden morgen einen Ersatz 发货后告诉客户.', 'language-mismatch', 'DE')).toEqual([['发货后告诉客户', 'block']]);
    expect(hits('Dear customer, 您好，the tracking number is 1Z999.', 'language-mismatch', 'US')).toEqual([['您好', 'block']]);
    expect(hits('亲，您的包裹已经在路上了，请耐心等待。', 'language-mismatch', 'UK')[0]?.[1]).toBe('block');
  });
  it('blocks a Chinese clause inside a Japanese message but not Japanese kanji', () => {
    expect(hits('ご迷惑をおかけしました。交换的商品已经发货了，请查收。', 'language-mismatch', 'JP')).toEqual([['交换的商品已经发货了', 'block'], ['请查收', 'block']]);
    expect(hits('請求書を添付いたします。保証期間はご購入日から2年間です。', 'language-mismatch', 'JP')).toEqual([]);
  });
  it('warns when the whole message is in another language than the marketplace', () => {
    const en = 'Hello, thank you for your message. We will send you a replacement tomorrow.';
    expect(hits(en, 'language-mismatch', 'DE')).toEqual([[en, 'warn']]);
    expect(hits(en, 'language-mismatch', 'JP')).toEqual([[en, 'warn']]);
    expect(hits(en, 'language-mismatch', 'UK')).toEqual([]);
    expect(hits('Bonjour, nous avons bien reçu votre message et nous vous remercions.', 'language-mismatch', 'IT')[0]?.[1]).toBe('warn');
  });
  it('does not guess on short or mixed texts', () => {
    for (const [t, mp] of [['Adjuntamos su factura.', 'ES'], ['Here is your invoice.', 'US'], ['Anbei Ihre Rechnung.', 'DE'], ['Ok, thanks!', 'FR'], ['Danke!', 'DE']] as const) {
      expect(hits(t, 'language-mismatch', mp)).toEqual([]);
    }
  });
});

describe('language-mismatch: characters Japanese shares with Chinese', () => {
  it('does not flag 注文番号 or 没収 in a Japanese message', () => {
    const r = checkMessage('山田様、ご注文番号 250-1234567-1234567 の件につきまして、商品が没収されたとのこと、大変申し訳ございません。', { kind: 'reply', marketplace: 'JP' });
    expect(r.findings.filter((f) => f.rule === 'language-mismatch')).toEqual([]);
  });
});
