import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Spoken prices and what the thing costs (round 32, issue 29). Each case failed before its rule;
// the "stays" cases are what the rule leaves alone. Sentences of their own, not lines of a set.

describe('a thing that costs hundreds said at "one" or "two" then tens is hundreds', () => {
  it.each([
    ['new earbuds, one thirty', ['130.00 EUR']],
    ['the hiking boots were two ten', ['210.00 EUR']],
    ['a rain jacket, one sixty', ['160.00 EUR']],
    ['one ninety for the speakers', ['190.00 EUR']],
    ['the gig tickets came to two forty', ['240.00 EUR']],
    ['a cordless drill, one twenty-nine', ['129.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Small goods, meals and fares are units and cents.
    ['socks, two fifty', ['2.50 EUR']],
    ['a lighter, one fifty', ['1.50 EUR']],
    ['a coffee at the gig, two sixty', ['2.60 EUR']],
    ['the bus to the festival, two fifty', ['2.50 EUR']],
    // The dear word only names what the thing is for.
    ['shoe polish, two fifty', ['2.50 EUR']],
    ['printer paper, one ninety', ['1.90 EUR']],
    ['a coat hanger, one twenty', ['1.20 EUR']],
    // From three up, and a currency said, the figures are as said.
    ['boots, three fifty', ['3.50 EUR']],
    ['headphones, one euro fifty', ['1.50 EUR']],
    ['new trainers, ninety-nine ninety-nine', ['99.99 EUR']],
    // French « deux cinquante » is always 2,50.
    ['le manteau, deux cinquante', ['2.50 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe("a tyre's size (width / height, the rim) is no money", () => {
  it.each([
    ['2 pneus 195/65 R15, 170 €', ['170.00 EUR']],
    ['winter tyres 225/45R17, 480 euros', ['480.00 EUR']],
    // Its count at a price each is the count times the price, the size multiplies nothing.
    ['4 pneus en 185/60 R14 à 75 € pièce', ['300.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A day and its month in figures stays a date, a price with its cents a price.
    ['le 12/10, le garagiste, 85 €', ['85.00 EUR']],
    ['la révision 189,90 €', ['189.90 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('people counted before an hour booked, and a rough figure in words with no money after', () => {
  it.each([
    // "for 6 at 8:30": the people and the hour the table was for, the figure ending the note its price.
    ['a table for 6 at 7:45, 180', ['180.00 EUR']],
    ['un dîner pour 5 à 20h30, 140', ['140.00 EUR']],
    // "-odd", "-something" after a number in words: the round figure, the thing after it kept.
    ['thirty-odd for the cab', ['30.00 EUR']],
    ['fifty-something for the flowers', ['50.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // The place after the people, and money named, as before.
    ["a table for two at Luigi's, 64", ['64.00 EUR']],
    ['dinner for 4 at 8:30, 120 euros', ['120.00 EUR']],
    // People counted roughly beside money named, an odd thing bought.
    ['twenty-odd people at the party, 200 euros', ['200.00 EUR']],
    ['an odd sock, 2 euros', ['2.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a flight or a hotel said at any figure then tens is hundreds (amounts36)', () => {
  it.each([
    ['five forty for the flights to Lisbon', ['540.00 EUR']],
    ['the hotel was three ten for two nights', ['310.00 EUR']],
    ['three sixty for the flight', ['360.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // What is had at the hotel or on the flight, or named after it, stays units and cents.
    ['a coffee at the hotel, three twenty', ['3.20 EUR']],
    ['flight socks, four twenty', ['4.20 EUR']],
    ['the bus to the hotel, two fifty', ['2.50 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
