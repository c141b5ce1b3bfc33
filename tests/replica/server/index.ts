/** The replica server: `createReplicaServer(data, options)` and its types. */
export { createReplicaServer } from './create-server';
export type * from './types';
export type * from './api-types';
export { MARKUP_VARIANTS, HUGE_INBOX_THREADS, LATE_UPGRADE_MS, isMarkupVariant, type MarkupVariant } from './markup-variants';
