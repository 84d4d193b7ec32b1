import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const categoryOf = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('English nouns from WordNet', () => {
  it.each([
    ['a toaster, 30 euros', 'shopping'],
    ['a sewing machine, 150 euros', 'shopping'],
    ['a dishwasher, 500 euros', 'shopping'],
    ['a violin for my daughter, 300 euros', 'leisure'],
    ['a jigsaw puzzle, 20 euros', 'leisure'],
    ['firewood, 150 euros', 'utilities'],
    ['heating oil, 600 euros', 'utilities'],
    ['a pram, 300 euros', 'shopping'],
    ['a new car battery and windshield wipers, 140 euros', 'transport'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // Two listed senses, only one of them ever tagged in WordNet's corpus: the pot, not the drum.
    ['a kettle, 30 euros', 'shopping'],
    ['an electric kettle, 37 euros', 'shopping'],
    ['a spoon rest, 6 euros', 'shopping'],
    // Appliances that are no home appliance in WordNet (a dryer, a humidifier).
    ['a hair dryer, 44 euros', 'shopping'],
    ['a dehumidifier for the cellar, 160 euros', 'shopping'],
    // Instruments three levels under "musical instrument" (uke < guitar < stringed instrument).
    ['a ukulele, 59 euros', 'leisure'],
    ['a mandolin, 120 euros', 'leisure'],
  ])('reaches "%s" through the wider WordNet table (%s)', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('keeps gloves out of sport although the corpus tags "glove" as the baseball glove', () => {
    expect(categoryOf('a pair of winter gloves, 15 euros')).not.toBe('leisure');
  });

  it.each([
    // Plurals in -ches, -shes, -sses and -ies, beside the plain -s.
    ['crutches, 35 euros', 'health'],
    ['hiking boots, 130 euros', 'shopping'],
    ['light bulbs, 10 euros', 'housing'],
  ])('reads "%s", a note of English nouns alone, as English (%s)', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ['ramoneur 80 €', 'housing'],
    ['bowling 18 €', 'leisure'],
  ])('still reads "%s", a French note of nouns alone, as French (%s)', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ['Paid Apple 200 euros', 'other'],
    // Goods said bare (goods-said.ts), never the fruit.
    ['earbuds from Apple, 200 euros', 'shopping'],
  ])(
    'takes no common noun written with a capital inside a sentence for the thing: "%s" is %s',
    (text, category) => {
      expect(categoryOf(text)).toBe(category);
    },
  );
});

describe('a WordNet name that opens on a verb', () => {
  it('is no name in a note that orders: "pay phone bill" is the phone bill', () => {
    expect(categoryOf('pay phone bill, 30 euros')).toBe('utilities');
  });
});

describe('the head of an English compound', () => {
  it.each([
    ['coffee beans, 13 euros', 'groceries'],
    ['a pizza oven, 300 euros', 'shopping'],
    // A sport's class is leisure, as the French « cours de yoga ».
    ['yoga class, 18 euros', 'leisure'],
    // What is for school is education.
    ['school uniform, 40 euros', 'education'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a brand that is a common noun of WordNet', () => {
  it.each([
    // A kitchen maker, an optician, a shop: their names written small are the things.
    ['un magnet, 5 €', 'housing'],
    ['un iris, 4 €', 'health'],
    ['du paprika, 3 €', 'shopping'],
  ])('is no brand written small: "%s" is not %s', (text, brandCategory) => {
    expect(categoryOf(text)).not.toBe(brandCategory);
  });

  it('is the brand written as one', () => {
    expect(categoryOf('acompte chez Magnet, 500 €')).toBe('housing');
    expect(categoryOf('acompte chez magnet, 500 €')).not.toBe('housing');
  });
});

describe('food where it is served', () => {
  it.each([
    ['a steak at the restaurant, 25 euros', 'dining'],
    ['a pie at the pub, 8 euros', 'dining'],
    ['cheese at the farmers market, 15 euros', 'groceries'],
    ['steak and chips, 18 euros', 'groceries'],
    // A bar of chocolate is no bar that serves it.
    ['a pound fifty for a chocolate bar', 'groceries'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});
