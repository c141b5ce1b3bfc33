/**
 * What threads say that keeps a review request away (issue 16, item 1): Amazon's opt-out bounces, A-to-z
 * claims, returns and refunds, and buyers' words about a low rating, in all six marketplace languages; and
 * how the facts join applies them to the order and to every order of the buyer.
 */
import { joinPlanInputs } from '../../lib/campaigns/facts';
import { planCampaigns, type PlanCampaign } from '../../lib/campaigns';
import { threadSignals } from '../../lib/campaigns/thread-signals';
import type { Order, Thread } from '../../lib/model';

const notice = (preview: string, subject = '') => threadSignals({ isSystem: true, subject, preview });
const buyer = (preview: string, subject = '') => threadSignals({ isSystem: false, subject, preview });

describe('thread signals', () => {
  it.each([
    ['en', 'Your e-mail to the buyer regarding order 1 could not be delivered because the buyer has opted out of unsolicited messages.'],
    ['de', 'Ihre E-Mail an den Käufer zur Bestellung 1 konnte nicht zugestellt werden, da der Käufer keine unaufgeforderten Nachrichten erhalten möchte.'],
    ['fr', 'Votre e-mail à l’acheteur concernant la commande 1 n’a pas pu être remis car l’acheteur a refusé les messages non sollicités.'],
    ['it', 'Il tuo messaggio all’acquirente relativo all’ordine 1 non è stato recapitato perché l’acquirente ha scelto di non ricevere messaggi non richiesti.'],
    ['es', 'Tu mensaje al comprador sobre el pedido 1 no se ha podido entregar porque el comprador ha rechazado los mensajes no solicitados.'],
    ['ja', '注文 1 に関する購入者へのメッセージは、購入者が不要なメッセージの受信を拒否しているため配信されませんでした。'],
  ])('an opt-out bounce (%s)', (_lang, text) => {
    expect(notice(text).optedOut).toBe(true);
  });

  it('a bounce for content, a delivery failure: no opt-out', () => {
    expect(notice('We were unable to deliver your message regarding order 1. The message contained content that is not permitted.').optedOut).toBe(false);
    expect(notice('Delivery to the following recipient failed permanently: buyer of order 1.').optedOut).toBe(false);
  });

  it.each([
    ['The buyer has filed an A-to-z Guarantee claim for order 1.'],
    ['Der Käufer hat einen A-bis-z-Garantieantrag für die Bestellung 1 gestellt.'],
    ['L’acheteur a déposé une réclamation au titre de la Garantie A à Z pour la commande 1.'],
    ['L’acquirente ha presentato un reclamo Garanzia dalla A alla Z per l’ordine 1.'],
    ['El comprador ha presentado una reclamación de la Garantía de la A a la Z para el pedido 1.'],
    ['購入者が注文 1 についてAmazonマーケットプレイス保証を申請しました。'],
  ])('an A-to-z claim: %s', (text) => {
    expect(notice(text).claim).toBe(true);
  });

  it.each([
    ['Buyer Jane has requested a return authorization for order 1.', 'returned'],
    ['Der Käufer Max hat eine Rücksendegenehmigung für die Bestellung 1 angefordert.', 'returned'],
    ['購入者 様から注文 1 の返品リクエストがありました。', 'returned'],
    ['Amazon has issued a refund for order 1 on your behalf.', 'refunded'],
    ['Amazon a émis un remboursement pour la commande 1 en votre nom.', 'refunded'],
    ['Amazon ha emitido un reembolso del pedido 1 en tu nombre.', 'refunded'],
  ] as const)('returns and refunds from notices: %s', (text, key) => {
    expect(notice(text)[key]).toBe(true);
  });

  it.each([
    ['I gave you a low rating because the package was late.'],
    ['Ich habe Ihnen eine schlechte Bewertung gegeben, weil das Paket zu spät kam.'],
    ['Je vous ai mis une mauvaise note car le colis était en retard.'],
    ['Vi ho dato un voto basso perché il pacco era in ritardo.'],
    ['Les puse una mala valoración porque el paquete llegó tarde.'],
    ['配達が遅れたので低い評価をつけましたが、届いたので修正したいと思います。'],
    ['Will I get a refund if I change my 1-star review?'],
  ])('a buyer speaks of a low rating: %s', (text) => {
    expect(buyer(text).negative).toBe(true);
  });

  it('ordinary buyer messages, and buyers writing about refunds or opting out, are not notices', () => {
    for (const text of ['Where is my order?', 'Can I return this item for a refund?', 'Please send me the invoice.', 'I opted out of emails', 'The rating system confuses me']) {
      const s = buyer(text);
      expect([s.optedOut, s.returned, s.refunded, s.negative]).toEqual([false, false, false, false]);
    }
  });
});

