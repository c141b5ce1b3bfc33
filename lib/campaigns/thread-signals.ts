/**
 * What a stored thread says that must keep a review request away from its order or buyer, in the six
 * marketplace languages: Amazon's notices (the buyer opted out of unsolicited messages, an A-to-z
 * claim, a return, a refund) and buyers' own words about a low rating or negative review. Read from
 * the subject and preview the inbox shows (folded: lower case, accents removed). Pure.
 *
 * When in doubt a request is left out: these patterns prefer a false "leave out" to a request sent to
 * an unhappy buyer.
 */
import { foldText } from '../classify/normalize';
import type { Thread } from '../model';

export interface ThreadSignals {
  /** Amazon: the buyer does not accept unsolicited messages (a bounced message) */
  optedOut: boolean;
  /** an A-to-z Guarantee claim on the thread's orders */
  claim: boolean;
  /** Amazon: a return request or authorization */
  returned: boolean;
  /** Amazon: a refund was issued */
  refunded: boolean;
  /** the buyer speaks of a low rating, negative review or feedback */
  negative: boolean;
}

const OPT_OUT = [
  /opted out|opt(ed)?[- ]out of|unsolicited (messages|e-?mails)|does not (want|wish) to receive/,
  /unaufgeforderte\w* nachrichten|keine nachrichten (mehr )?erhalten|abgemeldet/,
  /messages non sollicites|refuse (de recevoir )?les messages/,
  /messaggi non richiesti|non ricevere messaggi/,
  /mensajes no solicitados|rechazado (recibir )?los mensajes/,
  /受信を拒否|受け取りを拒否|オプトアウト|配信停止/,
];
const CLAIM = [
  /\ba[- ]?to[- ]?z\b|\ba-z guarantee|chargeback/,
  /\ba[- ]bis[- ]z\b|ruckbuchung/,
  /garantie a a z/,
  /dalla a alla z/,
  /de la a a la z/,
  /マーケットプレイス保証|a-z保証|チャージバック/,
];
const RETURN = [
  /return (authori[sz]ation|request)|returns? (was |has been )?(approved|authori[sz]ed)|manage returns/,
  /rucksende(genehmigung|anfrage|antrag)|rucksendung (wurde )?genehmigt/,
  /(autorisation|demande) de retour|retour (a ete )?(autorise|approuve)/,
  /(autorizzazione|richiesta) (al|di) reso|reso (e stato )?(autorizzato|approvato)/,
  /(autorizacion|solicitud) de devolucion|devolucion (ha sido )?(autorizada|aprobada)/,
  /返品リクエスト|返品が承認|返品承認|返品を承認/,
];
const REFUND = [
  /refund (initiated|issued|notification)|(has )?issued a refund|has been refunded/,
  /erstattung|ruckerstattung/,
  /rembours/,
  /rimbors/,
  /reembols/,
  /返金/,
];
const NEGATIVE = [
  /\b(low|bad|negative|poor|one[- ]star|1[- ]star|1 star|2[- ]star|two[- ]star)\s+(rating|review|feedback|score)|gave (you|it) (a |an )?(low|bad|negative|poor|one|1)\b|left (you )?(a |an )?(negative|bad|low)\b/,
  /(schlechte|negative|niedrige)\w* (bewertung|rezension|feedback|note)|1[- ]stern|ein[- ]stern/,
  /mauvaise (note|evaluation)|(avis|evaluation|commentaire) negati|1 etoile|une etoile/,
  /voto basso|(recensione|valutazione) negativa|feedback negativo|1 stella|una stella/,
  /mala (valoracion|resena|nota|calificacion)|(resena|valoracion|calificacion) negativa|1 estrella|una estrella/,
  /低い評価|低評価|悪い評価|星1|星１|★1|星ひとつ|星一つ/,
];

const any = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));

/** What the thread's subject and preview say (Amazon's notices only count when the thread is one). */
export function threadSignals(t: Pick<Thread, 'subject' | 'preview' | 'isSystem'>): ThreadSignals {
  const text = foldText([t.subject, t.preview].filter(Boolean).join('\n'));
  if (t.isSystem) {
    return {
      optedOut: any(OPT_OUT, text), claim: any(CLAIM, text), returned: any(RETURN, text), refunded: any(REFUND, text), negative: false,
    };
  }
  return { optedOut: false, claim: any(CLAIM, text), returned: false, refunded: false, negative: any(NEGATIVE, text) };
}
