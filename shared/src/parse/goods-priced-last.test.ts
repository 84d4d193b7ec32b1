/** A bare figure that ends a note about goods is their price, no currency said (goods-said.ts goodsPricedLast). */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map(
    (e) => `${e.amount} ${e.category} ${e.reviewReason ?? 'sure'}`,
  );

describe('goods said with an article, then a figure that ends the note', () => {
  it.each([
    ['a 43 inch telly for 379', '379.00 shopping sure'],
    ['a blender for 45', '45.00 shopping sure'],
    ['un sweat à capuche pour 39', '39.00 shopping sure'],
    ['un bureau 120 cm, 149', '149.00 shopping sure'],
    ['a hoodie, 35', '35.00 shopping sure'],
  ])('%s → %s', (text, reading) => {
    expect(read(text)).toEqual([reading]);
  });

  it.each([
    // A number that names a table, or whom it was for, stays to look at.
    ['a table for 12', '12.00 other unclear_amount'],
    // A small figure after « pour » may count people: still to look at.
    ['une raclette pour 6', '6.00 other unclear_amount'],
    // No article: nothing says goods were bought.
    ['hoodie 35', '35.00 other unclear_amount'],
    // A figure under 10 after "for" may count people or things: still to look at.
    ['a hoodie for 4', '4.00 other unclear_amount'],
  ])('leaves a look-alike to look at: %s → %s', (text, reading) => {
    expect(read(text)).toEqual([reading]);
  });
});
