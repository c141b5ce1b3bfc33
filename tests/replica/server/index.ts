/** The replica server: `createReplicaServer(data, options)` and its types. */
export { createReplicaServer } from './create-server';
export type * from './types';
export type * from './api-types';
export { MARKUP_VARIANTS, HUGE_INBOX_THREADS, LATE_UPGRADE_MS, LATE_LIST_MS, NARROW_LIST_MIN_WIDTH, isMarkupVariant, type MarkupVariant } from './markup-variants';
