import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const category = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('a food’s seeds or plants are grown (category-kinds-said.ts)', () => {
  it.each([
    ['des graines de radis pour le potager, 6 €'],
    ['des plants de tomates, 9 €'],
    ['des semis de salade, 4 €'],
    ['tomato seeds, 3 euros'],
    ['courgette plants, 8 euros'],
    ['a lemon tree for the terrace, 40 euros'],
  ])('reads « %s » as the garden’s', (text) => {
    expect(category(text)).toBe('housing');
  });

  it.each([
    // The food itself, and seeds eaten as food, stay food.
    ['des radis et des carottes au marché, 6 €', 'groceries'],
    ['des graines de courge, 3 €', 'groceries'],
    ['tomatoes from the market, 3 euros', 'groceries'],
    ['apple pie, 5 euros', 'groceries'],
  ])('leaves « %s » to its food (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('paints counted are an artist’s colours (category-kinds-said.ts)', () => {
  it.each([
    ['watercolour paints and brushes, 34 euros'],
    ['oil paints, 20 euros'],
    ['face paints for the party, 8 euros'],
  ])('reads « %s » as leisure', (text) => {
    expect(category(text)).toBe('leisure');
  });

  it.each([
    ['paint for the bedroom, 40 euros'],
    ['two tins of paint, 40 euros'],
    ['white paint for the ceiling, 30 euros'],
    ['a paint roller and a tray, 15 euros'],
  ])('leaves « %s » to the walls', (text) => {
    expect(category(text)).toBe('housing');
  });
});

describe('races, the nail bar, the garden centre and sponsoring, said in a word (lexicon-long-tail.ts)', () => {
  it.each([
    ['entry for the Paris marathon, 90 euros', 'leisure'],
    ['un dossard pour le semi-marathon de Nantes, 32 €', 'leisure'],
    ['the nail bar on Friday, 28 euros', 'shopping'],
    ['the garden centre, 35 euros', 'shopping'],
    ['an evening pottery class, 30 euros', 'leisure'],
    ['un atelier poterie le samedi, 40 €', 'leisure'],
    // Sponsoring someone's race gives to their cause, over the race itself.
    ["sponsored my cousin's half marathon, 15 euros", 'gifts'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    // A bar of food, a bar that serves, the café of a garden centre, what was bought there.
    ['a chocolate bar, 2 euros', 'groceries'],
    ['drinks at the hotel bar, 20 euros', 'dining'],
    ['tea and cake at the garden centre cafe, 9 euros', 'dining'],
    ['two bags of compost at the garden centre, 12 euros', 'housing'],
    ['a train to the marathon, 30 euros', 'transport'],
  ])('leaves « %s » to its words (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});
