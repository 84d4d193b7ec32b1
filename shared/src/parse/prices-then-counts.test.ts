import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// A price of one, then how many were had (round v20a, issue 29). Each case failed before its rule;
// the "stays" cases are what the rules leave alone.

describe('a price of one then the count taken is their product, the count no money', () => {
  it.each([
    // Each lost its count (the price of one alone), or kept it as money of its own beside it.
    ['les billets 45 € chacun, j’en ai acheté trois', ['135.00 EUR']],
    ['les croissants 1,20 le croissant, j’en ai acheté trois', ['3.60 EUR']],
    ['muffins are 1.50 each, got five', ['7.50 EUR']],
    ['doughnuts 1.20 each, I bought six', ['7.20 EUR']],
    ['le kilo de pêches à 3,20, j’en ai pris deux', ['6.40 EUR']],
    ['le kilo de poires à 3 €, j’en ai pris trois kilos', ['9.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A count with no price of one before it; a figure after "got" (never 36).
    ['le taxi 20 euros, j’ai pris deux', ['20.00 EUR']],
    ['the cab was 18, got 2 back', ['18.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a price of one, the speaker paying for everyone counted, is times the heads', () => {
  it.each([
    // Each was the price of one.
    ['la patinoire 4,50 l’entrée, j’ai payé pour nous trois', ['13.50 EUR']],
    ['le musée 12 € la place, j’ai payé pour nous deux', ['24.00 EUR']],
    ['le menu à 19 € par personne, on était quatre et j’ai tout payé', ['76.00 EUR']],
    ['brunch was 15 a head for six of us, I got the bill', ['90.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // No payer for all said: the price of one, or the fare of the ride.
    ['le taxi 30 € la course, on était trois', ['30.00 EUR']],
    ['le menu à 19 € par personne, on était quatre', ['19.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a unit’s symbol after the price names the unit counted in words', () => {
  it.each([
    // Were 32 € and 40 €: « m² » was no word of « mètres carrés ».
    ['six mètres carrés de moquette à 20 € le m²', ['120.00 EUR']],
    ['le parquet 40 € le m², la pièce fait 12 mètres carrés', ['480.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
