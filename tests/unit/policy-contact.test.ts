import { checkMessage } from '../../lib/policy';
import type { MessageKind } from '../../lib/policy';

const hits = (text: string, rule: string, kind: MessageKind = 'reply', marketplace = 'US') =>
  checkMessage(text, { kind, marketplace }).findings.filter((f) => f.rule === rule).map((f) => [text.slice(f.start, f.end), f.severity]);

describe('external-link', () => {
  it('blocks links off Amazon with the exact span', () => {
    const t = 'The guide is here: https://www.snapcam-help.com/setup . Thanks';
    expect(hits(t, 'external-link')).toEqual([['https://www.snapcam-help.com/setup', 'block']]);
    expect(hits('Die Anleitung: www.gartenglueck.de/pflege', 'external-link', 'reply', 'DE')).toEqual([['www.gartenglueck.de/pflege', 'block']]);
    expect(hits('取扱説明書：https://nihon-shop.jp/manual', 'external-link', 'reply', 'JP')).toEqual([['https://nihon-shop.jp/manual', 'block']]);
  });
  it('blocks shorteners, including Amazon ones', () => {
    expect(hits('Video: bit.ly/3xYzAbc', 'external-link')).toEqual([['bit.ly/3xYzAbc', 'block']]);
    expect(hits('Ecco: https://amzn.to/3abc', 'external-link', 'reply', 'IT')).toEqual([['https://amzn.to/3abc', 'block']]);
  });
  it('blocks web addresses in disguise', () => {
    expect(hits('Go to bestbuyparts dot com slash manuals please', 'external-link')).toEqual([['bestbuyparts dot com slash manuals', 'block']]);
    expect(hits('Check www dot acmewear dot com.', 'external-link')).toEqual([['www dot acmewear dot com', 'block']]);
    expect(hits('Besuchen Sie shop punkt de', 'external-link', 'reply', 'DE')).toEqual([['shop punkt de', 'block']]);
  });
  it('allows the marketplace\'s own order pages in replies, warns in unsolicited messages', () => {
    expect(hits('Product: https://www.amazon.de/dp/B07XJ8C8F5', 'external-link', 'reply', 'DE')).toEqual([]);
    expect(hits('Review: https://www.amazon.com/review/create-review?asin=B0C1234567', 'external-link', 'review-request')).toEqual([
      ['https://www.amazon.com/review/create-review?asin=B0C1234567', 'warn']]);
    expect(hits('Hier: https://www.amazon.com/dp/B07XJ8C8F5', 'external-link', 'reply', 'DE')[0]?.[1]).toBe('warn');
  });
  it('blocks storefront links in unsolicited messages', () => {
    expect(hits('More: https://www.amazon.com/s?me=A1OFNH7X27CXTU', 'external-link', 'proactive')[0]?.[1]).toBe('block');
  });
  it('does not take names, decimals or sentence ends for links', () => {
    for (const t of ['Sold on Amazon.com since 2019.', 'It weighs 1.2 kg.', 'It arrived.It works now.', 'Le colis est au point de retrait.', 'See manual.pdf attached.']) {
      expect(hits(t, 'external-link', 'reply', 'FR')).toEqual([]);
    }
  });
});

describe('email-address', () => {
  it('blocks plain and obfuscated addresses in several languages', () => {
    expect(hits('Send photos to support@brightlamp-store.com today.', 'email-address')).toEqual([['support@brightlamp-store.com', 'block']]);
    expect(hits('Reach us: help (at) kitchenpro dot net', 'email-address')).toEqual([['help (at) kitchenpro dot net', 'block']]);
    expect(hits('Schreiben Sie an info (at) gartenwelt punkt de.', 'email-address', 'reply', 'DE')).toEqual([['info (at) gartenwelt punkt de', 'block']]);
    expect(hits('詳細は info＠tokyo-goods.co.jp までご連絡ください。', 'email-address', 'reply', 'JP')).toEqual([['info＠tokyo-goods.co.jp', 'block']]);
  });
  it('ignores mentions of e-mail without an address', () => {
    expect(hits('Please check the spam folder of the email account linked to your Amazon account.', 'email-address')).toEqual([]);
    expect(hits('Visit us at amazon dot com', 'email-address')).toEqual([]);
  });
});

describe('phone-number', () => {
  it('blocks international and national formats', () => {
    expect(hits('Ring us on +44 20 7946 0958 today.', 'phone-number', 'reply', 'UK')).toEqual([['+44 20 7946 0958', 'block']]);
    expect(hits('Call (415) 555-0132 now', 'phone-number')).toEqual([['(415) 555-0132', 'block']]);
    expect(hits('Rufen Sie an: 030 / 9876 5432.', 'phone-number', 'reply', 'DE')).toEqual([['030 / 9876 5432', 'block']]);
    expect(hits('Appelez le 01 42 68 53 00.', 'phone-number', 'reply', 'FR')).toEqual([['01 42 68 53 00', 'block']]);
    expect(hits('お急ぎの場合は090-1234-5678までお電話ください。', 'phone-number', 'reply', 'JP')).toEqual([['090-1234-5678', 'block']]);
  });
  it('does not flag order ids, dates, prices, EANs or serial numbers', () => {
    for (const t of ['Order 113-4567890-1234567 is refunded.', 'Delivered on 03/14/2025 and 2024-11-02.', 'Refund of 1,234.56 € issued.',
      'EAN 4006381333931', 'SN: 2023-0415-77', 'Tracking 1Z999AA10123456784', 'Zugestellt am 12.03.2025.', '2,980円を返金しました。']) {
      expect(hits(t, 'phone-number')).toEqual([]);
    }
  });
});

describe('off-amazon-channel', () => {
  it('blocks messengers, social media and own websites', () => {
    expect(hits('Send a video on WhatsApp please.', 'off-amazon-channel')).toEqual([['WhatsApp', 'block']]);
    expect(hits('Add us on WeChat: homegoods88', 'off-amazon-channel')).toEqual([['WeChat', 'block']]);
    expect(hits('LINEでお問い合わせください。', 'off-amazon-channel', 'reply', 'JP')).toEqual([['LINEで', 'block']]);
    expect(hits('请加微信', 'off-amazon-channel')).toEqual([['微信', 'block']]);
    expect(hits('Kontaktieren Sie uns direkt per Mail.', 'off-amazon-channel', 'reply', 'DE')).toEqual([['Kontaktieren Sie uns direkt', 'block']]);
    expect(hits('Retrouvez-nous sur notre site web.', 'off-amazon-channel', 'reply', 'FR')).toEqual([['sur notre site', 'block']]);
  });
  it('allows contact through Amazon', () => {
    expect(hits('Contact us directly through Amazon messages.', 'off-amazon-channel')).toEqual([]);
    expect(hits('Our messenger bag has two pockets.', 'off-amazon-channel')).toEqual([]);
    expect(hits('この製品ラインは全て100V対応です。', 'off-amazon-channel', 'reply', 'JP')).toEqual([]);
  });
});
