// A price taken back, fillers, asides and shares around the money, from the exact-amount
// generator's misses (exact-amounts.test.ts).
import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

describe('cents said after the money, then a word no count comes before', () => {
  it.each([
    // Were 35, 37, 8 (a share of 16) and 63: the cents were dropped before a filler, a share, an aside.
    ['un café 35€30 quoi', ['35.30 EUR']],
    ['medicine 37 euros 60 basically', ['37.60 EUR']],
    ['le plein 16 euros 80 partagé avec Marie', ['8.40 EUR']],
    ['a book 63 pounds 80 as usual', ['63.80 GBP']],
    // A number before a thing is still its count: two expenses.
    ['un café 3 euros 2 croissants 4 euros', ['3.00 EUR', '4.00 EUR']],
    ['dinner 20 euros 3 beers 15 euros', ['20.00 EUR', '15.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a corrected price in bare figures, then a filler or an aside', () => {
  it.each([
    // The figure was a count of « quoi » or "basically": the correction was lost (were 17 € and 17 €).
    ['un café 17 € pardon 94 quoi', ['94.00 EUR']],
    ['a coffee €17 no wait 36 basically', ['36.00 EUR']],
    ["un café 17 € non 24 comme d'hab", ['24.00 EUR']],
    ['un café 17 € non 94 quai 9', ['94.00 EUR']],
    ['gas was €45, make that 21 after the bus', ['21.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a share whose count is followed by a filler', () => {
  it.each([
    // Were 37.20 and 1 (« deux quoi » read as money, halved), 27.80 and 2.
    ['un café 37,20 divisé en deux quoi', ['18.60 EUR']],
    ['un livre 55,60 on a partagé à deux bon', ['27.80 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a share of an amount kept to look at', () => {
  it.each([
    // Kept À vérifier, it is shared as a sure amount is (were the whole, 59.60).
    ['a monitor 59.60 split with Tom', ['29.80 EUR']],
    ['un écran 59,60 partagé avec Marie', ['29.80 EUR']],
    ['un sandwich 11 divisé en deux genre', ['5.50 EUR']],
    ['9,80 pour le resto on a partagé à deux tu vois', ['4.90 EUR']],
    // A place after the count ends it too (was 91.45 and 1).
    ['182,90 pour le pressing divisé en deux à Genève', ['91.45 CHF']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a correction said with fillers around it', () => {
  it.each([
    // « je me trompe », "my bad" take back the amount before (were 29 and 15).
    ['le train vingt-neuf euros je me trompe trente-neuf', ['39.00 EUR']],
    ['the taxi 15 euros my bad 18', ['18.00 EUR']],
    // Fillers do not count in the distance from the amount taken back (was 3.20).
    ["une baguette ça m'a coûté 3€20, du coup je me suis trompé, bah 33", ['33.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
