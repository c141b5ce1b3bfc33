/** The replica's data: generator, accounts, images and types. */
export { generateReplicaData, apportion } from './generate';
export { REPLICA_ACCOUNTS, LUMEN, KIRIN } from './accounts';
export { productSvg } from './svg';
export type * from './types';
