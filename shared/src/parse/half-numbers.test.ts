import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// A half said after a number in words (round v17a, issue 29). Each case failed before the rule.

describe('a half after a number in words', () => {
  it.each([
    // Were 2 000 €, 1 000 €, 500 €, 500 € (sure), 6 € and 1,50 €.
    ['deux mille et demi pour la voiture', ['2500.00 EUR']],
    ['mille et demi pour la moto', ['1500.00 EUR']],
    ['a grand and a half for the car', ['1500.00 EUR']],
    ['one and a half thousand euros for the car', ['1500.00 EUR']],
    ['twelve and a half euros for lunch', ['12.50 EUR']],
    ['three and a half pounds for the bus', ['3.50 GBP']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // The half of the money said after it, a duration's half, figures.
    ['sept euros et demi le parking', ['7.50 EUR']],
    ['deux heures et demie de parking, 6 euros', ['6.00 EUR']],
    ['2 500 € pour la voiture', ['2500.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
