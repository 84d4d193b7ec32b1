import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const category = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('a thing said "a new …" is the thing (goods-said.ts)', () => {
  it.each([
    ['a new door mat, 18 euros', 'shopping'],
    ['a new shower head, 25 euros', 'shopping'],
  ])('reads « %s » as goods (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    // "one" names no thing; a known word keeps its own category.
    ['a new one, 5 euros', 'other'],
    ['a new tyre, 80 euros', 'transport'],
  ])('leaves « %s » as it was (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('oil is what it is for (lexicon-fr.ts)', () => {
  it.each([
    ["de l'huile pour la voiture, 12 €", 'transport'],
    ["un bidon d'huile pour la tondeuse, 10 €", 'housing'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    // Cooking oil, alone or named, and beside other food, stays food.
    ["de l'huile, 5 €", 'groceries'],
    ["huile d'olive, 9 €", 'groceries'],
    ["une bouteille d'huile de tournesol, 4 €", 'groceries'],
    ["de l'huile, du sel et du poivre, 9 €", 'groceries'],
  ])('leaves « %s » to food (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('shops said by their kind (lexicon-en.ts, lexicon-fr.ts)', () => {
  it.each([
    ['the charity shop, two jumpers, 10 euros', 'shopping'],
    ['wool at the haberdashery, 21 euros', 'shopping'],
    ['le marché aux puces, 12 €', 'shopping'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    // Money given to a charity, and food at the market, stay what they were.
    ['a donation to charity, 20 euros', 'gifts'],
    ['des légumes au marché, 12 €', 'groceries'],
  ])('leaves « %s » as it was (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe("a vehicle's fluids and parts are the vehicle's (lexicon-en.ts, lexicon-fr.ts)", () => {
  it.each([
    ['2 litres of engine oil, 24 euros', 'transport'],
    ['screenwash and coolant, 15 euros', 'transport'],
    ['du liquide de refroidissement, 14 €', 'transport'],
    ['le remplacement du pare-brise, 320 €', 'transport'],
    ['les freins du vélo, 30 €', 'transport'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    // Another liquid, and a clutch bag, are no car's.
    ['du liquide vaisselle, 3 €', 'groceries'],
    ['a clutch bag, 40 euros', 'shopping'],
  ])('leaves « %s » as it was (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('« pour la pêche » is fishing (lexicon-fr.ts)', () => {
  it('reads bait and flies for fishing as leisure', () => {
    expect(category('des appâts pour la pêche, 8 €')).toBe('leisure');
    expect(category('des mouches pour la pêche à la truite, 12 €')).toBe('leisure');
  });

  it('leaves the fruit to food', () => {
    expect(category('des pêches, 5 €')).toBe('groceries');
    expect(category('une pêche et deux abricots, 3 €')).toBe('groceries');
  });
});

describe("a home's hardware is the home's (lexicon-en.ts)", () => {
  it.each([
    ['screws and wall plugs, 6 euros', 'housing'],
    ['sandpaper and wood filler, 14 euros', 'housing'],
    ['a new door hinge, 6 euros', 'housing'],
    ['drill bits, 8 mm and 10 mm, 9 euros', 'housing'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    // A car's part and a thing for the kitchen stay theirs.
    ['a spare tyre, 60 euros', 'transport'],
    ['a new kettle, 30 euros', 'shopping'],
  ])('leaves « %s » as it was (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});
