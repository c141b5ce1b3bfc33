/**
 * Issue 16, item 6: an offer is marketing in every message, replies included: a coupon handed over with its
 * code or as "here is a coupon", a gift card, a free gift or sample, in every marketplace language. A reply
 * may still answer a buyer's coupon question, refuse a discount, or speak of a gift the buyer bought.
 */
import { checkMessage } from '../../lib/policy';

const verdict = (text: string, marketplace: string, kind: 'reply' | 'proactive' = 'reply') => {
  const r = checkMessage(text, { kind, marketplace });
  return { verdict: r.verdict, rules: [...new Set(r.findings.map((f) => f.rule))] };
};

describe('offers are blocked in replies too', () => {
  it.each([
    ['US', 'Here is a coupon: SAVE20'],
    ['US', 'We will send you a free gift with your next order.'],
    ['US', 'Use code SAVE20 at checkout.'],
    ['UK', 'As a thank you, here is a £10 gift card.'],
    ['DE', 'Hier ist Ihr Gutschein: SOMMER20'],
    ['DE', 'Wir schicken Ihnen ein kostenloses Geschenk.'],
    ['FR', 'Voici votre code : MERCI10'],
    ['FR', 'Nous vous enverrons un cadeau gratuit.'],
    ['IT', 'Ecco il suo codice: GRAZIE10'],
    ['IT', 'Le invieremo un regalo in omaggio.'],
    ['ES', 'Aquí tiene su cupón: GRACIAS10'],
    ['ES', 'Le enviaremos un regalo gratis.'],
    ['JP', 'クーポンコード：SAVE2024 をご利用ください。'],
    ['JP', '無料のプレゼントをお送りします。'],
  ])('%s: %s', (mp, text) => {
    expect(verdict(text, mp)).toEqual({ verdict: 'block', rules: ['marketing'] });
  });

  it.each([
    ['US', 'We cannot offer a coupon, sorry.'],
    ['US', 'The coupon you used was applied by Amazon at checkout.'],
    ['US', 'The item was a gift for your daughter? We can add a gift receipt.'],
    ['US', 'Your order 111-1234567-1234567 shipped with tracking number 1Z999AA10123456784.'],
    ['DE', 'Leider können wir keinen Gutschein anbieten.'],
  ])('not an offer (%s): %s', (mp, text) => {
    expect(verdict(text, mp).rules).not.toContain('marketing');
  });
});
