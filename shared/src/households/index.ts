export * from './account-name.ts';
export * from './balances.ts';
export * from './households-api.ts';
export * from './rule-split.ts';
export * from './settle-up.ts';
export * from './split.ts';
export * from './split-edit.ts';
export * from './words.ts';
