import { describe, expect, it } from 'vitest';
import { isEnglishOnlyWord } from './categorize.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import { tokenize } from './tokenize.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
const categoryOf = (text: string) => parse(text).expenses[0]?.category;

describe('French nouns read through the FreeDict dictionary into WordNet', () => {
  it.each([
    ['une ponceuse, 60 €', 'shopping'],
    ['une poussette, 250 €', 'shopping'],
    ['le violon de ma fille, 300 €', 'leisure'],
    ['de la semoule et du thon, 9 €', 'groceries'],
    ['une bouillotte et de l’aspirine, 12 €', 'health'],
    ['du charbon, 15 €', 'utilities'],
  ])('« %s » is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // A shop named (a brand, a preset, a hand word) says more than a word the dictionary alone knows.
    ['une ponceuse chez Leroy Merlin, 60 €', 'housing'],
    ['un pyjama à la pharmacie, 20 €', 'health'],
  ])('lets the hand words, presets and brands win: « %s » is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('leaves money of another country to travel: such a word says less than where it was spent', () => {
    expect(parse('du rhum à Londres, 20 livres').expenses[0]).toMatchObject({
      category: 'travel',
      currency: 'GBP',
    });
    expect(categoryOf('du rhum, 18 €')).toBe('groceries');
  });

  it('is a category to ask about, less sure than a hand word', () => {
    const dictionary = parse('une ponceuse, 60 €');
    const hand = parse('une perceuse, 60 €');
    expect(dictionary.expenses[0]?.categorySure).toBe(false);
    expect(hand.expenses[0]?.categorySure).toBe(true);
    expect(dictionary.confidence).toBeLessThan(hand.confidence);
  });

  it('is a name when written with a capital inside a sentence', () => {
    expect(categoryOf('chez Tabouret, 30 €')).toBe('other');
    expect(categoryOf('un tabouret, 30 €')).toBe('housing');
  });

  it('leaves an English word WordNet knows English ("piano", "camera"), though the French table has it too', () => {
    for (const word of ['piano', 'camera', 'whisky']) expect(isEnglishOnlyWord(tokenize(word), 0)).toBe(true);
    // A word the French hand lexicon knows is no sign of English.
    expect(isEnglishOnlyWord(tokenize('pizza'), 0)).toBe(false);
  });
});

describe("the restaurant said by its cooking, from iD's cuisine labels", () => {
  it.each([
    ['des brochettes au japonais, 18 €', 'dining'],
    ['un bibimbap au coréen, 16 €', 'dining'],
    ["des raviolis à l'italien, 14 €", 'dining'],
    ['une assiette au péruvien, 19 €', 'dining'],
  ])('« %s » is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // The language, and the home country's cooking, name no restaurant.
    ['un cours de japonais, 20 €', 'education'],
  ])('« %s » stays %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});
