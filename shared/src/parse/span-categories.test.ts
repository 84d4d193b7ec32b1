import { describe, expect, it } from 'vitest';
import { findCategory } from './categorize.ts';
import { spanCategories } from './span-categories.ts';
import { tokenize } from './tokenize.ts';

describe('spanCategories', () => {
  const tokens = tokenize('un café et une baguette à la boulangerie');
  const roles = tokens.map(() => true);
  const isWord = (i: number) => roles[i] === true;

  it('answers what findCategory reads, for every span, asked once or twice', () => {
    const spans = spanCategories(tokens, 'fr', isWord, undefined);
    for (let round = 0; round < 2; round++)
      for (let from = 0; from < tokens.length; from++)
        for (let to = from; to <= tokens.length; to++)
          expect(spans.keywordIn(from, to)).toEqual(findCategory(tokens, from, to, 'fr', isWord));
  });

  it('tells a word that names a category from one that does not', () => {
    const spans = spanCategories(tokens, 'fr', isWord, undefined);
    expect(tokens.map((_, i) => spans.isKeyword(i))).toEqual(
      tokens.map((_, i) => findCategory(tokens, i, i + 1, 'fr', isWord) !== null),
    );
    expect(spans.isKeyword(1)).toBe(true); // café
    expect(spans.isKeyword(2)).toBe(false); // et
  });

  it('reads again once told the words have changed', () => {
    const spans = spanCategories(tokens, 'fr', isWord, undefined);
    expect(spans.isKeyword(1)).toBe(true);
    expect(spans.keywordIn(1, 2)).not.toBeNull();
    roles[1] = false; // « café » taken as an amount's word from now on
    spans.forget();
    expect(spans.isKeyword(1)).toBe(false);
    expect(spans.keywordIn(1, 2)).toBeNull();
    roles[1] = true;
  });

  it('puts a word the person taught before the lexicons', () => {
    const spans = spanCategories(tokens, 'fr', isWord, [{ phrase: 'cafés', category: 'health' }]);
    expect(spans.keywordIn(0, tokens.length)?.category).toBe('health');
    expect(spans.keywordIn(3, tokens.length)?.category).not.toBe('health');
  });
});
