/** The amount reader on its own, over tokens: the number said, its currency, and where it ends. */
import { describe, expect, it } from 'vitest';
import { readAmount } from './read-amount.ts';
import { tokenize } from './tokenize.ts';
import type { Lang } from './types.ts';

/**
 * What readAmount reads at word `at`: "cents currency →end", then the integer said (int), the
 * other readings (alt), "implied" for cents heard without a currency, and where the currency word
 * after the number starts (cur).
 */
function read(text: string, lang: Lang = 'fr', at = 0): string | null {
  const a = readAmount(tokenize(text), at, lang);
  if (!a) return null;
  expect(a.start).toBe(at);
  const currency = a.currency ? `${a.currency.code ?? 'money'}${a.currency.minor ? ' minor' : ''}` : '-';
  const extra = [
    a.int !== null && `int:${a.int}`,
    a.alt.length > 0 && `alt:${a.alt.join(',')}`,
    a.impliedCents && 'implied',
    a.currencyAt >= 0 && `cur:${a.currencyAt}`,
  ].filter(Boolean);
  return `${a.cents} ${currency} →${a.end}${extra.length ? ` ${extra.join(' ')}` : ''}`;
}

describe('readAmount: digits', () => {
  it.each([
    ['12', '1200 - →1 int:12'],
    ['12,50 €', '1250 EUR →2 cur:1'],
    ['12.5 euros', '1250 EUR →2 cur:1'],
    ['1 200 € de loyer', '120000 EUR →3 int:1200 cur:2'],
    ['1\u202f200 €', '120000 EUR →3 int:1200 cur:2'],
    ['1 200 300 €', '120030000 EUR →4 int:1200300 cur:3'],
    ['1 200,50 €', '120050 EUR →3 cur:2'],
    // Two spaces, a group of four digits, a group after decimals: not one number.
    ['1  200 €', '100 - →1 int:1'],
    ['1 2000 €', '100 - →1 int:1'],
    ['1 200,50 300', '120050 - →2'],
    ['1234 567 €', '123400 - →1 int:1234'],
    ['12 50', '1200 - →1 int:12'],
    ['3k', '300000 - →2 int:3000'],
    ['3 k de travaux', '300000 - →2 int:3000'],
    ['2,5k', '250000 - →2'],
    ['9999999999999 €', null],
    ['12 345 €', '1234500 EUR →3 int:12345 cur:2'],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('readAmount: a currency before the number', () => {
  it.each([
    ['€12', '1200 EUR →2 int:12'],
    ['€ 12,50', '1250 EUR →2'],
    ['$15', '1500 USD →2 int:15'],
    ['EUR 40 chez Monoprix', '4000 EUR →2 int:40'],
    ['US$ 20', '2000 USD →3 int:20'],
    ['€ café', null],
    ['€ douze', null],
    ['euros 12', null],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('readAmount: words', () => {
  it.each([
    ['douze euros', '1200 EUR →2 int:12 cur:1'],
    ['vingt balles', '2000 money →2 int:20 cur:1'],
    ["un million d'euros", '100000000 EUR →4 int:1000000 cur:3'],
    ['deux millions de dollars', '200000000 USD →4 int:2000000 cur:3'],
    ['mille de plus', '100000 - →1 int:1000'],
    ['cinquante centimes', '50 money minor →2 cur:1'],
    ['50 cents', '50 money minor →2 cur:1'],
    ['3 pence', '3 GBP minor →2 cur:1'],
    ['100000 centimes', null],
    ['99999 centimes', '99999 money minor →2 cur:1'],
    ['12,50 centimes', null],
    ['trois k', '300 - →1 int:3'],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('reads "un"/"une" before a word as an article, not one, unless money follows', () => {
    expect(read('un café')).toBeNull();
    expect(read('une baguette')).toBeNull();
    expect(read('un euro')).toBe('100 EUR →2 int:1 cur:1');
    expect(read('un livre')).toBeNull();
    expect(read('une livre')).toBeNull();
    expect(read('deux livres')).toBe('200 GBP →2 int:2 cur:1');
    expect(read('1 livre')).toBe('100 GBP →2 int:1 cur:1');
  });
});

describe('readAmount: cents after the currency', () => {
  it.each([
    ['douze euros cinquante', '1250 EUR →3 alt:1200,5000 cur:1'],
    ['12 euros 40', '1240 EUR →3 alt:1200,4000 cur:1'],
    ['12 euros 40.', '1240 EUR →3 alt:1200,4000 cur:1'],
    ['12 euros 40 au resto', '1240 EUR →3 alt:1200,4000 cur:1'],
    ['23 euros 40 hier soir', '2340 EUR →3 alt:2300,4000 cur:1'],
    ['deux euros et cinquante centimes', '250 EUR →5 alt:200,5000 cur:1'],
    ['deux euros cinquante centimes', '250 EUR →4 alt:200,5000 cur:1'],
    ['12 euros 5 centimes', '1205 EUR →4 alt:1200,500 cur:1'],
    ['douze euros et demi', '1250 EUR →4 alt:1200,5000 cur:1'],
    ['douze euros et demie', '1250 EUR →4 alt:1200,5000 cur:1'],
    ['twelve dollars and a half', '1250 USD →5 alt:1200,5000 cur:1'],
    ['twelve dollars and fifty cents', '1250 USD →5 alt:1200,5000 cur:1'],
    ['12 euros 99', '1299 EUR →3 alt:1200,9900 cur:1'],
    ['12 euros 1', '1201 EUR →3 alt:1200,100 cur:1'],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text, text.startsWith('twelve') ? 'en' : 'fr')).toBe(expected);
  });

  it.each([
    ['twelve dollars and a quarter', '1200 USD →2 int:12 cur:1'],
    ['twelve dollars or a half', '1200 USD →2 int:12 cur:1'],
    ['twelve dollars and the half', '1200 USD →2 int:12 cur:1'],
    ['twelve dollars and', '1200 USD →2 int:12 cur:1'],
    ['twelve dollars and a', '1200 USD →2 int:12 cur:1'],
  ])('reads no half in %j: %s', (text, expected) => {
    expect(read(text, 'en')).toBe(expected);
  });

  it.each([
    // A quantity, a measure, another currency, a joined number before a thing with no "centimes": not cents.
    ['20 euros deux cafés', '2000 EUR →2 int:20 cur:1'],
    ['10 euros 3 fois', '1000 EUR →2 int:10 cur:1'],
    ['12 euros et 40 pour le pain', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 40 dollars', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 150', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 0', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 5,5', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 100 au resto', '1200 EUR →2 int:12 cur:1'],
    ['12,50 euros 40', '1250 EUR →2 cur:1'],
    ['12 euros et le reste', '1200 EUR →2 int:12 cur:1'],
    ['12 euros et', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 40 €', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 0 centimes', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 100 centimes', '1200 EUR →2 int:12 cur:1'],
    ['douze euros zéro', '1200 EUR →2 int:12 cur:1'],
    ['douze euros cent', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 050', '1200 EUR →2 int:12 cur:1'],
    ['douze de euros', '1200 - →1 int:12'],
    ['12 euros, demi', '1200 EUR →2 int:12 cur:1'],
    ['12 euros et demis', '1200 EUR →2 int:12 cur:1'],
    // A percentage, or a figure that starts a date, after the cents.
    ['12 euros 40 pour cent', '1200 EUR →2 int:12 cur:1'],
    ['12 euros 40 %', '1200 EUR →2 int:12 cur:1'],
    ['23 euros 40 15 mars', '2300 EUR →2 int:23 cur:1'],
  ])('does not read cents in %j: %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // "one" alone after the money is the thing bought ("a 20 dollar one"), not a cent.
    ['20 dollar one', '2000 USD →2 int:20 cur:1'],
    ['35 euro one at the market', '3500 EUR →2 int:35 cur:1'],
    ['twelve dollars one', '1200 USD →2 int:12 cur:1'],
    // A cent said as one still is one with its word, and other numbers stay cents.
    ['twelve dollars and one cent', '1201 USD →5 alt:1200,100 cur:1'],
    ['twelve dollars fifty at the bakery', '1250 USD →3 alt:1200,5000 cur:1'],
  ])('reads %j in English as %s', (text, expected) => {
    expect(read(text, 'en')).toBe(expected);
  });
});

describe('readAmount: cents implied by two spoken numbers', () => {
  it.each([
    ['douze cinquante', '1250 - →2 alt:1200,5000 implied', 'fr'],
    ['twelve fifty', '1250 - →2 alt:1200,5000 implied', 'en'],
    ['one fifty', '150 - →2 alt:100,5000 implied', 'en'],
    ['neuf soixante-quinze', '975 - →3 alt:900,7500 implied', 'fr'],
    // French cents from 80 up start with four: "quatre-vingt-dix" (not "quatre" alone, below).
    ['neuf quatre-vingt-dix', '990 - →4 alt:900,9000 implied', 'fr'],
    ['dix-neuf quatre-vingt-dix-neuf', '1999 - →6 alt:1900,9900 implied', 'fr'],
    ['neuf cent quatre-vingt-dix-neuf trente', '99930 - →7 alt:99900,3000 implied', 'fr'],
    ['douze dix-neuf', '1219 - →3 alt:1200,1900 implied', 'fr'],
    ['douze dix', '1210 - →2 alt:1200,1000 implied', 'fr'],
    ['twelve ninety-nine', '1299 - →3 alt:1200,9900 implied', 'en'],
  ] as const)('reads %j as %s', (text, expected, lang) => {
    expect(read(text, lang)).toBe(expected);
  });

  it.each([
    ['mille cinquante', '105000 - →2 int:1050', 'fr'],
    ['douze trois', '1200 - →1 int:12', 'fr'],
    ['douze quatre', '1200 - →1 int:12', 'fr'],
    ['douze cinquante euros', '1200 - →1 int:12', 'fr'],
    ['douze cinquante minutes', '1200 - →1 int:12', 'fr'],
    ['12 50', '1200 - →1 int:12', 'fr'],
    ['zéro cinquante', '0 - →1 int:0', 'fr'],
    ['douze cent', '120000 - →2 int:1200', 'fr'],
    ['douze', '1200 - →1 int:12', 'fr'],
    ['12 cinquante', '1200 - →1 int:12', 'fr'],
    ['douze cinquante mille', '1200 - →1 int:12', 'fr'],
    ['a hundred fifty', '15000 - →3 int:150', 'en'],
  ] as const)('reads no implied cents in %j: %s', (text, expected, lang) => {
    expect(read(text, lang)).toBe(expected);
  });
});

describe('readAmount: banknotes by their nicknames', () => {
  it.each([
    ['tenner', '1000 - →1 int:10'],
    ['fiver', '500 - →1 int:5'],
    ['twenty quid', '2000 GBP →2 int:20 cur:1'],
    ['fiver pounds', '500 GBP →2 int:5 cur:1'],
    // A note is said in words: no "k" after it, but cents may follow as after "twelve".
    ['tenner k', '1000 - →1 int:10'],
    ['tenner fifty', '1050 - →2 alt:1000,5000 implied'],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text, 'en')).toBe(expected);
  });

  it('reads the note after its article, not the article', () => {
    expect(read('a tenner', 'en')).toBeNull();
    expect(read('a tenner', 'en', 1)).toBe('1000 - →2 int:10');
  });
});

describe('readAmount: decimals said aloud', () => {
  it.each([
    ['quarante-huit virgule cinquante', '4850 - →4', 'fr'],
    ['douze virgule 50', '1250 - →3', 'fr'],
    ['douze virgule 99', '1299 - →3', 'fr'],
    ['douze virgule quatre-vingt-dix-neuf', '1299 - →6', 'fr'],
    ['douze virgule dix', '1210 - →3', 'fr'],
    // One figure after the point is tenths, unless a zero was said first.
    ['douze virgule 5', '1250 - →3', 'fr'],
    ['douze point cinq', '1250 - →3', 'fr'],
    ['forty-two point five', '4250 - →4', 'en'],
    ['douze virgule zéro cinq', '1205 - →4', 'fr'],
    ['douze virgule zéro 5', '1205 - →4', 'fr'],
    ['twelve point oh five', '1205 - →4', 'en'],
    ['twelve point nine nine', '1290 - →3', 'en'],
    // The currency after the decimals, and the cents-free figure of "mille deux" kept.
    ['douze virgule 5 euros', '1250 EUR →4 cur:3', 'fr'],
    ['twelve point five quid', '1250 GBP →4 cur:3', 'en'],
    ['mille deux virgule cinq', '120050 - →4', 'fr'],
    ['3 virgule 5 k', '350000 - →4', 'fr'],
  ] as const)('reads %j as %s', (text, expected, lang) => {
    expect(read(text, lang)).toBe(expected);
  });

  it.each([
    // Nothing readable after the point, more than two figures, or decimals already written.
    ['douze virgule', '1200 - →1 int:12', 'fr'],
    ['douze virgule zéro', '1200 - →1 int:12', 'fr'],
    ['douze virgule cent', '1200 - →1 int:12', 'fr'],
    ['douze virgule 150', '1200 - →1 int:12', 'fr'],
    ['douze virgule 1,5', '1200 - →1 int:12', 'fr'],
    ['12,5 virgule 5', '1250 - →1', 'fr'],
    // Only the words themselves: not a word that begins or ends like "point" or "oh".
    ['douze points cinq', '1200 - →1 int:12', 'fr'],
    ['douze appoint cinq', '1200 - →1 int:12', 'fr'],
    ['twelve point ohs five', '1200 - →1 int:12', 'en'],
    ['twelve point ooh five', '1200 - →1 int:12', 'en'],
  ] as const)('reads no decimals in %j: %s', (text, expected, lang) => {
    expect(read(text, lang)).toBe(expected);
  });
});

describe('readAmount: a thousand then a unit, said as a price', () => {
  it.each([
    ['mille deux', '120000 - →2 int:1200', 'fr'],
    ['mille deux pour le frigo', '120000 - →2 int:1200', 'fr'],
    ['mille un', '110000 - →2 int:1100', 'fr'],
    ['deux mille cinq', '250000 - →3 int:2500', 'fr'],
    // Said with its currency, or in English, or with a ten or hundreds: the number as said.
    ['mille deux euros', '100200 EUR →3 int:1002 cur:2', 'fr'],
    ['thousand two', '100200 - →2 int:1002', 'en'],
    ['mille deux', '100200 - →2 int:1002', 'en'],
    ['mille vingt', '102000 - →2 int:1020', 'fr'],
    ['mille deux cents', '120000 - →3 int:1200', 'fr'],
    ['deux mille', '200000 - →2 int:2000', 'fr'],
    ['vingt deux', '2200 - →2 int:22', 'fr'],
    ['cent deux', '10200 - →2 int:102', 'fr'],
  ] as const)('reads %j as %s', (text, expected, lang) => {
    expect(read(text, lang)).toBe(expected);
  });
});

describe('readAmount: money that is also a thing counted', () => {
  it.each([
    ['deux boules', '200 money →2 int:2 cur:1'],
    ['deux boules des', '200 money →2 int:2 cur:1'],
    ['deux boules demain', '200 money →2 int:2 cur:1'],
    ['deux boules de glace', '200 - →1 int:2'],
    ["deux boules d'essence", '200 - →1 int:2'],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('readAmount: what is no amount', () => {
  it.each(['café', ',', '€', '%'])('reads nothing at %j', (text) => {
    expect(read(text)).toBeNull();
  });

  it('reads at the word it is given', () => {
    expect(read('pain 12 euros', 'fr', 1)).toBe('1200 EUR →3 int:12 cur:2');
    expect(read('pain', 'fr', 1)).toBeNull();
  });
});
