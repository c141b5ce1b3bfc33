/**
 * Class and attribute names of the messaging pages. `markup: 'drifted'` in the bootstrap swaps them for
 * renamed ones (and drops the <time> elements), as if Amazon had shipped a redesign: the extension's
 * adapters must then report the page as not recognised instead of guessing.
 */
import { DRIFTED } from './boot';

interface Names {
  inbox: string; toolbar: string; list: string; row: string; threadIdAttr: string;
  cellBuyer: string; cellSubject: string; cellOrder: string; cellReceived: string; cellStatus: string;
  buyerName: string; subject: string; preview: string; orderLink: string; status: string;
  thread: string; conversation: string; message: string; messageText: string; sender: string;
  orderPanel: string; composerTag: 'bsm-reply-composer' | 'msg-composer-v2'; times: boolean;
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

export const N: Names = DRIFTED ? RENAMED : NORMAL;

/** `{ [N.threadIdAttr]: id }` as JSX props */
export const threadIdProp = (id: string): Record<string, string> => ({ [N.threadIdAttr]: id });
