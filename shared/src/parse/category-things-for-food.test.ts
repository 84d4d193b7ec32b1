import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const category = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('a thing named by the food it is for (category-things-for-food.ts)', () => {
  it.each([
    ['une cafetière à café moulu, 25 €'],
    ['une tasse à café, 8 €'],
    ['un bol à soupe, 6 €'],
    ['deux verres à bière, 10 €'],
    ['un sac à pain en tissu, 9 €'],
    ['une poêle à crêpes, 22 €'],
    // A shop's word after a bare « à » is its food: « à la pâtisserie » would be the shop.
    ['un rouleau à pâtisserie, 8 €'],
    ['un moule à pâtisserie, 9 €'],
  ])('reads « %s » (a head, « à », a food) as an object for the food', (text) => {
    expect(category(text)).toBe('shopping');
  });

  it.each([
    // An ingredient for a dish stays food; « à la », « au » say what it tastes of.
    ['une pâte à crêpes, 2 €', 'groceries'],
    ['une glace à la fraise, 4 €', 'dining'],
    // Where it was eaten: « à la baraque à frites ».
    ['un sandwich à la baraque à frites, 7 €', 'dining'],
    ['un gâteau à la pâtisserie, 20 €', 'groceries'],
    ['une crêpe à la crêperie, 5 €', 'dining'],
  ])('leaves « %s » to the food (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe('a French place for what is no drink (category-things-for-food.ts)', () => {
  it('reads « un bar à » and a thing no food as a place of that kind, not a drink', () => {
    expect(category('un bar à jeux, 12 €')).toBe('leisure');
    expect(category('le bar à cils, 40 €')).not.toBe('dining');
  });

  it('leaves a bar of drinks, and a place said with whom or where, to the meal out', () => {
    expect(category('un verre au bar à côté, 5 €')).toBe('dining');
    expect(category('le bar à cocktails, 24 €')).toBe('dining');
    expect(category('le resto à ma sœur, 50 €')).toBe('dining');
  });
});

describe('an English tool named by the food it is for (cats27, category-things-for-food.ts)', () => {
  it.each([
    ['a pasta maker, 45 euros'],
    ['a cheese slicer and a bottle opener, 12 euros'],
    ['an egg separator, 4 euros'],
    ['a fish tank, 60 euros'],
    ['a coffee mug, 8 euros'],
    ['an egg cup, 3 euros'],
  ])('reads « %s » (a food, then a head in "-er" no table knows) as an object', (text) => {
    expect(category(text)).toBe('shopping');
  });

  it.each([
    // A food in "-er" is in the tables; a head said beside another word is no tool's name.
    ['a cheese burger, 9 euros', 'dining'],
    ['a beef burger and chips, 14 euros', 'dining'],
    // A cup or a mug of a drink is the drink (a container, category-frames.ts).
    ['a cup of coffee, 3 euros', 'dining'],
    ['a mug of hot chocolate, 3 euros', 'dining'],
    ['two cups of coffee at the station, 6 euros', 'dining'],
  ])('leaves « %s » to the food (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe("an English kitchen's object named by the food it is for (cats29, category-things-for-food.ts)", () => {
  it.each([
    ['a cheese board and a knife, 20 euros'],
    ['a set of steak knives, 30 euros'],
    ['a cake tin and a jelly mould, 14 euros'],
    ['a spice rack, 18 euros'],
    ['a box of tea lights, 4 euros'],
  ])('reads « %s » (a food, then an object no table knows) as an object', (text) => {
    expect(category(text)).toBe('shopping');
  });

  it.each([
    // Served at a place, the object is the food served on it; a bowl, a plate, a dish is a meal too;
    // a name's capital is a brand's word, not the object.
    ['a cheese board at the wine bar, 18 euros'],
    ['a poke bowl, 12 euros'],
    ['the chicken dish, 14 euros'],
    ['a cheese plate and a glass of red, 16 euros'],
  ])('leaves « %s » to the food', (text) => {
    expect(['dining', 'groceries']).toContain(category(text));
  });
});

describe('a French device named by its verb (cats27, categorize.ts)', () => {
  it('reads « un presse-agrumes », « un presse-ail » as devices, not the press', () => {
    expect(category('un presse-ail, 8 €')).toBe('shopping');
    expect(category('un presse-purée, 12 €')).toBe('shopping');
  });

  it('leaves the press said alone to the newspapers', () => {
    expect(category('la presse du dimanche, 4 €')).toBe('leisure');
  });
});
