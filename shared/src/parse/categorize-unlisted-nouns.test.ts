import { describe, expect, it } from 'vitest';
import { isEnglishOnlyWord } from './categorize.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import { tokenize } from './tokenize.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
const categoryOf = (text: string) => parse(text).expenses[0]?.category;

describe('a French noun no table lists', () => {
  it.each([
    // Said with « un », « une »: goods (goods-said.ts).
    ['une déchiqueteuse, 60 €', 'shopping'],
    ['une poussette, 250 €', 'shopping'],
    // The shop named (a brand, a hand word) says what it is.
    ['une déchiqueteuse chez Leroy Merlin, 60 €', 'housing'],
    ['un pyjama à la pharmacie, 20 €', 'health'],
  ])('« %s » is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('is spent abroad when paid in money of another country', () => {
    expect(parse('du rhum à Londres, 20 livres').expenses[0]).toMatchObject({
      category: 'travel',
      currency: 'GBP',
    });
  });

  it('is a category to ask about, less sure than a hand word', () => {
    const unlisted = parse('une déchiqueteuse, 60 €');
    const hand = parse('une perceuse, 60 €');
    expect(unlisted.expenses[0]?.categorySure).toBe(false);
    expect(hand.expenses[0]?.categorySure).toBe(true);
    expect(unlisted.confidence).toBeLessThan(hand.confidence);
  });

  it('leaves an English word WordNet knows English ("piano", "camera")', () => {
    for (const word of ['piano', 'camera', 'whisky']) expect(isEnglishOnlyWord(tokenize(word), 0)).toBe(true);
    // A word the French hand lexicon knows is no sign of English.
    expect(isEnglishOnlyWord(tokenize('pizza'), 0)).toBe(false);
  });
});
