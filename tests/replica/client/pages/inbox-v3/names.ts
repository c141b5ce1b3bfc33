/**
 * Class names of the inbox v3 page (tests/replica/INBOX-V3.md) and the structural variant flags. Amazon's real
 * class names are unknown: these are the replica's. `v3-renamed` swaps every one for a `msg3-*` name (same
 * structure, same texts) so the adapters' structural fallback can be tested.
 */
import { MARKUP } from '../../boot';

const NORMAL = {
  app: 'inbox-v3-app', header: 'inbox-v3-header', metricsRange: 'metrics-range', body: 'inbox-v3-body', loading: 'inbox-v3-loading',
  nav: 'inbox-v3-nav', navFilter: 'nav-filter', navFilterSelected: 'nav-filter-selected', navCount: 'nav-count',
  metricsCard: 'metrics-card', metricsLabel: 'metrics-label', metricsValue: 'metrics-value',
  listPane: 'case-list-pane', search: 'case-search', searchInput: 'case-search-input', listHeader: 'case-list-header',
  list: 'case-list', item: 'case-list-item', skeleton: 'case-list-skeleton', listEmpty: 'case-list-empty',
  itemFrom: 'case-list-item-from', itemSubject: 'case-list-item-subject', itemPreview: 'case-list-item-preview',
  itemOrder: 'case-list-item-order', itemDate: 'case-list-item-date', statusLabel: 'case-status-label',
  pagination: 'case-list-pagination', listFrame: 'case-list-frame',
  detailPane: 'case-detail-pane', empty: 'case-empty', caseHeader: 'case-header', headerBuyer: 'case-header-buyer',
  headerSubject: 'case-header-subject', headerOrder: 'case-header-order', headerEmail: 'case-header-email',
  messages: 'case-messages', message: 'case-message', messageBuyer: 'case-message-buyer', messageSeller: 'case-message-seller',
  messageAmazon: 'case-message-amazon', messageSender: 'case-message-sender', messageTime: 'case-message-time',
  messageBody: 'case-message-body', messageAttachments: 'case-message-attachments',
  reply: 'case-reply', replyTemplates: 'case-reply-templates', replyTextarea: 'case-reply-textarea',
  replyAttachments: 'case-reply-attachments', replyFile: 'case-reply-file', replyFiles: 'case-reply-files',
  replyActions: 'case-reply-actions', replyAttach: 'case-reply-attach', replyNoResponse: 'case-reply-no-response',
  replySend: 'case-reply-send', replyError: 'case-reply-error',
};

export type V3Names = typeof NORMAL;

const RENAMED: V3Names = {
  app: 'msg3-shell', header: 'msg3-top', metricsRange: 'msg3-range', body: 'msg3-main', loading: 'msg3-wait',
  nav: 'msg3-side', navFilter: 'msg3-filter', navFilterSelected: 'msg3-filter-on', navCount: 'msg3-count',
  metricsCard: 'msg3-kpi', metricsLabel: 'msg3-kpi-name', metricsValue: 'msg3-kpi-num',
  listPane: 'msg3-column', search: 'msg3-find', searchInput: 'msg3-find-box', listHeader: 'msg3-cols',
  list: 'msg3-rows', item: 'msg3-row', skeleton: 'msg3-row-placeholder', listEmpty: 'msg3-rows-none',
  itemFrom: 'msg3-who', itemSubject: 'msg3-topic', itemPreview: 'msg3-snippet',
  itemOrder: 'msg3-ref', itemDate: 'msg3-when', statusLabel: 'msg3-state',
  pagination: 'msg3-pager', listFrame: 'msg3-frame',
  detailPane: 'msg3-reader', empty: 'msg3-none', caseHeader: 'msg3-head', headerBuyer: 'msg3-head-who',
  headerSubject: 'msg3-head-topic', headerOrder: 'msg3-head-ref', headerEmail: 'msg3-head-mail',
  messages: 'msg3-stream', message: 'msg3-bubble', messageBuyer: 'msg3-bubble-in', messageSeller: 'msg3-bubble-out',
  messageAmazon: 'msg3-bubble-sys', messageSender: 'msg3-bubble-who', messageTime: 'msg3-bubble-when',
  messageBody: 'msg3-bubble-text', messageAttachments: 'msg3-bubble-files',
  reply: 'msg3-compose', replyTemplates: 'msg3-compose-canned', replyTextarea: 'msg3-compose-text',
  replyAttachments: 'msg3-compose-files', replyFile: 'msg3-compose-picker', replyFiles: 'msg3-compose-chips',
  replyActions: 'msg3-compose-bar', replyAttach: 'msg3-compose-add', replyNoResponse: 'msg3-compose-resolve',
  replySend: 'msg3-compose-send', replyError: 'msg3-compose-error',
};

export const C: V3Names = MARKUP === 'v3-renamed' || MARKUP === 'v3-drifted' ? RENAMED : NORMAL;

/** What each v3 variant changes (server/markup-variants.ts). */
export const V3 = {
  coldDeepLink: MARKUP === 'v3-cold-deep-link',
  narrow: MARKUP === 'v3-narrow',
  iframe: MARKUP === 'v3-iframe',
  closedShadow: MARKUP === 'v3-closed-shadow',
  lateList: MARKUP === 'v3-late-list',
  caseLinks: MARKUP === 'v3-case-links',
  german: MARKUP === 'v3-german',
  extraWrappers: MARKUP === 'v3-extra-wrappers',
  /** rows without their time (v3-drifted: without their order id too) */
  missingTimes: MARKUP === 'v3-missing-times' || MARKUP === 'v3-drifted',
  drifted: MARKUP === 'v3-drifted',
} as const;
