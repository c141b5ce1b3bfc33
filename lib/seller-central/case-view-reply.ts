/**
 * The v3 case's reply box and layout (see case-view.ts): the known selectors (replica only), else the structure:
 * the editable textarea (also inside a component's open shadow root, as kat-textarea renders it) and, around it, the
 * buttons by what they say (Send, No response needed, attachment) and Amazon's template dropdown.
 */
import { queryAllDeep, queryDeep, textOf } from './deep-query';
import { V3_SELECTORS } from './inbox-v3-page';
import { hostParent } from './case-view-structure';
import type { ReplyArea, ThreadLayout } from './thread-page';
import type { CaseParts } from './case-view';

export const CASE_REPLY_SELECTORS = {
  reply: '.case-reply',
  textareaHost: '.case-reply-textarea',
  send: '.case-reply-send',
  noResponse: '.case-reply-no-response',
  attach: '.case-reply-attach',
  templates: '.case-reply-templates',
} as const;

/** Button labels in the seller UI's languages (en M; the others L). */
const LABELS = {
  send: /^(?:send|senden|envoyer|invia|enviar|送信|发送)$/i,
  noResponse: /no response needed|keine antwort erforderlich|aucune réponse (?:requise|nécessaire)|nessuna risposta|no se necesita respuesta|返信不要|无需回复/i,
  attach: /attach|anhang|pièce jointe|allegat|adjunt|添付|附件/i,
};
const BUTTONS = 'button, kat-button, [role="button"]';

const labelOf = (el: Element): string => (el.getAttribute('label') ?? el.getAttribute('aria-label') ?? textOf(el)).trim();

/** The real textarea of a component host (its open shadow root) or the host itself when it is one. */
function realTextarea(host: Element | null): HTMLTextAreaElement | null {
  if (!host) return null;
  if (host.tagName === 'TEXTAREA') return host as HTMLTextAreaElement;
  const inner = host.shadowRoot?.querySelector('textarea') ?? host.querySelector('textarea');
  return (inner as HTMLTextAreaElement | null) ?? null;
}

function knownArea(root: ParentNode): ReplyArea | null {
  const S = CASE_REPLY_SELECTORS;
  const reply = queryDeep(root, S.reply);
  const textarea = realTextarea(reply?.querySelector(S.textareaHost) ?? null);
  if (!reply || !textarea) return null;
  return {
    root: reply, textarea, sendButton: reply.querySelector(S.send), noResponseButton: reply.querySelector(S.noResponse),
    attachButton: reply.querySelector(S.attach), templateArea: reply.querySelector(S.templates) ? reply : null,
  };
}

/** Around an editable textarea, the nearest region with a Send button. */
function structuralArea(root: ParentNode): ReplyArea | null {
  for (const found of queryAllDeep(root, 'textarea')) {
    const textarea = found as HTMLTextAreaElement;
    if (textarea.readOnly || textarea.closest('[data-si]')) continue;
    for (let box = hostParent(textarea), level = 0; box && level < 6 && box.tagName !== 'BODY'; box = hostParent(box), level++) {
      const buttons = [...box.querySelectorAll(BUTTONS)].filter((b) => !b.closest('[data-si]'));
      const find = (re: RegExp): Element | null => buttons.find((b) => re.test(labelOf(b))) ?? null;
      const sendButton = find(LABELS.send);
      if (!sendButton) continue;
      const dropdown = box.querySelector('kat-dropdown, select');
      return {
        root: box, textarea, sendButton, noResponseButton: find(LABELS.noResponse), attachButton: find(LABELS.attach),
        templateArea: dropdown?.parentElement ?? null,
      };
    }
  }
  return null;
}

/** The reply box of the open case, or null when it is not there (yet). */
export function findCaseReplyArea(root: ParentNode): ReplyArea | null {
  return knownArea(root) ?? structuralArea(root);
}

/**
 * Where the case sits on screen, for our side column: no page order panel on v3; never to be covered: the case's
 * header, its messages, its reply box, and the case list.
 */
export function findCaseLayout(root: ParentNode, parts: CaseParts): ThreadLayout {
  const reply = findCaseReplyArea(root);
  const replyBox = reply ? ((reply.root as Node).nodeType === 1 ? reply.root as Element : hostParent(reply.textarea)) : null;
  const list = queryDeep(root, V3_SELECTORS.list);
  const keepClear = [parts.header ?? null, parts.messages ?? null, replyBox, list].filter((el): el is Element => el !== null);
  return { thread: parts.pane ?? null, orderPanel: null, keepClear };
}
