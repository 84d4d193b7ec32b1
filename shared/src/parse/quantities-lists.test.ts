import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Amounts beside quantities, unit prices and lists (round v19a, issue 29). Each case failed before
// its rule; the "stays" cases are what the rule leaves alone.

describe('things each said with their price, the currency said once at the end, are as many expenses', () => {
  it.each([
    // Were 12 €, 11 €, 16 €: the bare figures before the last were lost.
    ['la housse 8 et le coussin 12 euros', ['8.00 EUR', '12.00 EUR']],
    ['gloves 9, scarf 11 euros', ['9.00 EUR', '11.00 EUR']],
    ['milk 1, eggs 3 and butter 16 euros', ['1.00 EUR', '3.00 EUR', '16.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A figure in groups names something; a total said after has no thing before it.
    ['mon numéro de client 318 554, abonnement box 30 euros', ['30.00 EUR']],
    ['le menu 22, et 30 au total avec le vin', ['30.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
