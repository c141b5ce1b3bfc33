export * from './types';
export * from './protect';
export * from './segment';
export * from './cache';
export * from './pair';
export * from './service';
