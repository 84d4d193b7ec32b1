import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { headPlural } from './phrase-inflections.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const category = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe("a French compound's plural is its head's", () => {
  it.each([
    [
      ['brosse', 'a', 'dents'],
      ['brosses', 'a', 'dents'],
    ],
    [
      ['sac', 'de', 'couchage'],
      ['sacs', 'de', 'couchage'],
    ],
    [
      ['sirop', "d'", 'erable'],
      ['sirops', "d'", 'erable'],
    ],
  ])('%j has the plural %j', (words, many) => {
    expect(headPlural(words)).toEqual(many);
  });

  it.each([
    // No link after the head, or nothing after the link, or a head already plural: no other form.
    [['gel', 'douche']],
    [['pommes', 'de', 'terre']],
    [['brosse', 'a']],
  ])('%j has no plural of its head', (words) => {
    expect(headPlural(words)).toBeNull();
  });

  it.each([
    // Were other: the lexicon held « brosse à dents » and « rouge à lèvres », the plural of their last word.
    ['deux brosses à dents, 8 €', 'shopping'],
    ['trois lots de 2 brosses à dents à 4 € le lot', 'shopping'],
    ['2 rouges à lèvres, 20 €', 'shopping'],
    // Look-alikes kept: a singular compound, a plural listed as said, a head named alone.
    ['une brosse à dents, 4 €', 'shopping'],
    ['des pommes de terre, 3 €', 'groceries'],
    ['deux billets de train, 80 €', 'transport'],
  ])('reads %j as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});
