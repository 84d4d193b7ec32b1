import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Numbers that name a phone, a postcode, a year or a measure, beside the price said (round 60,
// issue 29). Each case failed before its rule; the "stays" cases are what the rule must leave alone.

describe('a phone number led by a zero takes every group said after it', () => {
  it.each([
    // Was 456 € + 30 €: the third group of the number read as money.
    ['called the cab company on 0800 118 218, the fare was 30', ['30.00 EUR']],
    ["j'ai appelé le 0805 290 290, le dépannage 85 €", ['85.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A comma ends the number; a price in figures said before it stays.
    ['rang 0800, 12 €', ['12.00 EUR']],
    ['le plombier 85 €, son numéro 0612 34', ['85.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('five figures after « le », « dans » or a town, beside money named, are a postcode', () => {
  it.each([
    // Were 59000 € + 9 € and 13008 € + 140 €.
    ['un colis pour le 59000, 9 €', ['9.00 EUR']],
    ['le serrurier de Marseille 13008, 140 €', ['140.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Money said on the figures, or after a thing's word, stays money.
    ['la voiture pour le 15000 €', ['15000.00 EUR']],
    ['le devis du 24000 €, signé hier soir', ['24000.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
