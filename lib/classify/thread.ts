/**
 * A thread's category from all of its messages: the buyer's MAIN REQUEST, not the last nudge.
 * - Only the buyer's messages count (Amazon's, when there is no buyer message: then it is a notice thread).
 * - The main request is the latest buyer message with an actionable category (not `other`) that is not a
 *   nudge; nudges ("any update?", "following up on my message", "???", "hello?") and remarks ("ok thanks")
 *   inherit it. With no actionable message, the latest message that is not a nudge decides (else the first).
 * - The subject counts as part of the first buyer message.
 * The inbox (which sees only the newest message) passes the stored main request and the newest text, the
 * conversation page passes every message: both go through this one function, so they agree.
 */
import { classifyMessage, type Classification, type LinearModel } from './index.ts';
import { foldText } from './normalize.ts';

export interface ThreadText { text: string; sender?: 'buyer' | 'amazon' | 'seller' }

export interface ThreadClass extends Classification {
  /** index (in the given messages) of the message the category was read from */
  from: number;
}

const NUDGE = new RegExp([
  // en
  'any (update|news)', 'follow(ing)? ?up', 'following on', 'still waiting', 'still no (reply|response|answer)', 'no (reply|response|answer) yet',
  'please (reply|respond|answer|get back)', 'reminder', 'did you (get|see|receive) my', 'my (last |previous |earlier )?message', 'bump', 'waiting for (a|your) (reply|response|answer)',
  'hello\\s*\\?', 'hi\\s*\\?', 'anyone there', 'update please',
  // de
  'nachfrage', 'erinnerung', 'keine antwort', 'warte (noch )?auf (ihre|eine) antwort', 'hallo\\s*\\?', 'gibt es (schon )?neuigkeiten', 'bitte (um )?antwort',
  'meine (letzte |vorherige )?nachricht', 'melden sie sich',
  // fr
  'relance', 'des nouvelles', 'pas (encore )?de reponse', 'j attends (votre|une) reponse', 'merci de (me )?repondre', 'suite a mon (dernier )?message', 'mon (dernier |precedent )?message', 'allo\\s*\\?',
  // it
  'sollecito', 'nessuna risposta', 'aspetto (una|vostra) risposta', 'rispondete', 'il mio (ultimo |precedente )?messaggio', 'ci siete', 'novita\\s*\\?',
  // es
  'alguna novedad', 'sin respuesta', 'espero (su|vuestra|una) respuesta', 'respondan', 'mi (ultimo |anterior )?mensaje', 'hay alguien', 'hola\\s*\\?',
  // ja
  'まだですか', 'ご返信', '返信(を|が|まだ|ください|お願い|ない)', '回答(を|が|まだ|ください|お願い)', 'どうなりました', 'どうなってますか', '先日の(件|メッセージ)', '前回の(件|メッセージ)', '確認していただけましたか', 'ご連絡(を|が|まだ|ください|お願い)',
].join('|'));
const LETTERS = /[\p{L}]/u;
const MAX_NUDGE_WORDS = 12;
const MAX_NUDGE_CJK = 40;

/** Whether a message only chases an earlier one ("any update?", "???", "following up on my message"). */
export function isNudge(text: string): boolean {
  const folded = foldText(text).replace(/[\u2019']/g, ' ').trim();
  if (!LETTERS.test(folded)) return true;
  const words = folded.split(/\s+/).filter((w) => LETTERS.test(w)).length;
  const cjk = (folded.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
  if (words > MAX_NUDGE_WORDS || cjk > MAX_NUDGE_CJK) return false;
  return NUDGE.test(folded);
}

/**
 * The thread's category from its messages (oldest first); `subject` is read with the first buyer message.
 * `model`: the classifier's trained model (classifyMessage).
 */
export function classifyThread(model: LinearModel, messages: readonly ThreadText[], subject?: string): ThreadClass {
  const buyer = messages.map((m, i) => ({ ...m, i })).filter((m) => (m.sender ?? 'buyer') === 'buyer' && m.text.trim());
  if (!buyer.length) {
    const amazon = messages.map((m, i) => ({ ...m, i })).filter((m) => m.sender === 'amazon' && m.text.trim());
    const last = amazon[amazon.length - 1];
    if (!last) return { ...classifyMessage(model, subject ?? ''), from: -1 };
    return { ...classifyMessage(model, last.text, undefined, 'amazon'), from: last.i };
  }
  const first = buyer[0]!.i;
  const scored = buyer.map((m) => {
    const text = m.i === first && subject?.trim() ? `${subject}\n${m.text}` : m.text;
    return { i: m.i, nudge: isNudge(m.text), c: classifyMessage(model, text) };
  });
  const pick = [...scored].reverse().find((s) => !s.nudge && !s.c.system && s.c.category !== 'other')
    ?? [...scored].reverse().find((s) => !s.nudge)
    ?? scored[0]!;
  return { ...pick.c, from: pick.i };
}
