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
    + '|mailer daemon:3|postmaster:2|notification:1|amazon has:1.5'
    + '|failed permanently:3|following recipient:2|automated notification:3|automatic notification:3|no reply is needed:3'
    + '|issued a refund:2|to the buyer:1.5|refunded the buyer:3|to the customer:1.5|refund notice:3|mail delivery failed:3|returning message to sender:3|permanent error:2.5|recipient address rejected:3|your message was not sent:3|remove external contact:3|deducted from your:2.5|next settlement:2'
    + '|recipient mailbox:2|buyer of order:2|has been automatically authori*:3|automatically authori*:1.5|automatically approved:1.5'
    + '|unit s:1.5|on your behalf:1.5|content that is not permitted:2.5|the message contained:1.5|unable to deliver your message:3',
    // de
    'konnte nicht zugestellt werden:3|zustellung fehlgeschlagen:3|automatisch generierte:3|automatisch erstellte:3'
    + '|automatische benachrichtigung:3|automatische nachricht:3|antworten sie nicht:2|rucksendegenehmigung:3'
    + '|erstattungsbenachrichtigung:3|a bis z:2|amazon hat:1.5|der kaufer hat:3|ein kaufer hat:3|der kaufer:1.5|benachrichtigung:1'
    + '|an den absender zuruckgeschickt:2.5|dauerhafter fehler:2.5|empfangeradresse abgelehnt:3|rucksendung genehmigt:3|der kaufer sendet:2|erstattungshinweis:3|dem kunden:1.5|nachricht wurde nicht gesendet:3|externe kontaktdaten:3|auszahlung abgezogen:2.5|an den kaufer:2|nicht zugestellt:1.5|der empfanger:1.5|nicht kritischen:2|dem kaufer:2|erstattung veranlasst:1.5|erstattung durchgefuhrt:1.5|handlungsbedarf:2|garantieantrag:2.5|zustellung ~ fehlgeschlagen:3|kaufer hat:1.5|abbestellt:1'
    + '|endgultig fehlgeschlagen:3|postfach des empfangers:2|kaufer der bestellung:2|wurde automatisch genehmigt:3'
    + '|automatisch genehmigt:1.5|einheit en:1.5|in ihrem namen:1.5|unzulassige inhalte:2.5|ihre nachricht ~ nicht zustellen:3'
    + '|nicht zustellen:1|die nachricht enthielt:1.5',
    // fr
    'notification de retour:3|notification de remboursement:3|pas pu etre remis:3|echec de la livraison:3'
    + '|message automatique:3|ne pas repondre:2|a a z:2|l acheteur a:3|l acheteur:1.5|autorisation de retour:3|amazon a:1.5'
    + '|non distribuable:3|renvoye a l expediteur:2.5|erreur permanente:2.5|adresse du destinataire refusee:3|retour autorise:3|l acheteur renverra:2|avis de remboursement:3|le client a ete:1.5|n a pas ete envoye:2|coordonnees externes:3|prochain versement:2.5|pas ete distribue:3|le destinataire:1.5|non essentiels:1.5|a l acheteur:2|nous avons rembourse:1.5|action requise:2|reclamation au titre:2|echec de remise:3|desabonne:2'
    + '|notification automatique:3|echec definitif:3|aucune reponse n est necessaire:3|autorise* automatiquement:3'
    + '|approuve* automatiquement:3|acheteur de la commande:2|en votre nom:1.5|contenu non autorise:2.5|n a pas pu etre distribue*:3',
    // it
    'notifica di reso:3|notifica di rimborso:3|mancato recapito:3|impossibile recapitare:3|non puo essere consegnat*:3'
    + '|messaggio automatico:3|generato automaticamente:3|non rispondere:2|dalla a alla z:2|l acquirente ha:3'
    + '|l acquirente:1.5|autorizzazione al reso:3|e stato emesso un rimborso:2|notifica:1|amazon ha:1.5'
    + '|non recapitabile:3|restituito al mittente:2.5|errore permanente:2.5|indirizzo del destinatario rifiutato:3|reso autorizzato:3|l acquirente restituira:2|avviso di rimborso:3|il cliente e stato:1.5|recapiti esterni:3|prossimo pagamento:2.5|all acquirente:2|non e stato consegnato:1.5|il destinatario:1.5|abbiamo rimborsato:1.5|azione richiesta:2|sono stati rimborsati:1.5'
    + '|notifica automatica:3|non e necessario rispondere:3|consegna non riuscita:3|recapito non riuscito:3'
    + '|autorizzat* automaticamente:3|approvat* automaticamente:3|acquirente dell ordine:2|per tuo conto:1.5|per vostro conto:1.5'
    + '|contenuti non consentiti:2.5|non e stato possibile recapitare:3',
    // es
    'error de entrega:2.5|no se ha podido entregar:3|mensaje automatico:3|generado automaticamente:3|no responda:2'
    + '|de la a a la z:2|el comprador ha:3|el comprador:1.5|notificacion de reembolso:3|autorizacion de devolucion:3'
    + '|se ha emitido un reembolso:3|notificacion:1'
    + '|no se puede entregar:2.5|devuelto al remitente:2.5|error permanente:2.5|direccion del destinatario rechazada:3|devolucion autorizada:3|el comprador devolvera:2|aviso de reembolso:3|al cliente:1|datos de contacto externos:3|proximo pago:2.5|al comprador:2|no se ha entregado:2|el destinatario:1.5|hemos reembolsado:1.5|accion necesaria:2|se han reembolsado:1.5|fallo en la entrega:3|dado de baja:2'
    + '|notificacion automatica:3|no es necesario responder:3|entrega fallida:3|autorizad* automaticamente:3'
    + '|aprobad* automaticamente:3|comprador del pedido:2|en su nombre:1.5|contenido no permitido:2.5|no hemos podido entregar:3',
  ].join('|'),
};

const JAPANESE: KeywordTable = {
  other: '配信できませんでした:3|配信されませんでした:3|送信できませんでした:2.5|自動送信:3|自動配信:3|自動的に送信:3'
    + '|返信しないで:2|返信は不要:2|マーケットプレイス保証:1.5|保証申請:2.5|申請がありました:2|申請を行いました:2|返金通知:3|返品リクエスト:2.5|購入者が:2|購入者へ:2|購入者に:2'
    + '|返品が承認:3|返品承認:3|返金が処理されました:2|受信を拒否:2.5'
    + '|差出人に返送:2.5|永続的なエラー:3|アドレスが拒否:3|返品が承認されました:3|購入者は14日:1|全額返金されました:2|返金のお知らせ:3|送信されませんでした:2.5|外部の連絡先:3|差し引かれます:2.5|返金しました:1.5|対応は不要:2|返金されました:1.5'
    + '|配信に失敗:3|自動通知:3|メールボックスを利用できません:2|返品リクエストがありました:3|出品者に代わ:2.5|未着を報告:1.5'
    + '|自動的に承認:3|様から注文:1.5',
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
