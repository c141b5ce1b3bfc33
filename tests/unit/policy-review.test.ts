import { checkMessage } from '../../lib/policy';
import type { MessageKind } from '../../lib/policy';

const hits = (text: string, rule: string, kind: MessageKind = 'review-request', marketplace = 'US') =>
  checkMessage(text, { kind, marketplace }).findings.filter((f) => f.rule === rule).map((f) => [text.slice(f.start, f.end), f.severity]);
const verdict = (text: string, kind: MessageKind, marketplace: string) => checkMessage(text, { kind, marketplace }).verdict;

describe('review-manipulation', () => {
  it('blocks pushing for positive or 5-star ratings', () => {
    expect(hits('If possible, please leave us a 5-star review!', 'review-manipulation')).toEqual([['5-star', 'block']]);
    expect(hits('Über fünf Sterne würden wir uns freuen!', 'review-manipulation', 'review-request', 'DE')).toEqual([['fünf Sterne', 'block']]);
    expect(hits('Un avis positif nous aiderait.', 'review-manipulation', 'review-request', 'FR')).toEqual([['avis positif', 'block']]);
    expect(hits('高評価をいただけますと励みになります。', 'review-manipulation', 'review-request', 'JP')).toEqual([['高評価', 'block']]);
  });
  it('blocks asking only satisfied buyers, spanning condition and review word', () => {
    expect(hits('If you are satisfied with your purchase, please leave a review.', 'review-manipulation')).toEqual([
      ['If you are satisfied with your purchase, please leave a review', 'block']]);
    expect(hits('Si está satisfecho, déjenos una reseña.', 'review-manipulation', 'review-request', 'ES')[0]?.[1]).toBe('block');
    expect(hits('Se è soddisfatto, ci lasci una recensione.', 'review-manipulation', 'review-request', 'IT')[0]?.[1]).toBe('block');
    expect(hits('ご満足いただけましたら、レビューをお願いいたします。', 'review-manipulation', 'review-request', 'JP')).toEqual([['ご満足いただけましたら、レビュー', 'block']]);
  });
  it('blocks review gating', () => {
    expect(hits('Please contact us before leaving a negative review.', 'review-manipulation')).toEqual([['before leaving a negative review', 'block']]);
    expect(hits('Bitte melden Sie sich, bevor Sie eine Bewertung schreiben.', 'review-manipulation', 'review-request', 'DE')).toEqual([['bevor Sie eine Bewertung', 'block']]);
    expect(hits('レビューを書く前にまずご連絡ください。', 'review-manipulation', 'review-request', 'JP').length).toBeGreaterThan(0);
  });
  it('blocks incentives for reviews', () => {
    expect(hits('Leave a review and get a $5 gift card!', 'review-manipulation')).toEqual([['Leave a review and get a $5 gift card!', 'block']]);
    expect(hits('Als Dankeschön für Ihre Rezension erhalten Sie einen Gutschein.', 'review-manipulation', 'review-request', 'DE')[0]?.[1]).toBe('block');
    expect(hits('レビューを書いていただいた方にはギフト券をプレゼントします。', 'review-manipulation', 'review-request', 'JP')[0]?.[1]).toBe('block');
  });
  it('blocks asking to change or remove a review, also in replies', () => {
    expect(hits('Would you kindly remove the negative feedback you left?', 'review-manipulation', 'reply')).toEqual([['remove the negative feedback', 'block']]);
    expect(hits('Pourriez-vous supprimer votre avis négatif ?', 'review-manipulation', 'reply', 'FR')).toEqual([['supprimer votre avis', 'block']]);
    expect(hits('¿Podría cambiar su valoración?', 'review-manipulation', 'reply', 'ES')).toEqual([['cambiar su valoración', 'block']]);
    expect(hits('低評価のレビューを削除していただけますか。', 'review-manipulation', 'reply', 'JP').length).toBe(1);
  });
  it('accepts Amazon-permitted neutral wording', () => {
    for (const [t, mp] of [
      ['Would you take a moment to share your experience with a review?', 'US'],
      ['Whether positive or negative, your honest feedback helps other shoppers.', 'US'],
      ['Feel free to leave a review whenever you like.', 'US'],
      ['Hätten Sie einen Moment Zeit, Ihre Erfahrungen in einer Rezension zu teilen?', 'DE'],
      ['商品のご感想をレビューでお聞かせいただけますと幸いです。', 'JP'],
    ] as const) expect(verdict(t, 'review-request', mp)).toBe('ok');
    expect(verdict('If you are not satisfied with the replacement, please let us know and we will refund you.', 'reply', 'US')).toBe('ok');
    expect(verdict('Thanks for the 5-star review! Glad it works.', 'reply', 'US')).toBe('ok');
    expect(verdict('Thank you for your feedback, we have refunded you.', 'reply', 'US')).toBe('ok');
  });
});

describe('repeat-review-request', () => {
  it('warns about reminders in review requests only', () => {
    expect(hits('Reminder: we asked you last week for a review.', 'repeat-review-request')).toEqual([['Reminder', 'warn'], ['we asked you last week', 'warn']]);
    expect(hits('Kleine Erinnerung: Wir freuen uns über Ihre Rezension.', 'repeat-review-request', 'review-request', 'DE')).toEqual([['Erinnerung', 'warn']]);
    expect(hits('Reminder: your delivery is booked for Monday.', 'repeat-review-request', 'proactive')).toEqual([]);
    expect(hits('Reminder: the return window closes Friday.', 'repeat-review-request', 'reply')).toEqual([]);
  });
});

describe('marketing', () => {
  it('blocks coupons, promotions and other products in every language', () => {
    expect(hits('Use code SAVE20 for 20% off your next order!', 'marketing', 'proactive')).toEqual([['Use code', 'block'], ['20% off', 'block']]);
    expect(hits('Entdecken Sie auch unsere anderen Produkte!', 'marketing', 'proactive', 'DE')).toEqual([['Entdecken Sie auch unsere', 'block']]);
    expect(hits('Suivez-nous pour nos nouveautés.', 'marketing', 'proactive', 'FR')).toEqual([['Suivez-nous', 'block'], ['nouveautés', 'block']]);
    expect(hits('Inserisca il codice SCONTO10 al checkout.', 'marketing', 'proactive', 'IT')).toEqual([['Inserisca il codice', 'block']]);
    expect(hits('Descubra nuestros otros productos.', 'marketing', 'proactive', 'ES')[0]?.[1]).toBe('block');
    expect(hits('当店の他の商品もぜひご覧ください。', 'marketing', 'proactive', 'JP')).toEqual([['当店の他の商品', 'block']]);
  });
  it('does not flag refusals, partial refunds or coupon questions in replies', () => {
    expect(verdict('Sorry, we cannot offer a discount on future orders.', 'reply', 'US')).toBe('ok');
    expect(verdict('We can offer a partial refund of 20% if you keep the item.', 'reply', 'US')).toBe('ok');
    expect(verdict('The coupon on the product page is applied by Amazon at checkout.', 'reply', 'US')).toBe('ok');
    expect(verdict('Ci sono novità sulla spedizione: il pacco è partito.', 'reply', 'IT')).toBe('ok');
  });
});
