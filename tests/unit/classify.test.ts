import type { Category } from '../../lib/model.ts';
import { classifyMessage, detectLanguage, explainMessage, isSystemNotification } from '../../lib/classify/index.ts';
import { shippedModel } from '../tools/classify/model-file.ts';

const MODEL = shippedModel();
import { foldText, tokenize } from '../../lib/classify/normalize.ts';

type Case = [Category, string];

const CASES: Record<string, Case[]> = {
  en: [
    ['where-is-my-order', 'My parcel has not arrived yet, can you tell me where it is?'],
    ['return-refund', 'I want to return it because it is broken. Please refund me.'],
    ['cancel-order', 'Please cancel my order before it is dispatched.'],
    ['address-change', 'Could you change the shipping address to 3 Mill Lane, Bath?'],
    ['product-question', 'Will this fit a 2019 Honda Civic?'],
    ['product-issue', 'The handle snapped off and the lid is cracked.'],
    ['invoice', 'Please send an invoice including VAT.'],
    ['feedback-review', 'How can I edit the review I wrote last week?'],
    ['other', 'Have a lovely weekend!'],
  ],
  de: [
    ['where-is-my-order', 'Mein Paket ist noch nicht angekommen, wo ist es?'],
    ['return-refund', 'Ich möchte die Jacke zurückgeben und den Betrag erstattet bekommen.'],
    ['cancel-order', 'Bitte stornieren Sie die Bestellung, danke.'],
    ['address-change', 'Bitte ändern Sie die Lieferadresse auf Gartenweg 4, Köln.'],
    ['product-question', 'Ist die Pfanne für Induktion geeignet?'],
    ['product-issue', 'Das Display ist kaputt und zeigt nichts an.'],
    ['invoice', 'Ich brauche eine Rechnung für meine Firma.'],
    ['feedback-review', 'Ich habe meine Bewertung geändert.'],
    ['other', 'Vielen Dank und viele Grüße'],
  ],
  fr: [
    ['where-is-my-order', "Je n'ai pas encore reçu mon colis, où est-il ?"],
    ['return-refund', 'Je veux retourner le pull et être remboursée.'],
    ['cancel-order', "Merci d'annuler la commande, je n'en ai plus besoin."],
    ['address-change', "Pouvez-vous modifier l'adresse de livraison ?"],
    ['product-question', 'Est-ce que cette lampe est compatible avec des ampoules LED ?'],
    ['product-issue', 'Le verre est arrivé cassé.'],
    ['invoice', 'Pouvez-vous me faire parvenir une facture ?'],
    ['feedback-review', "J'ai laissé un avis sur le produit."],
    ['other', 'Merci beaucoup, bonne soirée.'],
  ],
  it: [
    ['where-is-my-order', 'Il mio pacco non è ancora arrivato, dove si trova?'],
    ['return-refund', 'Vorrei il rimborso, ho già rispedito il prodotto.'],
    ['cancel-order', "Vorrei annullare l'ordine, grazie."],
    ['address-change', "Potete cambiare l'indirizzo di consegna?"],
    ['product-question', 'Questa batteria è compatibile con il mio trapano?'],
    ['product-issue', 'La lampada non funziona, è difettosa.'],
    ['invoice', 'Mi potete mandare la fattura?'],
    ['feedback-review', 'Ho scritto una recensione positiva.'],
    ['other', 'Grazie mille, buona giornata.'],
  ],
  es: [
    ['where-is-my-order', 'Mi pedido no ha llegado todavía, ¿dónde está?'],
    ['return-refund', 'Quiero devolver las zapatillas y que me reembolsen.'],
    ['cancel-order', 'Por favor, cancelen el pedido.'],
    ['address-change', '¿Pueden cambiar la dirección de entrega?'],
    ['product-question', '¿Es compatible con el Galaxy S22?'],
    ['product-issue', 'La tapa llegó rota y no funciona.'],
    ['invoice', '¿Me pueden enviar la factura con IVA?'],
    ['feedback-review', 'He dejado una reseña de cinco estrellas.'],
    ['other', 'Muchas gracias, un saludo.'],
  ],
  ja: [
    ['where-is-my-order', '商品がまだ届いていません。いつ届きますか？'],
    ['return-refund', '返品して返金をお願いします。'],
    ['cancel-order', '注文をキャンセルしてください。'],
    ['address-change', 'お届け先の住所を変更してください。'],
    ['product-question', 'この商品はiPadに対応していますか？'],
    ['product-issue', '商品が壊れていて動きません。'],
    ['invoice', '領収書を発行してください。'],
    ['feedback-review', 'レビューを投稿しました。'],
    ['other', 'ありがとうございました。'],
  ],
};

describe('classifyMessage: every category in every language', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    describe(lang, () => {
      it.each(cases)('%s: %s', (category, text) => {
        expect(classifyMessage(MODEL, text).category).toBe(category);
        expect(classifyMessage(MODEL, text, lang).category).toBe(category);
        expect(detectLanguage(text).language).toBe(lang);
      });
    });
  }
});

