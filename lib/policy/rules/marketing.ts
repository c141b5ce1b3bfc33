import { compile, finding, spans } from '../phrases';
import type { Rule } from '../types';

export const MARKETING = compile({
  en: ['promo(?:tional)? codes?', 'discount codes?', 'voucher codes?', 'use (?:the |our )?code', 'with (?:the )?code [a-z0-9]+', '\\d+ ?% off', '(?:\\$|€|£)\\d+ off',
    '(?:discount|savings?|% off) (?:on|for|off) (?:your |all )?(?:next|future|another)', '(?:next|future) (?:order|purchase)s? (?:discount|coupon)',
    'check out (?:our|my) (?:other|new|latest|full|amazon)', '(?:our|my) other (?:products|items|listings|brands?)', 'other (?:products|items) (?:in|from|of) (?:our|my)', '(?:more|similar) products (?:from|by|in) (?:us|our)',
    'new arrivals?', '(?:our|the) (?:new|latest) (?:products|collection|range|releases?)', 'new collection', '(?:new|latest) [a-z]+ collection', 'just launched', '(?:take a look at|browse|explore|have a look at) (?:our|my) (?:amazon )?(?:store|storefront|shop|range|catalog(?:ue)?|brand)', 'our (?:amazon )?storefront',
    'follow us', 'like us on', 'subscribe to (?:our|my)', 'newsletter', 'mailing list', 'join our (?:vip|club|community|list)',
    '(?:our|big|summer|winter|holiday|black friday|cyber monday|flash|clearance|spring) sale', 'black friday', 'cyber monday', 'prime day deals?', 'exclusive (?:deals?|offers?|discounts?)', 'special (?:offers?|deals?|discounts?)', 'limited[- ]time (?:offer|deal)', 'shop now', 'don\'t miss (?:our|out)',
    'visit our (?:amazon )?(?:store|storefront|shop)', 'giveaways?', 'refer a friend', 'loyal(?:ty)? (?:program|rewards?|discount)', 'buy (?:one|1|two|2) get'],
  de: ['gutscheincodes?', 'rabatt(?:code|aktion)e?s?', '\\d+ ?% rabatt', 'aktionscodes?', 'promo-?codes?', 'mit dem code', 'rabatt auf (?:ihre|alle|den|die) (?:nachste|zukunftige|weitere)',
    'unsere(?:n)? (?:anderen|weiteren) (?:produkte|artikel)', 'weitere (?:produkte|artikel) (?:von uns|aus unserem)', 'entdecken sie (?:auch )?unse\\w*', '(?:nutzen|verwenden) sie (?:den )?(?:code|gutscheincode)', 'schauen sie (?:sich )?(?:doch )?(?:auch )?(?:gerne )?(?:in )?unse(?:ren|re) (?:shop|store|anderen|weiteren)',
    'neuheiten', 'neue(?:n)? (?:produkte|kollektion)', 'folgen sie uns', 'newsletter', 'abonnieren sie', 'gewinnspiele?', 'sonderangebot\\w*', 'exklusive angebote', 'aktuelle(?:n)? angebote', 'unsere angebote',
    'schnappchen', '(?:unser|im|zum) sale', 'black friday', 'in unserem (?:amazon-?)?(?:shop|store)', 'besuchen sie unse(?:ren|re) (?:shop|store|markenshop)'],
  fr: ['codes? promo', 'code de (?:reduction|remise)', 'bons? de reduction', '\\d+ ?% de (?:reduction|remise)', '-\\d+ ?%', 'avec le code', '(?:utilisez|entrez) le code',
    'nos autres (?:produits|articles)', 'decouvrez (?:nos|notre)', 'nouveautes', 'nouvelle collection', 'nouveaux produits', 'suivez-nous', 'abonnez-vous', 'newsletter', 'offres? speciales?', 'nos offres', 'soldes', 'nos promotions', 'promotions? (?:exclusives?|speciales?|en cours)', 'ventes? flash', 'jeu concours', 'visitez notre boutique'],
  it: ['codic[ei] (?:sconto|promo(?:zionale)?)', 'buon[oi] sconto', 'sconto del \\d+', '\\d+ ?% di sconto', 'con il codice', '(?:usa|usi|utilizza|utilizzi|inserisci|inserisca) (?:il )?codice',
    '(?:altri nostri|nostri altri) (?:prodotti|articoli)', 'altri prodotti del nostro', 'scopr[ia] (?:i|gli|il|la|le) nostr', '(?:le nostre|scopr\\w* (?:le )?|tutte le) novita', 'nuovi (?:prodotti|arrivi)', 'nuova collezione', 'seguici', 'ci segua', 'iscriviti', 'newsletter', 'offert[ae] special[ei]', 'le nostre offerte', 'saldi', 'le nostre promozioni', 'promozion[ei] (?:esclusiv|special|in corso)\\w*', 'visit[ia] il nostro negozio'],
  es: ['codigos? (?:de descuento|promocional(?:es)?|promo)', '\\d+ ?% de descuento', 'descuento (?:en|para) (?:su|tu) (?:proxim|siguiente)', 'con el codigo', '(?:use|utilice|usa|introduzca|ingrese) (?:el )?(?:codigo|cupon)',
    'nuestros otros productos', 'otros productos de nuestra', 'descubra nuestr', 'descubre nuestr', '(?:nuestras|descubra las|todas las) novedades', 'nuevos productos', 'nueva coleccion', 'siganos', 'siguenos', 'suscribase', 'boletin', 'newsletter', 'ofertas? especial(?:es)?', 'nuestras ofertas', 'rebajas', 'nuestras promociones', 'promocion(?:es)? (?:exclusiv|especial|en curso)\\w*', 'visite nuestra tienda'],
  ja: ['割引(?:コード|券)', '\\d+ ?%オフ', '\\d+ ?%off', 'セール', 'キャンペーン', '(?:当店|弊社|当社)の?他の(?:商品|製品)', '他の(?:商品|製品)もぜひ', '新商品', '新作', '新製品', 'フォロー(?:して|を|お願い)', 'メルマガ', 'ニュースレター', '特別価格', 'お得な'],
  zh: ['优惠券', '折扣', '优惠码', '关注我们', '新品', '店铺其他', '促销'],
});

