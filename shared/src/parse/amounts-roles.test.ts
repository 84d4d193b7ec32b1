import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const amounts = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map((e) => `${e.amount} ${e.currency}`);
const dates = (text: string) => parseExpenseText(text, TEST_OPTS).expenses.map((e) => e.date);
const today = parseExpenseText('café 2 euros', TEST_OPTS).expenses[0]?.date;

describe('"half a grand": half of the scale, no half of a thing (round v25a)', () => {
  it.each([
    ['half a grand on a new phone', ['500.00 EUR']],
    ['half a million for the flat', ['500000.00 EUR']],
    // The half of a thing stays one: "half a kilo" is a measure, its price the money.
    ['half a kilo of grapes, 3 euros', ['3.00 EUR']],
    ['a grand and a half for the sofa', ['1500.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('notes counted by their figure, and coins counted (round v25a)', () => {
  it.each([
    ['two fifties for the hotel', ['100.00 EUR']],
    ['gave him three tens for the window cleaning', ['30.00 EUR']],
    ['three fifties and a twenty for the deposit', ['170.00 EUR']],
    ['two one-euro coins for the trolley', ['2.00 EUR']],
    ['four 2-euro coins for the vending machine', ['8.00 EUR']],
    ['a twenty and two one-euro coins for the bake sale', ['22.00 EUR']],
    // The coins' money names the note's.
    ['a fiver and two pound coins for the car park', ['7.00 GBP']],
    // Handed, the change said after comes off.
    ['a twenty and two one-euro coins, she gave me 3 back', ['19.00 EUR']],
    // No count before "twenties": a decade, no money.
    ['a dress from the twenties, 80 euros', ['80.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe("a race's kilometres and a seat's row are no money (round v25a)", () => {
  it.each([
    ['the 10K race t-shirt was 20', ['20.00 EUR']],
    ['entry for the 10K next spring, 35 euros', ['35.00 EUR']],
    ['a 5k fun run for the school, 12 euros', ['12.00 EUR']],
    // Thousands said with "k" stay money.
    ['2k for the photographer', ['2000.00 EUR']],
    ['the 2k for the car', ['2000.00 EUR']],
    ['trois places au rang 12 pour le concert, 135 euros', ['135.00 EUR']],
    ['two seats in row 8 for the musical, 90 euros', ['90.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('an hour and « thé » are no day (round v25a)', () => {
  it.each([
    ["the 2 o'clock show, 12 bucks", ['12.00 USD']],
    ['the 9 pm film, 11 euros', ['11.00 EUR']],
    ['thé 3 en terrasse, madeleine 2 euros', ['3.00 EUR', '2.00 EUR']],
  ])('%s → %j, today', (text, want) => {
    expect(amounts(text)).toEqual(want);
    expect(dates(text).every((d) => d === today)).toBe(true);
  });

  it('still reads "the 3rd" and « le 3 » as days', () => {
    expect(dates('paid the plumber 80 on the 3rd')).not.toEqual([today]);
    expect(dates('le 3 le plombier 80 euros')).not.toEqual([today]);
  });
});

describe('a bare amount said "on top" of the bill is added to it (round v25a)', () => {
  it.each([
    ['pizza 19, gave the driver 2 on top', ['21.00 EUR']],
    ['the cab was 30 and 5 on top for the driver', ['35.00 EUR']],
    // "on top of that" before a thing of its own: two expenses, as before.
    ['hotel 120, then 18 on top of that for the taxi', ['120.00 EUR', '18.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});
