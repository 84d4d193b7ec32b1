// Numbers beside the price that are not money (a percentage off, a street, a gate, a count of
// people, a menu's number), from the exact-amount generator's misses (exact-amounts.test.ts).
import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

describe('a percentage off said before the amount paid', () => {
  it.each([
    // The amount after a paying word is what was paid: the discount is already off (were 25.60, 64, 39.20).
    ["soldes moins 20 % le pull m'a coûté 32 euros", ['32.00 EUR']],
    ['20% off so the jacket came to 80 euros', ['80.00 EUR']],
    ['promo -30 % sur les baskets payées 56 euros', ['56.00 EUR']],
    ["avec 50 % de réduction j'ai payé une pizza 12 €", ['12.00 EUR']],
    // Said after the price, or before a price with no paying word, it still comes off.
    ['un manteau 80 € moins 20 %', ['64.00 EUR']],
    ['moins 20 % sur un manteau à 80 €', ['64.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a symbol written against the figures after a number', () => {
  it.each([
    // The symbol is the next number's money (were 7 €, 7 £, 13 €).
    ['porte 7 €433 pour un livre', ['433.00 EUR']],
    ['at gate 7 £63.20 for medicine', ['63.20 GBP']],
    ['on line 13 €2,234 for parking', ['2234.00 EUR']],
    ['quai 9 €43 pour un livre', ['43.00 EUR']],
    // Two figures after it, with no name before, stay cents.
    ['un café 12 €50', ['12.50 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('numbers that name a street number, a car or a menu', () => {
  it.each([
    // Were 72.10 and 225 (the tip added to the house number), 3 and 16.99, 208 and 708.95, 23 (the tip lost).
    ['72.10 for medicine at 221 Baker Street plus a €4 tip', ['76.10 EUR']],
    ['le menu 3 au marché 16,99', ['16.99 EUR']],
    ['la révision de la 208, 708,95', ['708.95 EUR']],
    ['23 EUR pour le menu 3 tu vois et 6 € de pourboire', ['29.00 EUR']],
    // A menu's price with no article before it is still a price.
    ['tasting menu 60 per person and there were two of us, I paid', ['120.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a count times a price each, beside other numbers', () => {
  it.each([
    // The count nearest before the price is the one it prices (were 42 and 84: « 2 enfants », « 12 rue »).
    ['avec mes 2 enfants 3 croissants à 21 € pièce', ['63.00 EUR']],
    ['au 12 rue Victor Hugo trois croissants à 7 euros', ['21.00 EUR']],
    // A floor, a street or a bus numbered before its word names nothing after it (were 14.50, 25.50, 1.90).
    ['au 3e étage 3 cafés à 14,50 € pièce', ['43.50 EUR']],
    ['at 221 Baker Street 4 movie tickets at €25.50 each', ['102.00 EUR']],
    ['after getting off the number 38 bus 6 movie tickets at 1.90 euros each', ['11.40 EUR']],
    // A gate or a platform still takes its number after it.
    ["46,30 dollars pour une coque d'iPhone 15 quai 9 plus 8 dollars de pourboire", ['54.30 USD']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('change from a note, with people counted beside it', () => {
  it.each([
    // « avec mes 2 enfants » hands over no children (was 12.69 and a refund of 20).
    ["avec mes 2 enfants j'ai donné 20 € pour le taxi il m'a rendu 12,69 euros", ['7.31 EUR']],
    // "a 10 euro note" is one note, not 2 kids' worth of them (was 20 and 2.14).
    ['with my 2 kids paid for groceries with a 10 euro note got €2.14 back', ['7.86 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a figure right after the last thing of a list, after money', () => {
  it.each([
    // It is that thing's price (was dropped: 4 alone, 35 alone).
    ['the night bus 4 euros and a kebab 8', ['4.00 EUR', '8.00 EUR']],
    ['gym membership 35 euros and the protein powder 29', ['35.00 EUR', '29.00 EUR']],
    // People counted, a table for a few, a tram line are not prices.
    ['le resto 60 € et on était 4', ['60.00 EUR']],
    ['dinner 40 euros and a table for 4', ['40.00 EUR']],
    ['un café 3 € et le tram 2', ['3.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
