/**
 * What an unsolicited message is made of, sentence by sentence: thanks and offers of help, shipping
 * news, greetings, or real order business. Amazon forbids proactive messages that carry only the first two.
 */
import { compile, test } from './phrases';
import type { Analysed, MessageKind } from './types';
import { REVIEW_WORDS, SUBSTANCE } from './vocab';

const THANKS = compile({
  en: ['thank(?:s| you)', 'we (?:truly |really |greatly )?appreciate your (?:order|purchase|business|custom)', '(?:we )?hope (?:you|it|this|that|they)', 'if there is anything', 'anything (?:else )?(?:we can do|you need)', 'enjoy (?:your|it|the)', '(?:we are|we\'re|i am|i\'m) (?:always )?(?:here|available) (?:to help|for you|if you|whenever)', 'here to help', '(?:do not|don\'t) hesitate', 'if you (?:have|need) (?:any )?(?:questions?|help|assistance|anything|concerns?|problems?|issues?)', 'feel free to', 'let us know if you (?:need|have)', 'happy to (?:help|assist)', 'have a (?:nice|great|good|wonderful|lovely) (?:day|week|weekend)', 'valued customer', 'it was a pleasure', 'good news', 'we value your'],
  de: ['(?:vielen|herzlichen|besten) dank', 'danke', 'wir hoffen', 'viel (?:freude|spass)', 'bei (?:fragen|problemen|weiteren fragen)', '(?:sind|stehen) wir (?:ihnen )?(?:jederzeit |gerne |immer )?(?:fur sie da|zur verfugung)', 'fur sie da', 'zogern sie nicht', 'melden sie sich (?:gerne|jederzeit)', 'schonen tag', 'wir freuen uns', 'gute nachrichten'],
  fr: ['merci', 'nous esperons', 'j\'espere', '(?:nous sommes|je suis|nous restons) (?:la|a votre (?:entiere )?disposition)', 'pour vous aider', 'n\'hesitez pas', 'pour toute question', 'bonne (?:journee|soiree|utilisation)', 'profitez bien', 'bonne nouvelle'],
  it: ['grazie', 'speriamo', 'siamo (?:qui|sempre|a (?:sua|tua|vostra) (?:completa )?disposizione)', 'per aiutarl[ao]', 'non esit(?:i|ate)', 'per qualsiasi (?:domanda|dubbio|problema|necessita)', 'buona giornata', 'restiamo a (?:sua )?disposizione', 'buone notizie'],
  es: ['gracias', 'esperamos', 'estamos (?:aqui|a su (?:entera )?disposicion|para ayudarle)', 'para ayudarle', 'no dude', 'no dudes', 'para cualquier (?:pregunta|duda|consulta|problema)', 'que tenga un buen dia', 'quedamos a su disposicion', 'disfrute', 'buenas noticias'],
  ja: ['ありがとうございま', 'お買い上げ', 'ございましたら', 'お気軽に', 'お楽しみ', '今後とも', 'よろしくお願い', 'ご愛顧', '何か(?:ございましたら|ありましたら)', 'いつでも', 'お待ちしております'],
  zh: ['感谢', '谢谢'],
});

