import { describe, expect, it } from 'vitest';
import {
  CURRENCY_CODE,
  centsToDecimal,
  decimalToCents,
  MAX_CENTS,
  normalizeDecimal,
  signedCentsToDecimal,
  sumDecimals,
} from './money.ts';

describe('money', () => {
  it.each([
    ['23.40', 2340],
    ['23.4', 2340],
    ['23', 2300],
    ['0.05', 5],
    ['99999999.99', 9999999999],
    ['0', 0],
    [' 12.50 ', 1250],
    ['\t7.5\n', 750],
    ['007.05', 705],
  ])('reads %j as %i cents', (input, cents) => {
    expect(decimalToCents(input)).toBe(cents);
  });

  // Each of these is a few ulps under its value as a float (19.99 * 100 = 1998.9999999999998):
  // cents computed as Math.floor(Number(v) * 100) lose one. Read as digits, none does.
  it.each([
    ['0.29', 29],
    ['0.57', 57],
    ['1.15', 115],
    ['4.35', 435],
    ['8.20', 820],
    ['9.95', 995],
    ['19.99', 1999],
    ['33.30', 3330],
    ['1234567.89', 123456789],
  ])('reads %s, which floats get wrong, as exactly %i cents', (input, cents) => {
    expect(decimalToCents(input)).toBe(cents);
    expect(normalizeDecimal(input)).toBe(centsToDecimal(cents));
    expect(centsToDecimal(cents)).toBe(input.includes('.') ? input : `${input}.00`);
  });

  it('adds amounts floats get wrong to the exact cent', () => {
    expect(sumDecimals(['0.29', '1.15', '4.35', '19.99'])).toBe('25.78');
    expect(sumDecimals(['1234567.89', '0.29', '8.20'])).toBe('1234576.38');
  });

  // Amounts are decimals with two places in every currency: a yen amount is whole ("1999.00"),
  // and a dinar's third place (KWD, BHD, TND count in fils) is refused, never rounded away.
  it('reads whole yen as whole, and refuses a third decimal place instead of rounding it', () => {
    expect(decimalToCents('1999')).toBe(199_900);
    expect(decimalToCents('1234567')).toBe(123_456_700);
    expect(normalizeDecimal('1999')).toBe('1999.00');
    for (const fils of ['4.350', '19.999', '1234567.891', '0.005']) expect(decimalToCents(fils)).toBeNull();
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

  it('holds at most what numeric(10,2) holds', () => {
    expect(MAX_CENTS).toBe(9_999_999_999);
    expect(decimalToCents('99999999.99')).toBe(MAX_CENTS);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses to write %s cents', (cents) => {
    expect(() => centsToDecimal(cents)).toThrow(new RangeError(`invalid cents: ${cents}`));
  });

  it.each([
    [0, '0.00'],
    [7, '0.07'],
    [100, '1.00'],
    [199, '1.99'],
    [9_999_999_999, '99999999.99'],
    [12_345_678_901_234, '123456789012.34'],
  ])('writes %i cents as %s', (cents, decimal) => {
    expect(centsToDecimal(cents)).toBe(decimal);
  });

  it('normalises nothing that is not an amount', () => {
    expect(normalizeDecimal('abc')).toBeNull();
    expect(normalizeDecimal('1.234')).toBeNull();
    expect(normalizeDecimal(' 4.5 ')).toBe('4.50');
  });

  it('adds nothing to 0.00, and refuses to add what is not an amount', () => {
    expect(sumDecimals([])).toBe('0.00');
    expect(sumDecimals(['12.5'])).toBe('12.50');
    expect(() => sumDecimals(['1.00', 'x'])).toThrow(new RangeError('invalid amount: x'));
  });

  it.each([
    [-1240, '-12.40'],
    [-1, '-0.01'],
    [0, '0.00'],
    [5, '0.05'],
    [1240, '12.40'],
  ])('writes a difference of %i cents as %s', (cents, decimal) => {
    expect(signedCentsToDecimal(cents)).toBe(decimal);
  });

  it('takes three upper-case letters as a currency code, nothing else', () => {
    for (const code of ['EUR', 'JPY', 'KWD']) expect(CURRENCY_CODE.test(code)).toBe(true);
    for (const code of ['eur', 'EU', 'EURO', 'xEUR', 'EURx', 'E1R', ''])
      expect(CURRENCY_CODE.test(code)).toBe(false);
  });
});
