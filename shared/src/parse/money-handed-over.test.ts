/**
 * The vanish52 readings (issue 29), through the whole parser on Tuesday 24 November 2026: "the 20"
 * right after a giving verb or the one it was given to is the money handed over, not a day of the
 * month; a day said "on the 20", an ordinal, or a figure after any other word stays a day.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { movedOrSpentShort as read, TEST_OPTS } from './testing/test-parse.ts';

const dateOf = (text: string): string | undefined => parseExpenseText(text, TEST_OPTS).expenses[0]?.date;

describe('"the 20" handed over is money', () => {
  it.each([
    ['my mate gave me the 20 for the pizza', 'repayment 20.00'],
    ['my mate passed me the 20 he owed', 'repayment 20.00'],
    ['sent me the 15 for the cinema', 'repayment 15.00'],
    ['sent the 20 to Tom', 'transfer 20.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A day said with "on", an ordinal, or after any other word stays a day.
    ['paid me on the 20, 50 for the rent', '2026-11-20'],
    ['paid 50 for the rent on the 20', '2026-11-20'],
    ['gave her 30 for the cleaning the 3rd', '2026-11-03'],
    ['rent due the 5, 800', '2026-12-05'],
    ['I gave Tom 20 the 15', '2026-11-15'],
  ])('%s keeps its day %s', (text, want) => {
    expect(dateOf(text)).toBe(want);
  });
});
