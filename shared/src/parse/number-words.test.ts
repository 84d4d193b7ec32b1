import { describe, expect, it } from 'vitest';
import { readDigits } from './digits.ts';
import { numberWord, readNumberWords } from './number-words.ts';
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

describe('readNumberWords: where a number ends, and which words belong to a language', () => {
  const read = (text: string, lang: Lang, at = 0) => {
    const n = readNumberWords(tokenize(text), at, lang);
    return n ? `${n.value} →${n.end} (${n.words})` : null;
  };

  it.each([
    ['vingt et un euros', 'fr', '21 →3 (3)'],
    ['quatre-vingt et un', 'fr', '81 →4 (4)'],
    ['vingt et deux', 'fr', '20 →1 (1)'],
    ['cent et un', 'fr', '100 →1 (1)'],
    ['trente et une', 'fr', '31 →3 (3)'],
    ['vingt zéro', 'fr', '20 →1 (1)'],
    ['zéro', 'fr', '0 →1 (1)'],
    ['dix six', 'fr', '10 →1 (1)'],
    ['trente dix-sept', 'fr', '30 →1 (1)'],
    ['soixante onze', 'fr', '71 →2 (2)'],
    ['vingt onze', 'fr', '20 →1 (1)'],
    ['cinq vingt', 'fr', '5 →1 (1)'],
    ['cent vingt', 'fr', '120 →2 (2)'],
    ['mille vingt', 'fr', '1020 →2 (2)'],
    ['vingt cent', 'fr', '20 →1 (1)'],
    ['deux cent cent', 'fr', '200 →2 (2)'],
    ['dix-sept cents', 'fr', '1700 →3 (3)'],
    ['mille mille', 'fr', '1000 →1 (1)'],
    ['un million deux mille', 'fr', '1002000 →4 (4)'],
    ['deux mille et un', 'fr', '2000 →2 (2)'],
    ['quatre-vingt-dix-sept', 'fr', '97 →4 (4)'],
    ['soixante-dix', 'fr', '70 →2 (2)'],
    ['quatre-vingt-six', 'fr', '86 →3 (3)'],
    ['quatre-vingt-dix-six', 'fr', '90 →3 (3)'],
    ['one hundred and five', 'en', '105 →4 (4)'],
    ['twenty and five', 'en', '20 →1 (1)'],
    ['a thousand and eleven', 'en', '1011 →4 (4)'],
    ['a thousand and', 'en', '1000 →2 (2)'],
    ['a hundred and a thousand', 'en', '100 →2 (2)'],
    ['an hundred', 'en', '100 →2 (2)'],
    ['a dozen', 'en', null],
    ['a', 'en', null],
    ['thousand', 'en', '1000 →1 (1)'],
    ['two thousand three hundred', 'en', '2300 →4 (4)'],
    ['two million three thousand', 'en', '2003000 →4 (4)'],
    ['three thousand two thousand', 'en', '3002 →3 (3)'],
    ['à cent', 'fr', null],
    ['vingt and un', 'fr', '20 →1 (1)'],
    ['vingt et', 'fr', '20 →1 (1)'],
    ['vingt-deux et un', 'fr', '22 →2 (2)'],
    ['onze sept', 'fr', '11 →1 (1)'],
    ['cent zéro', 'fr', '100 →1 (1)'],
    ['zéro onze', 'fr', '0 →1 (1)'],
    ['cent onze', 'fr', '111 →2 (2)'],
    ['mille onze', 'fr', '1011 →2 (2)'],
    ['vingt-quatre vingt', 'fr', '24 →2 (2)'],
    ['quatre trente', 'fr', '4 →1 (1)'],
    ['cent deux cents', 'fr', '102 →2 (2)'],
  ] as const)('reads %j (%s) as %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });

  it('reads at the word it is given', () => {
    expect(read('pour vingt et un euros', 'fr', 1)).toBe('21 →4 (3)');
    expect(read('vingt', 'fr', 1)).toBeNull();
  });

  it('keeps words that mean a number in one language only to it', () => {
    expect(numberWord('grand', 'fr')).toBeUndefined();
    expect(numberWord('grand', 'en')).toEqual({ value: 1000, kind: 'scale' });
    for (const word of ['cent', 'cents', 'un', 'une', 'mil']) expect(numberWord(word, 'en')).toBeUndefined();
    expect(numberWord('cent', 'fr')).toMatchObject({ value: 100 });
    expect(numberWord('un', 'fr')).toMatchObject({ value: 1 });
  });

  it('understands the other language’s numbers as well (people mix them)', () => {
    expect(numberWord('twelve', 'fr')).toMatchObject({ value: 12 });
    expect(numberWord('douze', 'en')).toMatchObject({ value: 12 });
    expect(numberWord('café', 'fr')).toBeUndefined();
    expect(numberWord('coffee', 'en')).toBeUndefined();
  });
});
