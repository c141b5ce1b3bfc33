/** Word groups shared by several rules, as folded regex sources (see phrases.ts). */

/** A review, rating or seller feedback, in every supported language. */
export const REVIEW_WORDS = {
  en: ['reviews?', 'feedback', 'ratings?', 'rate (?:us|the|this|your|our|it)', 'stars?', 'testimonials?'],
  de: ['bewertung(?:en)?', 'rezension(?:en)?', 'feedback', 'sterne?', 'bewerten', 'sternebewertung', '\\d-sterne-bewertung', 'kundenmeinung'],
  fr: ['avis', 'commentaires?', 'evaluations?', 'etoiles?', 'evaluer', 'notez', 'noter', 'feedback'],
  it: ['recension[ei]', 'feedback', 'valutazion[ei]', 'stelle', 'recensire', 'valutare', 'opinion[ei]'],
  es: ['resenas?', 'valoracion(?:es)?', 'opinion(?:es)?', 'comentarios?', 'estrellas?', 'valorar', 'calificacion(?:es)?', 'feedback'],
  ja: ['レビュー', '評価', '星', 'ご感想', '口コミ', 'クチコミ', 'フィードバック', '★'],
  zh: ['评价', '好评', '评论', '留评', '五星', '差评', '反馈'],
} as const;

/** Words that signal real order business in a proactive message (not just thanks or shipping news). */
export const SUBSTANCE = {
  en: ['invoice', 'receipt', 'attach(?:ed|ment)?', 'manual', 'instructions?', 'appointment', 'schedul\\w*', 'address', 'custom\\w*', 'personali[sz]\\w*', 'engrav\\w*', 'delay(?:ed)?', 'damaged?', 'broken', 'lost', 'missing', 'refund\\w*', 'cancel\\w*', 'out of stock', 'unfortunately', 'recall', 'warning', 'safety', 'need (?:to|the|your)', 'return\\w*', 'replace\\w*', 'wrong'],
  de: ['rechnung', 'beleg', 'anhang', 'anbei', 'anleitung', 'bedienungsanleitung', 'termin\\w*', 'adresse', 'lieferadresse', 'gravur', 'personalisier\\w*', 'verzoger\\w*', 'beschadigt\\w*', 'defekt\\w*', 'verloren', 'fehl\\w*', 'erstatt\\w*', 'storn\\w*', 'nicht (?:mehr )?verfugbar', 'leider', 'ruckruf', 'warnung', 'benotigen', 'rucksend\\w*', 'ersatz\\w*', 'falsch\\w*'],
  fr: ['facture', 'recu', 'ci-joint', 'piece jointe', 'notice', 'mode d\'emploi', 'rendez-vous', 'adresse', 'personnalis\\w*', 'gravure', 'retard\\w*', 'endommag\\w*', 'casse', 'perdu', 'manquant\\w*', 'rembours\\w*', 'annul\\w*', 'rupture de stock', 'malheureusement', 'rappel de produit', 'avons besoin', 'retour', 'remplacement', 'erreur'],
  it: ['fattura', 'ricevuta', 'allegat\\w*', 'istruzioni', 'manuale', 'appuntamento', 'indirizzo', 'personalizza\\w*', 'incisione', 'ritardo', 'danneggiat\\w*', 'rott\\w*', 'smarrit\\w*', 'mancant\\w*', 'rimbors\\w*', 'annull\\w*', 'esaurit\\w*', 'purtroppo', 'ci serve', 'reso', 'sostituzione', 'errore'],
  es: ['factura', 'recibo', 'adjunt\\w*', 'manual', 'instrucciones', 'cita', 'direccion', 'personaliza\\w*', 'grabado', 'retraso', 'danad\\w*', 'rot\\w*', 'perdid\\w*', 'falta\\w*', 'reembols\\w*', 'cancel\\w*', 'agotad\\w*', 'lamentablemente', 'necesitamos', 'devolucion', 'reemplazo', 'error'],
  ja: ['請求書', '領収書', '添付', '説明書', 'マニュアル', '日時', 'ご住所', '住所', '刻印', 'カスタマイズ', '遅延', '遅れ', '破損', '紛失', '不足', '返金', 'キャンセル', '在庫切れ', '申し訳', 'リコール', '注意', '必要', '返品', '交換'],
  zh: ['发票', '地址', '延迟', '退款', '取消', '缺货', '问题'],
} as const;
