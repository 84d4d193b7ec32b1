import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const categoryOf = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('a chain named without its apostrophe', () => {
  it.each([
    ['Supermacs on the way home, 11 euros', 'dining'],
    ['Applebees with the kids, 48 euros', 'dining'],
    ['a drill at Lowes, 50 euros', 'housing'],
    ['Macys, 90 euros', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('counts only written with a capital', () => {
    expect(categoryOf('lowes and highs, 5 euros')).not.toBe('housing');
  });

  // "The Range" (home and garden stores) is said "the range": the brand only written as one.
  it('reads The Range written as a name, not "the range" of a price', () => {
    expect(categoryOf('The Range, picture frames, 20 euros')).toBe('housing');
    expect(categoryOf('in the range of 30 euros for a lamp')).toBe('shopping');
  });
});

describe('a van is a vehicle', () => {
  it.each([
    ['van hire for the move, 90 euros', 'transport'],
    ['a second-hand van, 9000 euros', 'transport'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a card topped up is a fare card', () => {
  it.each([
    ['topped up my Presto card, 20 euros', 'transport'],
    ['a top-up on my MetroCard, 20 euros', 'transport'],
    ['put 30 euros on the Opal card', 'transport'],
    ['loaded 20 euros onto my Ventra card', 'transport'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // A card of no name: a bank's as likely as a fare's.
    ['put 30 euros on my card', 'transport'],
    // A card said by its own word is what it is for.
    ['topped up my gift card, 20 euros', 'transport'],
    ['a Starbucks card top up, 20 euros', 'transport'],
  ])('"%s" is not %s', (text, category) => {
    expect(categoryOf(text)).not.toBe(category);
  });
});

describe('the body names the care', () => {
  it.each([
    // A check of a part of the body, not a school's exam or test.
    ['an eye exam at the optician, 40 euros', 'health'],
    ['an eye test, 20 euros', 'health'],
    ['a hearing check-up for dad, 45 euros', 'health'],
    // A leisure word said for the body, past a word that says how it is.
    ['a massage for my bad back, 40 euros', 'health'],
    ['a massage for my neck, 40 euros', 'health'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ['a maths exam fee, 30 euros', 'education'],
    ['a football for my son, 20 euros', 'leisure'],
  ])('"%s" stays %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('an illness named names its care', () => {
  it.each([
    ['a flu jab, 15 euros', 'health'],
    ['got jabbed against the flu, 45 euros', 'health'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('loses to any thing the note names', () => {
    expect(categoryOf('pizza, I had the flu, 15 euros')).toBe('dining');
  });
});

describe('an English name of two words written as one', () => {
  it.each([
    ['an icecream on the pier, 3 euros', 'dining'],
    ['a boardgame for the family, 30 euros', 'leisure'],
    ['a tinopener, 5 euros', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  // "a round" (of drinks) is listed: joined, it was "around", and every rough amount or time said
  // with it was a drink.
  it.each([
    ['the 19th around 6 pm, groceries, 43 euros', 'groceries'],
    ['new shoes, around 60 euros', 'shopping'],
    ['around noon, a phone charger, 15 euros', 'shopping'],
  ])('"%s" is %s: a small first word opens no name written as one', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a chain whose name is a word, where it was bought', () => {
  it.each([
    ['a sub from Subway, 8 euros', 'dining'],
    ['paid 8 euros at Subway', 'dining'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ['took the subway, 3 euros', 'transport'],
    ['a Subway ticket, 3 euros', 'transport'],
  ])('"%s" stays %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe("a journey's fare, whatever the ticket", () => {
  it.each([
    ['a season ticket into London Bridge, 300 euros', 'transport'],
    ['a weekly pass into town, 30 euros', 'transport'],
    ['a return to Brighton, 30 euros', 'transport'],
    ['a day return, 15 euros', 'transport'],
    ['a single to Bath, 15 euros', 'transport'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // A show's ticket is "to" or "for" it.
    ['tickets to Hamilton, 150 euros', 'transport'],
    ['a tax return, 150 euros', 'transport'],
  ])('"%s" is not %s', (text, category) => {
    expect(categoryOf(text)).not.toBe(category);
  });
});

describe('an English thing said with "a" or "an" that no table knows is goods', () => {
  it.each([
    ['a hoodie, 12 euros', 'shopping'],
    ['a cordless drill, 89 euros', 'shopping'],
    ['a backpack for work, 50 euros', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // A service or an act, a card, a fine's notice, a charge: no goods.
    ['a consultation, 40 euros'],
    ['a sympathy card, 4 euros'],
    ['a penalty charge notice from the council, 28 euros'],
    ['a quarterly sewerage charge, 42 euros'],
  ])('"%s" is not shopping', (text) => {
    expect(categoryOf(text)).not.toBe('shopping');
  });
});