describe('facts from threads', () => {
  const US = 'ATVPDKIKX0DER';
  const order = (id: string, buyerId: string): Order => ({
    orderId: id, marketplaceId: US, status: 'Shipped', fulfillment: 'FBA', purchaseDate: '2026-10-01T00:00:00.000Z',
    shipDate: '2026-10-02T00:00:00.000Z', earliestDeliveryDate: '2026-10-03T00:00:00.000Z', latestDeliveryDate: '2026-10-04T00:00:00.000Z',
    buyerId, provenance: { source: 'import', at: '2026-10-01T00:00:00.000Z' },
  });
  const thread = (id: string, orderIds: string[], over: Partial<Thread>): Thread => ({
    key: `a|${US}|${id}`, accountId: 'a', marketplaceId: US, threadId: id, buyerName: 'Jane', orderIds, status: 'answered', isSystem: false, seenAt: '', ...over,
  });
  const campaign: PlanCampaign = {
    id: 'c', kind: 'follow-up', method: 'amazon-review-request', trigger: 'delivered', delayDays: { FBA: 0, FBM: 0 }, sendHour: 0,
    marketplaceIds: [], asins: [], excludeAsins: [], excludeSkus: [], excludeFromRegular: false, minQuantity: 0, dailyCap: 0, enabled: true, paused: false,
  };

  it('leaves out the buyer who opted out (every order), the low rating, the claim, the return, the refund, an open feedback question', () => {
    const { orders, facts } = joinPlanInputs({
      orders: [order('1', 'B1'), order('2', 'B1'), order('3', 'B3'), order('4', 'B4'), order('5', 'B5'), order('6', 'B6'), order('7', 'B7'), order('8', 'B8'), order('9', 'B9')],
      items: [],
      threads: [
        thread('n1', ['1'], { isSystem: true, buyerName: '', preview: 'Your e-mail to the buyer regarding order 1 could not be delivered because the buyer has opted out of unsolicited messages.' }),
        thread('b3', ['3'], { status: 'response-needed', category: 'feedback-review', preview: 'I gave you a low rating because the package was late.' }),
        thread('n4', ['4'], { isSystem: true, preview: 'The buyer has filed an A-to-z Guarantee claim for order 4.' }),
        thread('n5', ['5'], { isSystem: true, preview: 'Buyer Jane has requested a return authorization for order 5.' }),
        thread('n6', ['6'], { isSystem: true, preview: 'Amazon has issued a refund for order 6 on your behalf.' }),
        thread('b7', ['7'], { status: 'response-needed', category: 'feedback-review', preview: 'You asked me to leave feedback. How do I do that?' }),
        thread('b8', ['8'], { status: 'answered', category: 'feedback-review', preview: 'You asked me to leave feedback. How do I do that?' }),
      ],
      reviews: [{ key: 'r', asin: 'A', orderId: '9', rating: 1, date: '', provenance: { source: 'import', at: '' } }],
    });
    const plan = planCampaigns(orders, [campaign], facts, new Date('2026-10-10T00:00:00.000Z'));
    const why = Object.fromEntries(plan.map((e) => [e.orderId, e.skip ?? 'send']));
    expect(why).toEqual({
      1: 'opted-out', 2: 'opted-out', 3: 'negative-feedback', 4: 'a-to-z-claim', 5: 'returned', 6: 'refunded', 7: 'problem-thread', 8: 'send', 9: 'negative-feedback',
    });
  });
});
