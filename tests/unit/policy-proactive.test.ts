import { checkMessage } from '../../lib/policy';
import type { MessageKind } from '../../lib/policy';

const rules = (text: string, kind: MessageKind, marketplace = 'US') =>
  checkMessage(text, { kind, marketplace }).findings.map((f) => [f.rule, f.severity, text.slice(f.start, f.end)]);

describe('thank-you-only', () => {
  it('blocks proactive messages that only thank or offer help, spanning the message', () => {
    const t = '  Thank you for your purchase! We hope you enjoy it. We are here to help if you need anything.\n';
    expect(rules(t, 'proactive')).toEqual([['thank-you-only', 'block', t.trim()]]);
    expect(rules('Vielen Dank für Ihren Einkauf! Bei Fragen sind wir jederzeit für Sie da.', 'proactive', 'DE')[0]?.[0]).toBe('thank-you-only');
    expect(rules('Merci pour votre achat ! Nous sommes là pour vous aider.', 'proactive', 'FR')[0]?.[0]).toBe('thank-you-only');
    expect(rules('ご購入ありがとうございます。何かございましたらお気軽にご連絡ください。', 'proactive', 'JP')[0]?.[0]).toBe('thank-you-only');
  });
  it('leaves replies and messages with order business alone', () => {
    expect(rules('Thank you for your message! We are here to help.', 'reply')).toEqual([]);
    expect(rules('Thank you for your order. Unfortunately the blue one is out of stock: would you like grey instead?', 'proactive')).toEqual([]);
    expect(rules('Anbei erhalten Sie Ihre Rechnung. Vielen Dank für Ihren Einkauf!', 'proactive', 'DE')).toEqual([]);
  });
});

describe('shipping-confirmation', () => {
  it('blocks proactive shipping or order confirmations', () => {
    expect(rules('Good news! Your order 112-3456789-1234567 has been shipped and is on its way to you.', 'proactive')[0]?.[0]).toBe('shipping-confirmation');
    expect(rules('Ihre Bestellung wurde heute versandt und ist auf dem Weg zu Ihnen.', 'proactive', 'DE')[0]?.[0]).toBe('shipping-confirmation');
    expect(rules('Su pedido ha sido enviado hoy.', 'proactive', 'ES')[0]?.[0]).toBe('shipping-confirmation');
    expect(rules('ご注文の商品を本日発送いたしました。', 'proactive', 'JP')[0]?.[0]).toBe('shipping-confirmation');
  });
  it('allows shipping news in replies and shipping problems proactively', () => {
    expect(rules('Your order has been shipped and will arrive Friday.', 'reply')).toEqual([]);
    expect(rules('Your order has been shipped, but the carrier reports a delay of two days.', 'proactive')).toEqual([]);
  });
});

describe('important-misuse', () => {
  it('blocks [Important] on review requests, marketing and thank-you notes', () => {
    expect(rules('[Important] How do you like it? Share your thoughts in a review.', 'review-request')).toEqual([['important-misuse', 'block', '[Important]']]);
    expect(rules('[Important] Get 10% off your next purchase.', 'proactive').map((f) => f[0])).toEqual(['important-misuse', 'marketing']);
    expect(rules('【重要】商品のご感想をお聞かせください。', 'review-request', 'JP')).toEqual([['important-misuse', 'block', '【重要】']]);
    expect(rules('[Important] Thank you for your order!', 'proactive').map((f) => f[0])).toEqual(['important-misuse', 'thank-you-only']);
  });
  it('accepts [Important] on a message critical to the order', () => {
    expect(rules('[Important] We need the size for your custom jacket before we can make it. Please reply with your chest measurement.', 'proactive')).toEqual([]);
    expect(rules('[Wichtig] Ihre Lieferadresse ist unvollständig, bitte ergänzen Sie die Hausnummer.', 'proactive', 'DE')).toEqual([]);
  });
});
