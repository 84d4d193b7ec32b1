import { describe, expect, it } from 'vitest';
import { readDigits } from './digits.ts';
import { readNumberWords } from './number-words.ts';
import { tokenize } from './tokenize.ts';
import type { Lang } from './types.ts';

const words = (text: string, lang: Lang) => readNumberWords(tokenize(text), 0, lang)?.value ?? null;

describe('French number words', () => {
  it.each([
    ['un', 1],
    ['douze', 12],
    ['dix-sept', 17],
    ['vingt et un', 21],
    ['vingt-deux', 22],
    ['soixante et onze', 71],
    ['soixante-dix-sept', 77],
    ['quatre-vingts', 80],
    ['quatre-vingt-un', 81],
    ['quatre-vingt-dix-neuf', 99],
    ['cent', 100],
    ['cent un', 101],
    ['deux cents', 200],
    ['trois cent quarante', 340],
    ['mille', 1000],
    ['mille deux cents', 1200],
    ['deux mille vingt-six', 2026],
    ['septante-cinq', 75],
    ['nonante', 90],
    ['un million', 1_000_000],
  ])('reads "%s" as %i', (text, value) => {
    expect(words(text, 'fr')).toBe(value);
  });

  it.each([
    ['douze cinquante', 12],
    ['vingt trente', 20],
    ['cinq six', 5],
    ['dix dix', 10],
  ])('stops "%s" where the number would become ill-formed (%i)', (text, value) => {
    expect(words(text, 'fr')).toBe(value);
  });

  it('does not read "grand" as a thousand in French', () => {
    expect(words('un grand café', 'fr')).toBe(1);
  });
});

describe('English number words', () => {
  it.each([
    ['twelve', 12],
    ['twenty-five', 25],
    ['ninety nine', 99],
    ['a hundred', 100],
    ['a hundred and twenty', 120],
    ['two hundred and fifty', 250],
    ['fifteen hundred', 1500],
    ['two thousand and five', 2005],
    ['three grand', 3000],
  ])('reads "%s" as %i', (text, value) => {
    expect(words(text, 'en')).toBe(value);
  });

  it.each([
    ['twelve fifty', 12],
    ['a coffee', null],
    ['and twenty', null],
  ])('reads "%s" as %s', (text, value) => {
    expect(words(text, 'en')).toBe(value);
  });
});

describe('numbers in digits', () => {
  it.each([
    ['12', 1200],
    ['12,50', 1250],
    ['12.5', 1250],
    ['0,99', 99],
    ['1.200', 120000],
    ['1,200', 120000],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1.234.567', 123456700],
  ])('reads %s as %i hundredths', (raw, cents) => {
    expect(readDigits(raw)?.cents).toBe(cents);
  });

  it.each(['1.2.3,4.5', '1,2345', '1.234,567', '9999999999999'])('refuses %s', (raw) => {
    expect(readDigits(raw)).toBeNull();
  });
});
