export * from './api.ts';
export * from './categories.ts';
export * from './csv.ts';
export * from './dates.ts';
export * from './errors.ts';
export * from './llm.ts';
export * from './money.ts';
export * from './report.ts';
