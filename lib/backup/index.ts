/** Backup: the one-file export of everything, its validation, and the import preview/plan. Pure. */
export * from './format';
export * from './validate';
export * from './diff';
