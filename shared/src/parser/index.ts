export type { ParsedExpense, ParseOptions, ParseResult } from './parse-expense-text.ts';
export { amountsInText, PARSER_CONFIDENT, parseExpenseText } from './parse-expense-text.ts';
