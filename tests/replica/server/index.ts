/** The replica server: `createReplicaServer(data, options)` and its types. */
export { createReplicaServer } from './create-server';
export type * from './types';
export type * from './api-types';
