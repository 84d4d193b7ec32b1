import { describe, expect, it } from 'vitest';
import { derivedForms } from './category-forms.ts';
import { goodsOfTrade } from './category-word-roles.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('French words read by their role in the phrase (category-word-roles.ts)', () => {
  it.each([
    ['glacier', 'glace'],
    ['cremiere', 'creme'],
    ['laitier', 'lait'],
    ['volailler', 'volaille'],
    ['poissonnier', 'poisson'],
    ['chapelier', 'chapeau'],
    ['bijoutier', 'bijou'],
  ])('names the goods a trade in -ier or -er is named after: %s → %s', (trade, goods) => {
    expect(goodsOfTrade(trade)).toContain(goods);
  });

  it('reads a trade no table lists, after « chez », by its goods, unsure', () => {
    expect(first('chez le glacier, 6 €')).toMatchObject({ category: 'dining', categorySure: false });
    expect(first('chez le laitier, 5 €')).toMatchObject({ category: 'groceries', categorySure: false });
    // What was bought there says more than the trade.
    expect(first('chez le laitier, un tournevis, 7 €')?.category).toBe('housing');
  });

  it('leaves an object in -ier alone when it is not said as a trade', () => {
    // « un saladier » is a bowl, no seller of salad.
    expect(first('un saladier, 12 €')?.category).not.toBe('groceries');
  });

  it('reads an object named with « à » and the food it is for as a thing of the home', () => {
    expect(first('une tasse à café, 8 €')?.category).toBe('housing');
    expect(first('une cuillère à soupe, 2 €')?.category).toBe('housing');
    expect(first('une boîte à biscuits, 9 €')).toMatchObject({ category: 'housing', categorySure: true });
    expect(first('un pot à confiture, 3 €')?.category).toBe('housing');
  });

  it('keeps the food after « à » and an article, a food before « à », and a place where it was bought', () => {
    expect(first('une tarte à la rhubarbe, 12 €')?.category).toBe('groceries');
    expect(first('une pâte à pizza, 2 €')?.category).toBe('groceries');
    expect(first('un américain à la baraque à frites, 6 €')?.category).toBe('dining');
  });

  it('leaves a container for what is no food to the other rules', () => {
    expect(first('un sac à dos, 30 €')?.category).toBe('shopping');
    expect(first('une boîte à bijoux pour ma filleule, 22 €')?.category).toBe('gifts');
  });

  it('reads « salon » and what it shows as a fair, not the living room', () => {
    expect(first('le ticket pour le salon du livre, 8 €')?.category).toBe('leisure');
    expect(first("l'entrée au salon de l'habitat, 10 €")?.category).toBe('leisure');
    expect(first('le salon de thé, 12 €')?.category).toBe('dining');
    expect(first('un tapis pour le salon, 80 €')?.category).toBe('housing');
  });
});

describe('a dish bought at a shop (categorize.ts, category-frames.ts)', () => {
  it('derives the shop in -erie of goods ending on a consonant, and counts it a place', () => {
    expect(derivedForms('biscuit', true)).toContain('biscuiterie');
    expect(derivedForms('biscuits', true)).toContain('biscuiterie');
    expect(first('à la biscuiterie, 9 €')?.category).toBe('groceries');
  });

  it('reads a dish bought at a shop that sells food to cook as taken home', () => {
    expect(first('à la biscuiterie, des galettes bretonnes, 9 €')?.category).toBe('groceries');
    expect(first('des nems chez Grand Frais, 6 €')?.category).toBe('groceries');
    expect(first('la boutique de thé, du thé vert, 14 €')?.category).toBe('groceries');
    // Served where it was bought, it stays a meal out.
    expect(first('des galettes à la crêperie, 18 €')?.category).toBe('dining');
  });
});
