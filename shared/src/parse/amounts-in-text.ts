import { parseExpenseText } from './parse-expense-text.ts';

// The reading only needs a fixed day: dates decide which words are not money, not their value.
const READING = { now: new Date('2000-01-01T12:00:00Z'), timeZone: 'UTC', currency: 'EUR' };

/**
 * Every amount (in cents) the words state, under every reading, with the shares and tips the
 * parser works out from them ("86 €, j'ai payé la moitié" states 43.00): the `spokenCents` of
 * `parseExpenseText`, for callers that only have the words.
 */
export function amountsInText(text: string): number[] {
  return parseExpenseText(text, READING).spokenCents ?? [];
}
