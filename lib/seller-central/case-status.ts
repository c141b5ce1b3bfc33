/**
 * A case's status as the v3 list and case view write it (their status label), read into our ThreadStatus. Pure.
 */
import type { ThreadStatus } from '../model';

/** Status labels as the list shows them (en, de, fr, it, es, ja, zh; M for en/zh, L for the others). */
const STATUS_LABELS: readonly [RegExp, ThreadStatus][] = [
  [/^(?:response needed|needs response|antwort erforderlich|réponse requise|risposta necessaria|respuesta necesaria|要返信|返信が必要|需要回复)/i, 'response-needed'],
  [/^(?:resolved|no response needed|gelöst|keine antwort erforderlich|résolu|aucune réponse requise|risolt|nessuna risposta|resuelt|no se necesita|解決済み|返信不要|已解决|无需回复)/i, 'no-response-needed'],
  [/^(?:sent|answered|replied|gesendet|beantwortet|envoyé|répondu|inviat|enviad|respondid|送信済み|返信済み|已发送|已回复)/i, 'answered'],
];
const MAX_REMEMBERED = 2000;
const remembered = new Map<string, ThreadStatus | undefined>();

/**
 * The status a label says, or undefined. A list shows few distinct labels on many rows: each text is matched once
 * (bounded: forgotten past 2,000 texts).
 */
export function statusOf(text: string | undefined): ThreadStatus | undefined {
  if (!text) return undefined;
  if (remembered.has(text)) return remembered.get(text);
  const trimmed = text.trim();
  const status = STATUS_LABELS.find(([re]) => re.test(trimmed))?.[1];
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(text, status);
  return status;
}
