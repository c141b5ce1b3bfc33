/**
 * Amazon's own notifications (bounced messages, return/refund notices, A-to-z claims, "automated
 * message"): recognised by sender and by notification phrasing in any of the six languages. Buyers
 * speak in the first person; Amazon speaks about "the buyer", which is a strong hint.
 */
import { compileTable, matchTable, type CompiledTable, type KeywordTable, type Pattern } from './patterns.ts';
import { foldText, tokenize } from './normalize.ts';

const LATIN: KeywordTable = {
  other: [
    // en
    'delivery failure:3|could not be delivered:3|undeliverable:3|unable to deliver your message:3|automated message:3'
    + '|automatically generated:3|auto generated:3|do not reply:2|no response is required:3|no reply is required:3'
    + '|no response required:3|return authori*:2|a to z:2|guarantee claim:1|the buyer has:3|the buyer:1.5|buyer has requested:1'
    + '|refund notification:3|return notification:3|has issued a refund:3|has been issued:1|opted out:2|manage returns:2'
    + '|mailer daemon:3|postmaster:2|notification:1|amazon has:1.5',
    // de
    'konnte nicht zugestellt werden:3|zustellung fehlgeschlagen:3|automatisch generierte:3|automatisch erstellte:3'
    + '|automatische benachrichtigung:3|automatische nachricht:3|antworten sie nicht:2|rucksendegenehmigung:3'
    + '|erstattungsbenachrichtigung:3|a bis z:2|amazon hat:1.5|der kaufer hat:3|ein kaufer hat:3|der kaufer:1.5|benachrichtigung:1',
    // fr
    'notification de retour:3|notification de remboursement:3|pas pu etre remis:3|echec de la livraison:3'
    + '|message automatique:3|ne pas repondre:2|a a z:2|l acheteur a:3|l acheteur:1.5|autorisation de retour:3|amazon a:1.5',
    // it
    'notifica di reso:3|notifica di rimborso:3|mancato recapito:3|impossibile recapitare:3|non puo essere consegnat*:3'
    + '|messaggio automatico:3|generato automaticamente:3|non rispondere:2|dalla a alla z:2|l acquirente ha:3'
    + '|l acquirente:1.5|autorizzazione al reso:3|e stato emesso un rimborso:2|notifica:1|amazon ha:1.5',
    // es
    'error de entrega:2.5|no se ha podido entregar:3|mensaje automatico:3|generado automaticamente:3|no responda:2'
    + '|de la a a la z:2|el comprador ha:3|el comprador:1.5|notificacion de reembolso:3|autorizacion de devolucion:3'
    + '|se ha emitido un reembolso:3|notificacion:1',
  ].join('|'),
};

const JAPANESE: KeywordTable = {
  other: '配信できませんでした:3|配信されませんでした:3|送信できませんでした:2.5|自動送信:3|自動配信:3|自動的に送信:3'
    + '|返信しないで:2|返信は不要:2|マーケットプレイス保証:3|返金通知:3|返品リクエスト:2.5|購入者が:2|購入者へ:2|購入者に:2'
    + '|返品が承認:3|返品承認:3|返金が処理されました:2|受信を拒否:2.5',
};

const THRESHOLD = 3;
let compiled: [CompiledTable, CompiledTable] | undefined;

const RELAY = /@marketplace\.amazon\./;
const AMAZON_SENDER = /(^|[^a-z])(amazon|mailer-daemon|postmaster|no-?reply|do-?not-?reply)([^a-z]|$)/;

/** Whether the sender is Amazon itself (buyer relay addresses @marketplace.amazon.* are buyers). */
export function isAmazonSender(sender: string | undefined): boolean {
  if (!sender) return false;
  const s = sender.trim().toLowerCase();
  return !RELAY.test(s) && AMAZON_SENDER.test(s);
}

/** Weighted evidence that the text is an Amazon notification (>= 3 means it is). */
export function systemScore(text: string, folded = foldText(text), tokens = tokenize(folded)): number {
  compiled ??= [compileTable(LATIN), compileTable(JAPANESE, true)];
  const hits = new Set<Pattern>();
  matchTable(compiled[0], folded, tokens, hits);
  matchTable(compiled[1], folded, tokens, hits);
  let score = 0;
  for (const p of hits) score += p.weight;
  return score;
}

export function isSystemNotification(text: string, sender?: string): boolean {
  return isAmazonSender(sender) || systemScore(text) >= THRESHOLD;
}

export const SYSTEM_THRESHOLD = THRESHOLD;