const SHIPPED = compile({
  en: ['(?:has|have|was|were|had|is|are) (?:now |just )?(?:been )?(?:shipped|dispatched|sent out|sent|posted|handed (?:over )?to)', '(?:is|are) (?:now )?on (?:its|their|the) way', '(?:shipped|dispatched) (?:today|yesterday|this morning)', 'tracking (?:number|id|code|link|info\\w*)', '(?:will|should) (?:arrive|be delivered|reach you)', 'estimated (?:delivery|arrival)', 'out for delivery', 'your (?:order|package|parcel) (?:has )?shipped', 'order (?:has been |is )?confirmed', '(?:we(?:\'ve| have)) (?:received|processed) your order', '(?:order|shipping) confirmation', 'in transit'],
  de: ['(?:wurde|wurden|ist|sind) (?:heute |soeben |gestern |bereits )?(?:versandt|versendet|verschickt|abgeschickt|unterwegs|an [^\\s.]+ ubergeben)', 'auf dem weg zu ihnen', '(?:sendungs|tracking|paket)-?(?:nummer|verfolgung)', 'voraussichtlich (?:am|bis|in)', 'voraussichtliche (?:lieferung|zustellung)', 'bestellung (?:ist )?eingegangen', '(?:bestell|versand)bestatigung'],
  fr: ['(?:a|ont) ete (?:expedie|envoye|remis|confirme)e?s?', 'est en (?:route|chemin|cours de livraison)', 'numero de suivi', '(?:sera|devrait etre) livre', 'livraison (?:prevue|estimee)', 'confirmation de (?:commande|l\'expedition|expedition)'],
  it: ['(?:e|sono) stat[oaie] (?:spedit[oaie]|inviat[oaie]|consegnat[oaie] al corriere|confermat[oaie])', 'e in viaggio', '(?:e|sono) in (?:arrivo|consegna|transito)', 'numero di (?:tracciamento|tracking|spedizione)', 'arrivera', 'sara consegnat', 'conferma (?:dell\'ordine|di spedizione)'],
  es: ['(?:ha|han) sido (?:enviad|despachad|expedid|confirmad)[oa]s?', '(?:esta|estan) en camino', '(?:fue|fueron) (?:enviad|despachad)[oa]s?', 'numero de seguimiento', 'llegara', 'sera entregad[oa]', 'confirmacion (?:del pedido|de envio)', 'se ha enviado'],
  ja: ['発送(?:いたしました|しました|致しました|済み|完了|させていただきました)', '出荷(?:いたしました|しました|致しました|完了)', 'お届け予定', '追跡番号', 'お問い合わせ番号', '配送中', '到着予定', 'ご注文を(?:承り|受け付け)'],
  zh: ['已发货', '已经发货', '已发出', '运单号', '物流'],
});

const SIGN_OFF = compile({
  en: ['(?:best|kind|warm|warmest|many) (?:regards|wishes)', 'regards', 'sincerely', 'cheers', 'hi', 'hello', 'dear', 'hey', 'customer service', 'team'],
  de: ['(?:mit )?(?:freundlichen|besten|lieben|herzlichen|vielen) grussen', '(?:viele|beste|liebe) grusse', 'hallo', 'guten tag', 'sehr geehrte', 'liebe', 'team', 'kundenservice'],
  fr: ['cordialement', 'bien a vous', 'bonjour', 'madame', 'monsieur', 'l\'equipe', 'service client'],
  it: ['cordiali saluti', 'distinti saluti', 'saluti', 'buongiorno', 'gentile', 'il team', 'servizio clienti'],
  es: ['saludos', 'atentamente', 'un saludo', 'hola', 'estimad[oa]', 'el equipo', 'atencion al cliente'],
  ja: ['様', 'ショップ', 'ストア', 'カスタマーサポート', '担当'],
});

const SUBST = compile(SUBSTANCE);
const REVIEW = compile(REVIEW_WORDS);

export type ProactiveContent = 'thanks-only' | 'shipping-only' | undefined;
const memo = new WeakMap<Analysed, ProactiveContent>();

/** 'thanks-only' or 'shipping-only' when nothing in the message deals with the order. */
export function emptyProactive(a: Analysed, kind: MessageKind): ProactiveContent {
  if (kind === 'reply') return undefined;
  if (memo.has(a)) return memo.get(a);
  let thanks = false, shipped = false, substance = false;
  for (const [s, e] of a.sentences) {
    const t = a.norm.slice(s, e);
    if (test(SUBST, t) || (kind === 'review-request' && test(REVIEW, t))) { substance = true; break; }
    if (test(SHIPPED, t)) { shipped = true; continue; }
    if (test(THANKS, t)) { thanks = true; continue; }
    // anything else must be a greeting, a signature or a couple of words ("Good news!")
    const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(t);
    const neutral = cjk ? t.trim().length <= 12 : words <= 4 || (words <= 8 && test(SIGN_OFF, t));
    if (!neutral) { substance = true; break; }
  }
  const result: ProactiveContent = substance ? undefined : shipped ? 'shipping-only' : thanks ? 'thanks-only' : undefined;
  memo.set(a, result);
  return result;
}
