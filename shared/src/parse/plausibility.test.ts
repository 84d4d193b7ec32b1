import { describe, expect, it } from 'vitest';
import { PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { limitCents } from './plausibility.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import type { ParseOptions } from './types.ts';

const parse = (text: string, extra: Partial<ParseOptions> = {}) =>
  parseExpenseText(text, { ...TEST_OPTS, ...extra });

describe('amounts past belief', () => {
  it.each([
    ['Loyer 2 400 000 euros.', '2400000.00'],
    ['Courses 18 000 € chez Aldi.', '18000.00'],
    ["Trois millions d'euros de pain.", '3000000.00'],
    ['A sandwich for 30,000 dollars.', '30000.00'],
    ['Taxi 20 000 dollars.', '20000.00'],
  ])('reads "%s" as said (%s) and flags it, never confident', (text, amount) => {
    const result = parse(text);
    expect(result.expenses.map((e) => [e.amount, e.reviewReason])).toEqual([[amount, 'implausible_amount']]);
    expect(result.confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it.each([
    'Courses 9 800 €.',
    "Voiture d'occasion 8 500 euros.",
    'Loyer 1 200 euros.',
    'Hôtel à Tokyo 45 000 yens.',
  ])('lets "%s" through unflagged', (text) => {
    expect(parse(text).expenses.map((e) => e.reviewReason)).toEqual([undefined]);
  });

  it('scales the limit for currencies whose unit is worth far less', () => {
    expect(limitCents('EUR')).toBe(1_000_000);
    expect(limitCents('JPY')).toBe(100_000_000);
  });

  it.each([
    ['Loyer 1 200 euros.', 5_000, 'implausible_amount'],
    ['Loyer 1 200 euros.', 60_00, undefined],
    ['Loyer 1 200 euros.', 0, undefined],
    ['Taxi 1 200 dollars.', 5_000, undefined],
  ])(
    'compares "%s" with 20× the largest recent expense (%i cents): %s',
    (text, largestRecentCents, reason) => {
      expect(parse(text, { largestRecentCents }).expenses[0]?.reviewReason).toBe(reason);
    },
  );
});

describe('numbers nobody speaks', () => {
  it.each([
    '0,001 euros pain',
    '0.001 dollars for bread',
    '1e308 euros pain',
    '2e10 euros de courses',
    '-5 euros pain',
    '−12 € essence',
  ])('never saves "%s" with full confidence', (text) => {
    const result = parse(text);
    for (const e of result.expenses) expect(e.reviewReason).toBe('odd_amount');
    if (result.expenses.length > 0) expect(result.confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it.each(['Pain 0,00 €', '99999999999999999 euros pain'])('finds no expense in "%s"', (text) => {
    expect(parse(text).expenses).toEqual([]);
  });

  it('does not take a hyphen between words for a minus sign', () => {
    expect(parse('Billet Paris-Lyon 59 euros.').expenses[0]?.reviewReason).toBeUndefined();
  });
});
