/** Numbers written with digits, whole: value in hundredths, whether it is an integer, and which. */
import { describe, expect, it } from 'vitest';
import { readDigits } from './digits.ts';

const whole = (n: number) => ({ cents: n * 100, isInteger: true, int: n });
const decimal = (cents: number) => ({ cents, isInteger: false, int: null });

describe('readDigits', () => {
  it.each([
    ['0', whole(0)],
    ['12', whole(12)],
    ['007', whole(7)],
    ['999999999999', whole(999_999_999_999)],
    ['12,50', decimal(1250)],
    ['12.5', decimal(1250)],
    ['0,05', decimal(5)],
    ['1234567890,99', decimal(123_456_789_099)],
    // Three digits after the only separator: thousands.
    ['1.200', whole(1200)],
    ['1,200', whole(1200)],
    ['12,345', whole(12_345)],
    ['1,234,567', whole(1_234_567)],
    ['1.234.567', whole(1_234_567)],
    ['1 234', null],
    ['1.234,56', decimal(123_456)],
    ['1,234.56', decimal(123_456)],
    ['1.234,5', decimal(123_450)],
    ['1.234.567,89', decimal(123_456_789)],
    ['1,234,567.8', decimal(123_456_780)],
    ['1.234.567.890', whole(1_234_567_890)],
  ])('reads %j', (raw, expected) => {
    expect(readDigits(raw)).toEqual(expected);
  });

  it.each([
    ['9999999999999', 'thirteen digits'],
    ['12345678901,5', 'eleven digits before the decimals'],
    ['1,2345', 'four digits after the only separator'],
    ['1.234,567', 'three decimals after a thousands group'],
    ['1,234,56', 'the thousands separator for the decimals'],
    ['1.234.5', 'the thousands separator for the decimals'],
    ['1.234,567.8', 'two thousands separators'],
    ['1.2.3,4.5', 'no groups of three'],
    ['12.345.678.901', 'eleven digits in groups'],
    ['12.345.678.901,50', 'eleven digits in groups, with decimals'],
    ['1,23,456', 'a group of two'],
    ['.5', 'no units'],
    ['5.', 'no decimals after the separator'],
    ['1e3', 'an exponent'],
    ['', 'nothing'],
  ])('refuses %j (%s)', (raw) => {
    expect(readDigits(raw)).toBeNull();
  });
});
