/**
 * Class and attribute names of the messaging pages. `markup: 'drifted'` in the bootstrap swaps them for
 * renamed ones (and drops the <time> elements), as if Amazon had shipped a redesign: the extension's
 * adapters must then report the page as not recognised instead of guessing. The other variants
 * (server/markup-variants.ts) change one thing each: names, times, ids, column order, structure.
 */
import { MARKUP } from './boot';

interface Names {
  inbox: string; toolbar: string; list: string; row: string; threadIdAttr: string;
  cellBuyer: string; cellSubject: string; cellOrder: string; cellReceived: string; cellStatus: string;
  buyerName: string; subject: string; preview: string; orderLink: string; status: string;
  thread: string; conversation: string; message: string; messageText: string; sender: string;
  orderPanel: string; composerTag: 'bsm-reply-composer' | 'msg-composer-v2'; times: boolean;
  /** false: rows and the conversation carry no thread id attribute ('missing-thread-ids') */
  threadIds?: boolean;
}

const NORMAL: Names = {
  inbox: 'bsm-inbox', toolbar: 'bsm-toolbar', list: 'bsm-thread-list', row: 'bsm-row', threadIdAttr: 'data-thread-id',
  cellBuyer: 'bsm-cell-buyer', cellSubject: 'bsm-cell-subject', cellOrder: 'bsm-cell-order',
  cellReceived: 'bsm-cell-received', cellStatus: 'bsm-cell-status',
  buyerName: 'bsm-buyer-name', subject: 'bsm-subject-text', preview: 'bsm-preview', orderLink: 'bsm-order-id', status: 'bsm-status',
  thread: 'bsm-thread', conversation: 'bsm-conversation', message: 'bsm-msg', messageText: 'bsm-msg-text',
  sender: 'bsm-msg-sender', orderPanel: 'bsm-order-panel', composerTag: 'bsm-reply-composer', times: true,
};

const RENAMED: Names = {
  inbox: 'mx-inbox', toolbar: 'mx-actions', list: 'mx-conversation-grid', row: 'mx-conv-row', threadIdAttr: 'data-conv-ref',
  cellBuyer: 'mx-c1', cellSubject: 'mx-c2', cellOrder: 'mx-c3', cellReceived: 'mx-c4', cellStatus: 'mx-c5',
  buyerName: 'mx-customer', subject: 'mx-title', preview: 'mx-snippet', orderLink: 'mx-order', status: 'mx-state',
  thread: 'mx-conversation', conversation: 'mx-stream', message: 'mx-bubble', messageText: 'mx-bubble-body',
  sender: 'mx-bubble-from', orderPanel: 'mx-side', composerTag: 'msg-composer-v2', times: false,
};

/** 'renamed-classes': every class and id renamed; attributes, element tags and <time> elements kept. */
const RENAMED_CLASSES: Names = {
  ...NORMAL,
  inbox: 'msg-inbox', toolbar: 'msg-toolbar', list: 'msg-thread-table', row: 'msg-row',
  cellBuyer: 'msg-col-buyer', cellSubject: 'msg-col-subject', cellOrder: 'msg-col-order',
  cellReceived: 'msg-col-received', cellStatus: 'msg-col-status',
  buyerName: 'msg-buyer', subject: 'msg-subject', preview: 'msg-preview', orderLink: 'msg-order-link', status: 'msg-status',
  thread: 'msg-thread', conversation: 'msg-messages', message: 'msg-item', messageText: 'msg-item-text',
  sender: 'msg-item-sender', orderPanel: 'msg-order-box',
};

const BY_VARIANT: Partial<Record<typeof MARKUP, Names>> = {
  drifted: RENAMED,
  'renamed-classes': RENAMED_CLASSES,
  'missing-times': { ...NORMAL, times: false },
  'missing-thread-ids': { ...NORMAL, threadIds: false },
};

export const N: Names = BY_VARIANT[MARKUP] ?? NORMAL;

/** `{ [N.threadIdAttr]: id }` as JSX props (none when the variant drops thread ids) */
export const threadIdProp = (id: string): Record<string, string> => (N.threadIds === false ? {} : { [N.threadIdAttr]: id });

/** Inbox column order ('reordered-columns' moves them around). */
export type Column = 'buyer' | 'subject' | 'order' | 'received' | 'status';
export const COLUMNS: readonly Column[] = MARKUP === 'reordered-columns'
  ? ['status', 'received', 'subject', 'order', 'buyer']
  : ['buyer', 'subject', 'order', 'received', 'status'];

/** Structural variants the pages render (see server/markup-variants.ts). */
export const V = {
  /** order panel before the conversation */
  panelFirst: MARKUP === 'reordered-columns',
  /** kat-* and the composer without shadow roots */
  noShadow: MARKUP === 'no-shadow-dom',
  /** the list / the conversation inside an extra open shadow root, every row inside an extra div */
  extraWrappers: MARKUP === 'extra-wrappers',
  /** every row inside its own open shadow root */
  shadowRows: MARKUP === 'shadow-rows',
  lateUpgrade: MARKUP === 'late-upgrade',
} as const;
