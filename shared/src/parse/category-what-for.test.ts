import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const category = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('food taken away is a meal had out (category-around.ts)', () => {
  it.each([
    ['un poulet à emporter, 13 €', 'dining'],
    ['un poulet yassa à emporter chez le Sénégalais, 13 €', 'dining'],
    ['a chicken to take away, 9 euros', 'dining'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    // Food to cook, from a shop or a trade, even taken home; and « emporter » said of no food.
    ['du poulet à emporter chez Carrefour, 13 €', 'groceries'],
    ['a chicken from the butcher to take home, 9 euros', 'groceries'],
    ['un poulet chez le volailler, 16 €', 'groceries'],
    ['des sacs à emporter, 3 €', 'shopping'],
  ])('leaves « %s » to what it is (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('a dish bought frozen or canned is food to cook, in English too (category-around.ts)', () => {
  it.each([
    ['a frozen pizza, 4 euros', 'groceries'],
    ['tinned soup, 2 euros', 'groceries'],
    ['a ready meal from the supermarket, 5 euros', 'groceries'],
    ['une pizza surgelée, 4 €', 'groceries'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ['a pizza at the pub, 14 euros', 'dining'],
    ['lunch was ready at noon, 14 euros', 'dining'],
    ['a meal at the Italian, 30 euros', 'dining'],
  ])('leaves « %s » a meal out (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('an English compound ending on a place that serves or cares is that place (categorize.ts)', () => {
  it.each([
    ['two gin and tonics at the hotel bar, 24 euros', 'dining'],
    ['the hotel restaurant, 60 euros', 'dining'],
    ['the airport pharmacy, 12 euros', 'health'],
    ['wine bar, 19', 'dining'],
    ['a beer at the sports bar, 5 euros', 'dining'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    // A food before "bar" is a bar of it; a shop stays what it sells; a hotel's room is the stay.
    ['a chocolate bar, 2 euros', 'groceries'],
    ['a cereal bar, 2 euros', 'groceries'],
    ['the fish shop, 20 euros', 'groceries'],
    ['the car shop, 20 euros', 'transport'],
    ['the bike shop, 20 euros', 'transport'],
    ['the hotel room, 100 euros', 'travel'],
  ])('leaves « %s » to its first word (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('a drink counted by its crate, its case or its box of wine was bought to drink at home (category-heads.ts)', () => {
  it.each([
    ['a crate of beer for the party, 25 euros', 'groceries'],
    ['two cases of cider, 30 euros', 'groceries'],
    ['un cubi de rouge pour la maison, 22 €', 'groceries'],
    ['un casier de bières, 20 €', 'groceries'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ['a crate of beer at the pub, 25 euros', 'dining'],
    ['a pint of beer, 5 euros', 'dining'],
    ['deux bières en terrasse, 13 €', 'dining'],
  ])('leaves « %s » served (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('a vehicle steered from afar is a toy (categorize.ts)', () => {
  it.each([
    ['a remote control car for the kids, 35 euros', 'leisure'],
    ['une voiture télécommandée, 40 €', 'leisure'],
    ['un avion télécommandé, 40 €', 'leisure'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ['un portail télécommandé, 400 €', 'housing'],
    ['a new remote control for the car, 20 euros', 'transport'],
    ['une télécommande pour la voiture, 20 €', 'transport'],
  ])('leaves « %s » to the thing (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('a kitchen tool named by its food is the tool', () => {
  it.each([
    ['a garlic press, 11 euros', 'shopping'],
    ['un épluche-légumes, 5 €', 'shopping'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ['garlic and onions, 3 euros', 'groceries'],
    ['des légumes épluchés, 5 €', 'groceries'],
    ['du café moulu, 6 €', 'groceries'],
    ['un café au comptoir, 2 €', 'dining'],
  ])('leaves « %s » the food (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});