describe('isSystemNotification', () => {
  const system: [string, string?][] = [
    ['Delivery failure'],
    ['Your e-mail could not be delivered to the recipient.'],
    ['Nachricht konnte nicht zugestellt werden'],
    ["Notification de retour : l'acheteur a demandé un retour."],
    ['This is an automated message. Please do not reply.'],
    ['Return authorization request for order 123-1234567-1234567. The buyer has requested a return.'],
    ['Refund notification: a refund has been issued for order 123-1234567-1234567.'],
    ['A-to-z Guarantee claim: the buyer has filed a claim.'],
    ['Notifica di reso per l\'ordine 123-1234567-1234567'],
    ['Notificación de reembolso para el pedido 123-1234567-1234567'],
    ['このメールは自動送信メッセージです。返信しないでください。'],
    ['Hello', 'Amazon'],
    ['Order update', 'no-reply@amazon.de'],
  ];
  it.each(system)('system: %s', (text, sender) => {
    expect(isSystemNotification(text, sender)).toBe(true);
    const r = classifyMessage(MODEL, text, undefined, sender);
    expect(r.category).toBe('other');
    expect(r.system).toBe(true);
  });

  const buyer: [string, string?][] = [
    ['Where is my order?', 'John Smith'],
    ['I want a refund, otherwise I will file an A-to-z claim.'],
    ['Please cancel my order', 'xyz123@marketplace.amazon.de'],
    ['Amazon told me to contact you about the return.'],
    ['返品したいです。'],
  ];
  it.each(buyer)('buyer: %s', (text, sender) => {
    expect(isSystemNotification(text, sender)).toBe(false);
    expect(classifyMessage(MODEL, text, undefined, sender).system).toBeUndefined();
  });
});

describe('rules for confusable pairs', () => {
  it('a return/refund request wins over a defect report', () => {
    expect(classifyMessage(MODEL, 'It arrived broken, I would like to send it back.').category).toBe('return-refund');
    expect(classifyMessage(MODEL, 'It arrived broken.').category).toBe('product-issue');
  });
  it('cancel wins over refund and over late delivery', () => {
    expect(classifyMessage(MODEL, 'Still not delivered. Cancel the order and refund me.').category).toBe('cancel-order');
  });
  it('a refund request wins over "not arrived"', () => {
    expect(classifyMessage(MODEL, 'The parcel never arrived, I want my money back.').category).toBe('return-refund');
  });
  it('negation: "I do not want a replacement" is no replacement request', () => {
    const e = explainMessage("The mug is chipped, I don't want a replacement, just refund me.");
    expect(e.category).toBe('return-refund');
    expect(e.matches.some((m) => m.pattern === 'replacement')).toBe(false);
  });
  it('negation does not reach across "and" (German verb-final)', () => {
    expect(classifyMessage(MODEL, 'Bitte nicht versenden und stornieren.').category).toBe('cancel-order');
  });
  it('French "changé d\'avis" is not a review', () => {
    expect(classifyMessage(MODEL, "J'ai changé d'avis, annulez ma commande.").category).toBe('cancel-order');
  });
  it('a question beats a review compliment', () => {
    expect(classifyMessage(MODEL, '5 stars from me! Is the cover washable?').category).toBe('product-question');
  });
});

describe('normalisation and language', () => {
  it('folds accents, full-width characters and contractions', () => {
    expect(foldText('Rückerstattung ÉTÉ')).toBe('ruckerstattung ete');
    expect(foldText('ＡＢＣ１２３')).toBe('abc123');
    expect(foldText("hasn't arrived, cant wait")).toBe('has not arrived, can not wait');
    expect(foldText('ガイド')).toBe('ガイド');
    expect(tokenize(foldText("l'ordine è arrivato"))).toEqual(['l', 'ordine', 'e', 'arrivato']);
  });
  it('matches Japanese written with full-width digits and half-width katakana', () => {
    expect(classifyMessage(MODEL, 'ｷｬﾝｾﾙお願いします').category).toBe('cancel-order');
    expect(classifyMessage(MODEL, '注文番号５０３－１２３４５６７－７６５４３２１の領収書をください').category).toBe('invoice');
  });
  it('prefix matching: refund* matches refunded', () => {
    expect(classifyMessage(MODEL, 'I have still not been refunded').category).toBe('return-refund');
  });
  it('accepts locale codes and overrides a clearly wrong language hint', () => {
    expect(classifyMessage(MODEL, 'Bitte Rechnung schicken', 'de-DE').language).toBe('de');
    expect(classifyMessage(MODEL, 'Where is my order? I have been waiting for two weeks and the tracking does not work.', 'de').language).toBe('en');
  });
});

describe('result shape and speed', () => {
  it('confidence is in [0, 1] and higher for clear messages', () => {
    const clear = classifyMessage(MODEL, 'Please cancel my order, I want to cancel it, cancellation please.');
    const vague = classifyMessage(MODEL, 'hmm');
    for (const r of [clear, vague]) {
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
    expect(vague.category).toBe('other');
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });
  it('empty text is other', () => {
    expect(classifyMessage(MODEL, '').category).toBe('other');
  });
});
