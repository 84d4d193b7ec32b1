import { describe, expect, it } from 'vitest';
import { currencyOfLocale } from './locale-currency.ts';

describe('currencyOfLocale (the first run’s default currency)', () => {
  it.each([
    ['en-US', 'USD'],
    ['en-GB', 'GBP'],
    ['fr-FR', 'EUR'],
    ['fr-BE', 'EUR'],
    ['de-DE', 'EUR'],
    ['fr-CH', 'CHF'],
    ['de-CH', 'CHF'],
    ['fr-CA', 'CAD'],
    ['fr', 'EUR'],
    ['en', 'USD'],
    ['fr-SN', 'XOF'],
    ['ar-MA', 'MAD'],
    ['pt-BR', null],
    ['not a locale', null],
    [undefined, null],
  ] as const)('reads %s as %s', (tag, currency) => {
    expect(currencyOfLocale(tag)).toBe(currency);
  });
});
