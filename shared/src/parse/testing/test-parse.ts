/**
 * What the parser's tests share: the moment, zone and money they parse at (TEST_OPTS, a Tuesday
 * lunchtime in Paris), and how the note tests (exact-amounts*.test.ts, never-dropped.test.ts) read
 * what came out.
 */
import { expect, it } from 'vitest';
import { decimalToCents } from '../../money.ts';
import { parseExpenseText } from '../parse-expense-text.ts';
import type { ParseOptions } from '../types.ts';

/** Half past noon in Paris on 24 November 2026, euros when no money is said. */
export const TEST_OPTS: ParseOptions = {
  now: new Date('2026-11-24T12:30:00+01:00'),
  timeZone: 'Europe/Paris',
  currency: 'EUR',
};

/** An expense's decimal amount in cents ("8.40" is 840); NaN for what is no amount, so it equals none. */
export const centsOf = (amount: string): number => decimalToCents(amount) ?? Number.NaN;

/** "amount currency" of each expense, whatever its review reason. */
export const amountsOf = (text: string): string[] =>
  parseExpenseText(text, TEST_OPTS).expenses.map((e) => `${e.amount} ${e.currency}`);

/**
 * "kind amount currency" of the movement read, or "spent amount currency category [reason]" of each
 * expense: what the movement tests (movements-treats-and-tips, -said-otherwise, -told-the-other-way)
 * compare.
 */
export const movedOrSpent = (text: string): string => {
  const r = parseExpenseText(text, TEST_OPTS);
  return r.movement
    ? `${r.movement.kind} ${r.movement.amount} ${r.movement.currency}`
    : r.expenses
        .map(
          (e) => `spent ${e.amount} ${e.currency} ${e.category}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
        )
        .join(' ');
};

/**
 * The shorter word of the older movement tests: "kind amount" of the movement read when it is all
 * the note gave, else "spent amount [reason]" of each expense.
 */
export const movedOrSpentShort = (text: string): string => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  return r.expenses.map((e) => `spent ${e.amount}${e.reviewReason ? ` ${e.reviewReason}` : ''}`).join(' ');
};

/** One test per [sentence, what movedOrSpent must say] row: the movement tests' table runner. */
export const movedOrSpentCases = (table: [string, string][]): void =>
  it.each(table)('%s → %s', (text, want) => {
    expect(movedOrSpent(text)).toBe(want);
  });
