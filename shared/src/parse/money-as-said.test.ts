import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Money as people say it to a phone (round v21a, issue 29). Each case failed before its rule; the
// "stays" cases are what the rules leave alone. Sentences of their own, not lines of a set.

describe('a price of one, the speaker naming whom they paid for, is times those heads', () => {
  it.each([
    ['the climbing wall was 11 each, I paid for all three', ['33.00 EUR']],
    ['brunch was 25 per person, I covered both of us', ['50.00 EUR']],
    ['passes were 6 euros a head and I got them for the four of us', ['24.00 EUR']],
    ['le laser game 9 € la partie, j’ai pris pour nous quatre', ['36.00 EUR']],
    ['a fiver each for the bouncy castle, paid for me and my daughter', ['10.00 EUR']],
    ['pool entry 5 euros per person, I paid for me and the three kids', ['20.00 EUR']],
    ['le zoo 15 euros chacun, j’ai réglé pour les trois enfants et moi', ['60.00 EUR']],
    ['le bowling 7 € la partie, j’ai payé pour moi et mes trois neveux', ['28.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Whom a thing was for, with no price of one, is no count of it.
    ['a cake for me and my son 12 euros', ['12.00 EUR']],
    // "for all 3 nights" counts nights, not people.
    ['the cabin for all 3 nights, 240 euros', ['240.00 EUR']],
    // The speaker's own part stays a part.
    ['le resto 80 € à quatre, j’ai payé pour moi', ['20.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a price said again at once is the last one said', () => {
  it.each([
    ['le kebab ça a fait douze euh quinze avec la boisson', ['15.00 EUR']],
    ['the plumber was like eighty, eighty-five euros', ['85.00 EUR']],
    ['le marché, genre 30 euros, 32 exactement', ['32.00 EUR']],
    ['the taxi, like 40 euros, 44 exactly', ['44.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Two things priced, or figures far apart, stay two.
    ['café 2, croissant 1,20', ['2.00 EUR', '1.20 EUR']],
    ['10 euros, 25 euros', ['10.00 EUR', '25.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('notes and coins said are money handed', () => {
  it.each([
    ['réglé le plombier en liquide, trois billets de vingt', ['60.00 EUR']],
    ['deux billets de 50 pour le vélo', ['100.00 EUR']],
    ['three tenners for the window cleaner', ['30.00 EUR']],
    ['au tabac, une pièce de deux euros, on m’a rendu 30 centimes', ['1.70 EUR']],
    ['22,40 le boucher, j’ai donné cinquante', ['22.40 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    ['une pièce de 2 € pour le caddie', ['2.00 EUR']],
    ['un appartement 3 pièces de 60 m², loyer 900 €', ['900.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('« patates » are thousands where they are money', () => {
  it.each([
    ['la voiture d’occasion, quatre patates', ['4000.00 EUR']],
    ['deux patates douces 3 €', ['3.00 EUR']],
    ['un kilo de patates 2 €', ['2.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('an age said of a person beside a figure priced after "for" is no money', () => {
  it.each([['my nephew is 9, got him a lego set for 40', ['40.00 EUR']]])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Nothing else priced: the figure stays, flagged for a look.
    ['my son is 12', ['12.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