/**
 * An offer in any message, replies too: a coupon or voucher handed over (with its code, or "here is a
 * coupon"), a gift card, a free gift or sample. Answering a buyer's coupon question is fine; giving one is not.
 */
const OFFERED = compile({
  en: ['(?:coupon|voucher|discount|promo|gift) ?(?:code)? ?:? [a-z]*\\d[a-z0-9-]{2,}', '(?:code|coupon) ?: [a-z0-9-]{4,}', 'here(?:\'s| is) (?:a|an|your|one) (?:coupon|voucher|discount|gift card|promo)',
    '(?:we|i)(?: will|\'ll)? (?:send|give|offer|email) you (?:a |an |one )?(?:coupon|voucher|discount|gift card|refund voucher)',
    'gift cards?', 'free (?:gifts?|samples?|items?|products?|bonus)', 'complimentary (?:gifts?|items?|products?)', '(?:a|an|your) (?:little |small )?gift (?:for you|from us)', 'bonus gifts?'],
  de: ['(?:gutschein|rabatt|aktions)(?:code)? ?:? [a-z]*\\d[a-z0-9-]{2,}', 'hier (?:ist|haben sie) (?:ein|einen|ihr|ihren) (?:gutschein|rabatt)', '(?:wir )?(?:senden|schicken|geben) (?:ihnen )?(?:einen|ein) (?:gutschein|rabatt|geschenk)',
    'geschenkgutschein\\w*', 'gratis(?:-| )?(?:geschenk|probe|artikel)\\w*', 'kostenlose(?:s|n)? (?:geschenk|probe|muster|artikel)\\w*', 'ein (?:kleines )?geschenk (?:fur sie|von uns)'],
  fr: ['code ?:? [a-z]*\\d[a-z0-9-]{2,}', 'voici (?:un|votre) (?:bon|code|coupon)', '(?:nous )?vous (?:enverrons|offrons|envoyons) (?:un|une) (?:bon|coupon|cadeau|reduction)',
    'carte(?:s)? cadeau', 'cadeaux? (?:gratuits?|offerts?)', 'echantillons? gratuits?', 'un (?:petit )?cadeau (?:pour vous|de notre part)'],
  it: ['codice ?:? [a-z]*\\d[a-z0-9-]{2,}', 'ecco (?:un|il suo|il tuo) (?:buono|codice|coupon)', '(?:le|ti) (?:invieremo|regaliamo|offriamo|inviamo) (?:un|uno) (?:buono|coupon|regalo|omaggio)',
    'carta regalo', 'buono regalo', 'regal[io] (?:gratuit[io]|in omaggio)', 'in omaggio', 'campion[ei] gratuit[io]', 'un (?:piccolo )?regalo (?:per lei|per te|da parte nostra)'],
  es: ['codigo ?:? [a-z]*\\d[a-z0-9-]{2,}', 'aqui (?:tiene|tienes) (?:un|su|tu) (?:cupon|codigo|vale)', '(?:le|te) (?:enviaremos|regalamos|ofrecemos|enviamos) (?:un|una) (?:cupon|vale|regalo|descuento|obsequio)',
    'tarjetas? regalo', 'regalos? (?:gratis|gratuitos?)', 'obsequios?', 'muestras? gratuitas?', 'un (?:pequeno )?regalo (?:para usted|para ti|de nuestra parte)'],
  ja: ['クーポン(?:コード)? ?[:：] ?[a-z0-9-]{4,}', 'クーポンを(?:お送り|差し上げ|プレゼント|進呈)', '無料(?:の)?(?:プレゼント|ギフト|サンプル|おまけ)', 'プレゼントを(?:お送り|差し上げ|同封)', 'おまけ(?:を|として)', 'ギフト(?:券|カード)', 'ノベルティ'],
  zh: ['赠品', '免费礼物', '送您一(?:个|份)', '礼品卡'],
});

