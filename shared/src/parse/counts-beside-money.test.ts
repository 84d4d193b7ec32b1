import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Counts, quantities and names beside money (round v15a, issue 29): which number a price is of,
// and which numbers name a thing. Each case failed before its rule.

describe('the count nearest before a price is the one it prices', () => {
  it.each([
    // A measure of another thing said first was taken as the count (were 160, 113.64, 48, 84).
    ['10 kilos de pommes, 4 cafés à 16 euros', ['64.00 EUR']],
    ['pendant 12 heures, cinq cahiers à 9,47 €', ['47.35 EUR']],
    ['8 kilos of apples, five beers at 6 euros each', ['30.00 EUR']],
    ['for 12 hours, three notebooks at £7 each', ['21.00 GBP']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // The measure priced is still counted when nothing is counted between.
    ['40 litres de gazole à 1,75', ['70.00 EUR']],
    ['2 heures de ménage à 15 euros', ['30.00 EUR']],
  ])('a measure alone before its price still counts: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe("a model's number after a name an article names is no money when money is named", () => {
  it.each([
    // Were 3008 € and 320 €, 6010 € and 41 €.
    ['la Peugeot 3008, révision 320 euros', ['320.00 EUR']],
    ["le TGV 6010, j'ai payé 41 euros", ['41.00 EUR']],
    ['la Peugeot 208, trois bières, 57 francs suisses en tout', ['57.00 CHF']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Two figures after a shop's name may be its price; with no money named, a figure is kept.
    ["j'ai payé la Fnac 30 et le resto 20 euros", ['30.00 EUR', '20.00 EUR']],
    ['la Peugeot 3008', ['3008.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
