import { describe, expect, it } from 'vitest';
import { amountForInput, amountFromInput } from './amount-input.ts';

describe('amounts in a form', () => {
  it.each([
    ['12.50', 'fr', '12,50'],
    ['12.50', 'en', '12.50'],
    ['1234.00', 'fr', '1234,00'],
    [null, 'fr', ''],
  ] as const)('shows %s in %s as "%s"', (amount, lang, shown) => {
    expect(amountForInput(amount, lang)).toBe(shown);
  });

  it.each([
    ['12,50', '12.50'],
    ['12.5', '12.50'],
    ['1 234,50', '1234.50'],
    ['1\u202f234,50', '1234.50'],
    [' 7 ', '7.00'],
    // Floats get these a few ulps under (19.99 * 100 = 1998.9999999999998): read as digits.
    ['19,99', '19.99'],
    ['0,29', '0.29'],
    ['4.35', '4.35'],
    ['1 234 567,89', '1234567.89'],
    ['0', null],
    ['', null],
    ['douze', null],
  ])('reads "%s" as %s', (typed, amount) => {
    expect(amountFromInput(typed)).toBe(amount);
  });

  it('gives back what it showed, in both languages: an untouched field changes nothing', () => {
    for (const lang of ['fr', 'en'] as const)
      expect(amountFromInput(amountForInput('23.40', lang))).toBe('23.40');
  });
});
