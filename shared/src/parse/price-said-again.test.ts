import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

// TEST_OPTS: now is Tuesday 2026-11-24. whole-price.ts's `confirmed`: one price said twice is one expense.
const read = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map((e) => `${e.amount} ${e.description}`);

describe('a price said again, a yes after it', () => {
  it.each([
    ['le pressing, 18 €, dix-huit euros oui', ['18.00 Pressing']],
    ['le plein, 72 €, 72 euros voilà', ['72.00 Plein']],
    ['the florist, 35, 35 yeah', ['35.00 Florist']],
  ])('reads "%s" as one expense, %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Look-alikes: a thing named after the second price, or another sum: two expenses.
    ['le pain 3 €, 3 € oui le lait', 2],
    ['le pain 3 €, 4 € oui', 2],
  ])('still reads "%s" as %i expenses', (text, n) => {
    expect(read(text)).toHaveLength(n);
  });
});
