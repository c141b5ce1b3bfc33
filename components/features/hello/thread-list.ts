/**
 * Where the inbox's thread list is.
 * TODO(inbox adapter): replace with readInbox(root) from lib/seller-central/inbox-page.ts once it
 * exists (selectors belong in lib/seller-central/); this stop-gap matches the replica's current
 * markup (`kat-table#bsm-thread-list`) so that a redesigned page reports "inbox rows not found".
 */
export const THREAD_LIST_SELECTOR = 'kat-table#bsm-thread-list, kat-table.bsm-thread-list';
