/** Analytics: response events and what the options page's Analytics section computes from them. Pure. */
export * from './response-events';
export * from './stats';
export * from './time';
export * from './responses';
export * from './volume';
export * from './requests';
export * from './csv';
