/**
 * Numbers that measure or name the thing are not money, and a weight priced by the kilo is
 * counted in parts of it (v9: bare-numbers.ts, word-sets.ts UNITS, rates.ts, expense-rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const amounts = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map((e) => `${e.amount} ${e.currency}`);

describe('numbers that measure the thing are not money', () => {
  it.each([
    ['4 pounds of potatoes for 3 dollars', ['3.00 USD']],
    ['bought 2 pounds of cherries, 9 euros', ['9.00 EUR']],
    ['un écran 27 pouces à 229 €', ['229.00 EUR']],
    ['a 65 inch telly, 700 pounds', ['700.00 GBP']],
    ['radiateur 1500 watts à 60 €', ['60.00 EUR']],
    ['5 gig data bundle, 8 euros', ['8.00 EUR']],
    // The size of one lot, not a count of lots.
    ['un pack de 6 yaourts à 2,40 €', ['2.40 EUR']],
    ['a box of 12 donuts at 9 euros', ['9.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });

  it.each([
    // Pounds alone are money; a count of lots still multiplies.
    ['30 pounds of shopping at Tesco', ['30.00 GBP']],
    ['3 paquets de café à 4 €', ['12.00 EUR']],
  ])('keeps money and counts: %s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('a weight priced by the kilo, in parts of it', () => {
  it.each([
    ['2,5 kilos de pommes de terre à 1,20 le kilo', ['3.00 EUR']],
    ['1,2 kg de cerises à 8,99 le kilo', ['10.79 EUR']],
    ['300 grammes de comté à 24 € le kilo', ['7.20 EUR']],
    ['2 months of yoga at 40 a month', ['80.00 EUR']],
    // Weeks of a price per day.
    ['van hire at 50 euros a day for a week', ['350.00 EUR']],
    ['location de kayak 20 € par jour pendant deux semaines', ['280.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('a discount named before its rate comes off', () => {
  it.each([
    ['code promo de 20 % sur un manteau à 150 €', ['120.00 EUR']],
    ['avec une remise de 10 % sur le frigo à 600 €', ['540.00 EUR']],
    ['a discount of 25% on a 40 euro lamp', ['30.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});
