/** Background inbox refresh of the signed-in account's other marketplaces: pure planning, the run, the hooks. */
export * from './types';
export * from './plan';
export * from './run';
export * from './hooks';
