import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Numbers that name a phone, a postcode, a year or a measure, beside the price said (round 60,
// issue 29). Each case failed before its rule; the "stays" cases are what the rule must leave alone.

describe('a phone number led by a zero takes the two groups said after it', () => {
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

describe('a figure after a comma ending the note says the price, as money named does', () => {
  it.each([
    // Were 2011 € + 180 €, 2016 € + 65 €, 48213 € + 42,50 €: a year, a model's year, an order's number.
    ["the 2011 Fiesta's tyres, 180", ['180.00 EUR']],
    ['mon vélo Peugeot 2016, la révision, 65', ['65.00 EUR']],
    ['order 48213 from the garden centre, 42.50', ['42.50 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A figure that does not end the note, or a rent said first, is still money.
    ['le loyer 1950, et 80', ['1950.00 EUR', '80.00 EUR']],
    ['la cuisine 2019, puis 300', ['2019.00 EUR', '300.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a note handed with its article, then change back, is the note less the change', () => {
  it.each([
    // Were 20 € and 50 €: "a" put the verb of handing a word too far.
    ['gave the cabbie a twenty and got 4 back', ['16.00 EUR']],
    ['handed the cashier a fifty and got 12 back', ['38.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // No change given: the note is what was spent; "a 10 each" to two children is no note handed.
    ['gave the cabbie a twenty', ['20.00 EUR']],
    ['paid the kids a 10 each', ['10.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
