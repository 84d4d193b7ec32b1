import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('an English thing no table knows, said after the money or in a place named (caten19)', () => {
  it.each([
    // After the money's own frame, as when said first.
    ['paid 30 euros for a lanyard', 'shopping'],
    ['25 euros for a doorstop', 'shopping'],
    ['spent 12 euros on a lanyard', 'shopping'],
    // A thing bought in a place named by its name: a stay away.
    ['a yurt in the Cairngorms, 140 euros', 'travel'],
    ['a yurt in Vermont, 120 euros', 'travel'],
  ])('"%s" is %s, and unsure', (text, category) => {
    expect(first(text)).toMatchObject({ category, categorySure: false });
  });

  it.each([
    // "bought" says no more than the thing: a pumpkin is food or a decoration.
    ['bought a gourd, 8 euros', 'other'],
    // A service's act after the frame is no goods.
    ['paid 40 euros for a fitting', 'other'],
    ['paid 40 euros for a gizmo', 'other'],
    // Where the thing was bought, named after "at", is no stay; nor a place said small.
    ['a doorstop at Wilko, 6 euros', 'shopping'],
    ['a doorstop in town, 6 euros', 'shopping'],
    // A word a table knows names it, wherever it was bought.
    ['a jumper in Galway, 30 euros', 'shopping'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('presents by the day, care by the part of the body, a restaurant by its cooking (caten19)', () => {
  it.each([
    ["a bottle of port for Father's Day, 25 euros", 'gifts'],
    ["Mother's Day tulips, 18 euros", 'gifts'],
    ["a scarf for Anna's graduation, 30 euros", 'gifts'],
    ['a hip replacement, 90 euros', 'health'],
    ['a tooth extraction, 60 euros', 'health'],
    ['a tagine at the Moroccan place, 22 euros', 'dining'],
    ['a bowl of ramen at the Japanese joint, 14 euros', 'dining'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // The speaker's own occasion, a meal on a giving day, a name that is no people's cooking.
    ['a card for my retirement, 5 euros', 'other'],
    ["a Valentine's dinner, 80 euros", 'dining'],
    ['a tagine at the Apple place, 22 euros', 'shopping'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a food at a place called "the" and a name: a pub (cats29)', () => {
  it.each([
    ['a steak and ale pie at the Red Lion, 15 euros', 'dining'],
    ['fish pie at the Plough yesterday, 16 euros', 'dining'],
    ['a cheese roll at the Royal Oak, 6 euros', 'dining'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // A shop's brand, a known place's word after the name, a region food comes from, no food named.
    ['bread and milk at the Co-op, 4 euros', 'groceries'],
    ['marmite and tea bags at the English shop, 14 euros', 'groceries'],
    ['basmati rice from the Asian supermarket, 20 euros', 'groceries'],
    ['a cheese from the Jura, 9 euros', 'groceries'],
    ['a souvenir at the Eiffel Tower, 10 euros', 'shopping'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
