import { describe, expect, it } from 'vitest';
import { centsToDecimal, decimalToCents, normalizeDecimal, sumDecimals } from './money.ts';

describe('money', () => {
  it.each([
    ['23.40', 2340],
    ['23.4', 2340],
    ['23', 2300],
    ['0.05', 5],
    ['99999999.99', 9999999999],
  ])('reads %s as %i cents', (input, cents) => {
    expect(decimalToCents(input)).toBe(cents);
  });

  it.each(['-1', '1.234', 'abc', '', '1e3', 'NaN', 'Infinity', '123456789.00', '1,50'])(
    'refuses %j',
    (input) => {
      expect(decimalToCents(input)).toBeNull();
    },
  );

  it('writes cents with two places', () => {
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(2340)).toBe('23.40');
    expect(normalizeDecimal('7')).toBe('7.00');
  });

  it('adds without float drift', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(Array(1000).fill('0.01'))).toBe('10.00');
  });
});
