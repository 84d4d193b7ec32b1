/** Bare figures that end a note with no currency said: the price of goods named (goods-said.ts goodsPricedLast), people counted before it (people-counted.ts). */
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

describe('people counted after « pour », "for" with no money named (people-counted.ts priceEnds)', () => {
  it.each([
    ["a table for two at Mario's, 58", '58.00 dining'],
    ['un déjeuner pour trois chez Léon, 75', '75.00 dining'],
    ['breakfast for two, 24', '24.00 dining'],
    // In figures too (amounts34): the count before a figure alone ending the note is people.
    ['dinner for 6, 180', '180.00 dining'],
    ['a birthday cake for 10, 35', '35.00 gifts'],
    ['une pizza pour 4, 28', '28.00 dining'],
  ])('the figure that ends the note alone is the price: %s → %s', (text, reading) => {
    expect(read(text).map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual([reading]);
  });

  it.each([
    // A figure after « pour » that another thing or nothing follows stays a price.
    ['un livre pour 12, et un stylo pour 2', ['12.00', '2.00']],
    ['un livre pour 12', ['12.00']],
    ['the cinema for 12, the popcorn 6', ['12.00', '6.00']],
    ['dinner for 6, 180 euros', ['180.00']],
  ])('%s stays %j', (text, amounts) => {
    expect(read(text).map((r) => r.split(' ')[0])).toEqual(amounts);
  });

  it('two things each priced in words stay two prices', () => {
    expect(read('a scarf for twenty, gloves for five').map((r) => r.split(' ')[0])).toEqual([
      '20.00',
      '5.00',
    ]);
  });
});
