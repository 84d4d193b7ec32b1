import { describe, expect, it } from 'vitest';
import { isCurrencyWord } from './currencies.ts';
import { type Lang, mergeNumberWords } from './numbers.ts';
import { tokenize } from './text.ts';

const read = (text: string, lang: Lang = 'fr') =>
  mergeNumberWords(tokenize(text), lang, isCurrencyWord)
    .filter((t) => t.kind === 'num')
    .map((t) => (t.cents ?? 0) / 100);

describe('numbers in words and digits', () => {
  it.each([
    ['douze', [12]],
    ['vingt-deux', [22]],
    ['soixante et onze', [71]],
    ['soixante-dix-sept', [77]],
    ['quatre-vingts', [80]],
    ['quatre-vingt-dix-neuf', [99]],
    ['deux cent quarante', [240]],
    ['mille deux cents', [1200]],
    ['trois mille cinq cents', [3500]],
    ['un million', [1_000_000]],
    ['douze cinquante', [12, 50]],
    ['un café', []],
  ])('reads French %j as %j', (text, values) => {
    expect(read(text)).toEqual(values);
  });

  it.each([
    ['twenty-one', [21]],
    ['two hundred and forty', [240]],
    ['a hundred', [100]],
    ['one thousand two hundred', [1200]],
    ['twelve fifty', [12, 50]],
    ['fifty cents', [50]],
    ['a coffee', []],
  ])('reads English %j as %j', (text, values) => {
    expect(read(text, 'en')).toEqual(values);
  });

  it.each([
    ['12,50', [12.5]],
    ['12.50', [12.5]],
    ['1 500', [1500]],
    ['1.200,50', [1200.5]],
    ['1,200.50', [1200.5]],
    ['1.350', [1350]],
    ['2.8', [2.8]],
    ['3k', [3]],
  ])('reads digits %j as %j', (text, values) => {
    expect(read(text)).toEqual(values);
  });

  it('marks a k multiplier on the number', () => {
    const [t] = tokenize('2,5k');
    expect(t).toMatchObject({ kind: 'num', cents: 250, kilo: true });
  });
});