/** "we cannot offer a discount": a refusal is not marketing. */
const NEGATED = /(?:can't|cannot|can not|unable to|not able to|won't|don't|do not|leider keine?n?|konnen (?:leider )?keine?n?|ne pouvons pas|ne proposons pas|non possiamo|non offriamo|no podemos|no ofrecemos)\s+(?:\S+\s+){0,3}$/;

/** Coupon words: marketing when offered, but a reply may answer a buyer's coupon question. */
const COUPON = compile({
  en: ['coupons?', 'vouchers?'], de: ['gutscheine?', 'coupons?'], fr: ['coupons?', 'bons? d\'achat'], it: ['coupon', 'buon[oi]'],
  es: ['cupon(?:es)?', 'vales? de descuento'], ja: ['クーポン', '割引'], zh: ['红包'],
});

export const marketing: Rule = {
  id: 'marketing',
  check(_text, ctx, a) {
    const out = spans(MARKETING, a.norm).filter(([s]) => !NEGATED.test(a.norm.slice(Math.max(0, s - 30), s)))
      .map(([s, e]) => finding(a, this.id, 'block', s, e, 'marketing'));
    for (const [s, e] of spans(OFFERED, a.norm)) {
      if (NEGATED.test(a.norm.slice(Math.max(0, s - 30), s))) continue;
      const start = a.starts[s] ?? 0;
      if (out.some((f) => f.start <= start && f.end > start)) continue;
      out.push(finding(a, this.id, 'block', s, e, 'offer'));
    }
    // a reply may answer the buyer's own question about a coupon; unsolicited messages may not mention one
    if (ctx.kind !== 'reply') {
      for (const [s, e] of spans(COUPON, a.norm)) {
        const start = a.starts[s] ?? 0;
        if (out.some((f) => f.start <= start && f.end > start)) continue;
        out.push(finding(a, this.id, 'block', s, e, 'coupon'));
      }
    }
    return out.sort((x, y) => x.start - y.start);
  },
};
