/**
 * The page check (page-check.ts) in the seller's words, for the quiet notice and the popup:
 *   "Inbox list: older layout · 25 rows read · everything found"
 *   "Conversation: not recognised · 0 messages read · not found: conversation, reply box"
 * Readers, layouts and parts known here get catalog text; a part another reader names that is not
 * known here is shown by its name. `tr(key, englishFallback, substitutions)` is the caller's lookup.
 */
import type { PageCheckEntry } from './page-check';
import { missingParts } from './page-check';

export type Tr = (key: string, fallback: string, substitutions?: string[]) => string;

/** [reader id pattern, label key, label, items key, items] */
const READERS: ReadonlyArray<readonly [RegExp, string, string, string, string]> = [
  [/^inbox/, 'pageCheckReaderInbox', 'Inbox list', 'pageCheckItemsRows', '$1 rows read'],
  [/^(thread|case)/, 'pageCheckReaderThread', 'Conversation', 'pageCheckItemsMessages', '$1 messages read'],
  [/^(compose|reply)/, 'pageCheckReaderReply', 'Reply box', 'pageCheckItemsAny', '$1 read'],
  [/^feedback/, 'pageCheckReaderFeedback', 'Feedback list', 'pageCheckItemsFeedback', '$1 feedback rows read'],
];
const OTHER_READER = ['pageCheckReaderOther', 'Page', 'pageCheckItemsAny', '$1 read'] as const;

export const LAYOUT_TEXT: Readonly<Record<string, readonly [string, string]>> = {
  v3: ['pageCheckLayoutV3', 'inbox v3 layout'],
  legacy: ['pageCheckLayoutLegacy', 'older layout'],
  fallback: ['pageCheckLayoutFallback', 'fallback reading'],
  none: ['pageCheckLayoutNone', 'not recognised'],
  recognised: ['pageCheckLayoutRecognised', 'recognised'],
};

export const PART_TEXT: Readonly<Record<string, readonly [string, string]>> = {
  list: ['pageCheckPartList', 'list'],
  toolbar: ['pageCheckPartToolbar', 'toolbar'],
  rows: ['pageCheckPartRows', 'rows'],
  rowIds: ['pageCheckPartRowIds', 'row IDs'],
  times: ['pageCheckPartTimes', 'times'],
  conversation: ['pageCheckPartConversation', 'conversation'],
  threadId: ['pageCheckPartThreadId', 'conversation ID'],
  replyBox: ['pageCheckPartReplyBox', 'reply box'],
  sendButton: ['pageCheckPartSendButton', 'Send button'],
  caseList: ['pageCheckPartCaseList', 'case list'],
  caseIds: ['pageCheckPartCaseIds', 'case IDs'],
  orderIds: ['pageCheckPartOrderIds', 'order IDs'],
  pager: ['pageCheckPartPager', 'paging'],
  thread: ['pageCheckPartThread', 'conversation page'],
  feedbackList: ['pageCheckPartFeedbackList', 'feedback list'],
  ratings: ['pageCheckPartRatings', 'star ratings'],
};

export const PAGE_KIND_TEXT: Readonly<Record<string, readonly [string, string]>> = {
  inbox: ['pageCheckKindInbox', 'Buyer messages inbox'],
  thread: ['pageCheckKindThread', 'Buyer conversation'],
  contact: ['pageCheckKindContact', 'Contact buyer'],
  order: ['pageCheckKindOrder', 'Order details'],
  reviews: ['pageCheckKindReviews', 'Request a review'],
  feedback: ['pageCheckKindFeedback', 'Feedback Manager'],
  signin: ['pageCheckKindSignin', 'Sign-in'],
  captcha: ['pageCheckKindCaptcha', 'Verification'],
  other: ['pageCheckKindOther', 'Other Seller Central page'],
};

function reader(id: string): readonly [string, string, string, string] {
  const known = READERS.find(([pattern]) => pattern.test(id));
  return known ? [known[1], known[2], known[3], known[4]] : OTHER_READER;
}

export const layoutText = (layout: string, tr: Tr): string => {
  const known = LAYOUT_TEXT[layout];
  return known ? tr(known[0], known[1]) : tr('pageCheckLayoutOther', 'layout $1', [layout]);
};

export const partText = (part: string, tr: Tr): string => {
  const known = PART_TEXT[part];
  return known ? tr(known[0], known[1]) : part;
};

export const pageKindText = (kind: string | null, tr: Tr): string => {
  const known = PAGE_KIND_TEXT[kind ?? 'other'] ?? PAGE_KIND_TEXT.other!;
  return tr(known[0], known[1]);
};

/** One line per reader. */
export function describeCheck(check: PageCheckEntry, tr: Tr): string {
  const [labelKey, label, itemsKey, items] = reader(check.id);
  const missing = missingParts(check).map((p) => partText(p, tr));
  const parts = missing.length === 0
    ? tr('pageCheckAllFound', 'everything found')
    : tr('pageCheckNotFound', 'not found: $1', [missing.join(tr('pageCheckListSeparator', ', '))]);
  return tr('pageCheckLine', '$1: $2 · $3 · $4', [tr(labelKey, label), layoutText(check.layout, tr), tr(itemsKey, items, [String(check.items)]), parts]);
}

/** Every key this file may look up (the i18n test checks both locales have them). */
export const PAGE_CHECK_TEXT_KEYS: readonly string[] = [
  ...READERS.flatMap(([, k, , ik]) => [k, ik]), OTHER_READER[0], OTHER_READER[2],
  ...[LAYOUT_TEXT, PART_TEXT, PAGE_KIND_TEXT].flatMap((table) => Object.values(table).map(([k]) => k)),
  'pageCheckLayoutOther', 'pageCheckAllFound', 'pageCheckNotFound', 'pageCheckListSeparator', 'pageCheckLine',
];
