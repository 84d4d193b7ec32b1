import { describe, expect, it } from 'vitest';
import { agentOfEnglishService } from './category-forms.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a wine said by its colour after its bottle or glass is the wine (cats37)', () => {
  it.each([
    ['a bottle of red for the weekend, 11 euros', 'groceries'],
    ['une bouteille de blanc, 9 €', 'groceries'],
    ['une caisse de rosé, 40 €', 'groceries'],
    // Served where it was had, a meal's drink.
    ['un ballon de rouge au bistrot, 4 €', 'dining'],
    ['a glass of white at the wine bar, 7 euros', 'dining'],
    // "glasses of" a drink are the drink, not spectacles.
    ['two glasses of red at the pub, 14 euros', 'dining'],
    ['two glasses of wine at the pub, 14 euros', 'dining'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // A colour of paint, flowers, glasses worn or bought to drink from stay what they are.
    ['a tin of white paint, 30 euros', 'housing'],
    ['un bouquet de roses, 25 €', 'gifts'],
    ['a pair of glasses, 140 euros', 'health'],
    ['wine glasses, 20 euros', 'shopping'],
  ])('« %s » stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('who does an English service of two words is named by it (cats37)', () => {
  it.each([
    [['gutter', 'cleaning'], 'gutter cleaner'],
    [['dog', 'walking'], 'dog walker'],
    [['pest', 'control'], 'pest controller'],
    [['tree', 'surgery'], null],
  ])('%j → %s', (words, doer) => {
    expect(agentOfEnglishService(words)).toBe(doer);
  });

  it.each([
    ['the gutter cleaner, 90 euros', 'housing'],
    ['the pest controller came, 90 euros', 'housing'],
    ['the decorator for the hall, 600 euros', 'housing'],
    ['the hygienist, 60 euros', 'health'],
    ["l'étancheur pour le toit, 900 €", 'housing'],
    ['the Scouts camp fees, 40 euros', 'leisure'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // The cleaner alone is the one who cleans a home or an office; a vacuum cleaner is a thing bought.
    ['the cleaner, 40 euros', ['other', 'housing']],
    ['a vacuum cleaner, 150 euros', ['shopping', 'housing']],
  ])('« %s » stays a cleaner', (text, accepted) => {
    expect(accepted).toContain(first(text)?.category);
  });
});

describe('an architect paid by a household draws its home (cats37, the open data’s office=architect)', () => {
  it.each([
    ["l'architecte pour les plans du garage, 1200 €", 'housing'],
    ["un cabinet d'architecte, 900 €", 'housing'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a food shop’s word after a bare « de » is its food, no place (cats37)', () => {
  it.each([
    // Served where it was had: a meal.
    ['une assiette de charcuterie au bar, 14 €', 'dining'],
    // Its food bought, or the shop where it was (« de la »), stay groceries.
    ['une assiette de charcuterie, 14 €', 'groceries'],
    ['du jambon de la charcuterie, 8 €', 'groceries'],
    ['un colis de boucherie, 60 €', 'groceries'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
