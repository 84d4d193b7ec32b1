export { amountsInText } from './amounts-in-text.ts';
export { PARSER_CONFIDENT } from './confidence.ts';
export { MAX_PARSE_LENGTH, parseExpenseText } from './parse-expense-text.ts';
export type { ParsedExpense, ParseOptions, ParseResult } from './types.ts';
