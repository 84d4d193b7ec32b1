import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

// prices-said.ts's `priceClosing`: a figure after a comma, ending the note, prices what was named.
const read = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map(
    (e) => `${e.amount}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
  );

describe('a figure after a comma, ending the note, is the price of the thing named before it', () => {
  it.each([
    // Were kept flagged unclear_amount: no lexicon knew the thing.
    ['sellotape, 2.30', ['2.30']],
    ['du scotch double face, 3,20', ['3.20']],
    ["the childminder's hours this week, 180", ['180.00']],
  ])('reads "%s" as %j, not flagged', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Look-alikes: a figure alone, or rough, or not closing the note, is still looked at.
    ['35', ['35.00 unclear_amount']],
    ['le truc, environ 30', ['30.00 unclear_amount']],
    ['version 2.5', ['2.50 unclear_amount']],
  ])('still flags "%s": %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
