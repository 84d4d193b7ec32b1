import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a word said clipped, an object for food, an occasion of nobody named (cats24)', () => {
  it.each([
    // category-clipped.ts: a clipping read as the one category of the words it starts.
    ["le covoit' jusqu'à Nantes, 22 €", 'transport'],
    ['un covoit pour Bordeaux, 30 €', 'transport'],
    // category-things-for-food.ts: an unknown thing for a food or a meal is an object, vaguely.
    ['une housse pour le couscoussier, 12 €', 'shopping'],
    ['a lunchbox for the sandwiches, 9 euros', 'shopping'],
    ['a tin for the biscuits, 6 euros', 'shopping'],
    // category-purposes.ts: an occasion with a bare article is the speaker's outing, not a present.
    ['a dress for the wedding, 140 euros', 'shopping'],
    ['une chemise pour le mariage, 45 €', 'shopping'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // A word the lexicons hold inside a phrase is whole (« garni » of « panier garni »), and a word
    // a trade is made from (« bouquin », « bouquiniste ») is no clipping of the trade.
    ['un panier garni pour mes beaux-parents, 51 €', 'gifts'],
    ['un bouquin, 11 €', 'shopping'],
    // Money said as a noun, a person with a possessive, food by the plural: no object for food.
    ['a fiver for a hot dog at the match', 'dining'],
    ['des cougnous pour le petit-déjeuner, 6 €', 'groceries'],
    // Whose occasion it is, said after it, still makes a present.
    ['un vase pour le mariage de Julien, 60 €', 'gifts'],
    ["a bottle of prosecco for Mel's promotion, 39 euros", 'gifts'],
  ])('leaves « %s » as %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
