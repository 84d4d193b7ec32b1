import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];
const categoryOf = (text: string) => read(text)?.category;

describe('British, Irish and American words no open data names (lexicon-en-regional.ts)', () => {
  it.each([
    // A home's gas and its trades are the home's, not a car's fuel.
    ['the gas fitter, 85 euros', 'housing'],
    ['a gas meter top-up, 20 euros', 'utilities'],
    ['a bottled gas refill, 30 euros', 'utilities'],
    ['the water rates, 45 euros', 'utilities'],
    ['bin charges, 20 euros', 'utilities'],
    ['the leccy, 40 euros', 'utilities'],
    ['a fence post and some creosote, 30 euros', 'housing'],
    ['plasterboard and skirting board, 60 euros', 'housing'],
    ['the removal men, 400 euros', 'housing'],
    ['Sudocrem and Strepsils, 9 euros', 'health'],
    ['white pudding and rashers, 8 euros', 'groceries'],
    ['a cheesesteak, 12 dollars', 'dining'],
    // The pub's Sunday meal; a roast bought to cook stays food.
    ['a Sunday roast at the Crown, 18 euros', 'dining'],
    ['roast chicken, 9 euros', 'groceries'],
    ['the low emission zone charge, 12 euros', 'transport'],
    ['a rail ticket, 20 euros', 'transport'],
    ['crazy golf with the kids, 18 euros', 'leisure'],
    ['a staycation in Cornwall, 300 euros', 'travel'],
    ['a coding bootcamp, 900 euros', 'education'],
    ['holiday club, 90 euros', 'education'],
    ['stocking fillers, 25 euros', 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it("keeps a car's gas the car's, and is unsure of gas said alone (a home's in British speech)", () => {
    expect(read('gas for the car, 60 euros')).toMatchObject({ category: 'transport', categorySure: true });
    expect(read('the gas, 60 euros')).toMatchObject({ category: 'transport', categorySure: false });
  });

  it('reads a call-out as the home, never sure (a car has one too)', () => {
    const e = read('a call-out fee, 60 euros');
    expect(e?.category).toBe('housing');
    expect(e?.categorySure).toBe(false);
  });

  it('reads a hobby said by its dance as leisure, not a school', () => {
    expect(categoryOf('ballet class for my daughter, 25 euros')).toBe('leisure');
  });
});

describe('food said at a place no table names', () => {
  it('stays groceries, unsure: it may have been eaten there', () => {
    expect(read('a pie at the footie, 5 euros')).toMatchObject({
      category: 'groceries',
      categorySure: false,
    });
  });

  it('is sure where a shop is named, or when it comes from a place', () => {
    expect(read('bread at the corner shop, 2 euros')?.categorySure).toBe(true);
    expect(read('a pie from the bakery, 4 euros')?.categorySure).toBe(true);
  });
});

describe('what a deposit is for names it', () => {
  it.each([
    ['a deposit for the wedding caterer, 300 euros', 'dining'],
    ['a deposit for the holiday cottage, 200 euros', 'travel'],
    ['a deposit for the driving lessons, 50 euros', 'education'],
    ['a deposit for the car hire, 150 euros', 'transport'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('keeps a deposit on a home the home', () => {
    expect(categoryOf('a deposit on a flat, 800 euros')).toBe('housing');
  });
});

describe('containers and measures', () => {
  it('reads a round of a game as the game, and a round of drinks still as drinks', () => {
    expect(categoryOf('a round of golf, 40 euros')).toBe('leisure');
    expect(categoryOf('a round of drinks, 30 euros')).toBe('dining');
  });

  it('reads a packet of something no table names as food, never sure', () => {
    const e = read('a packet of Jaffa Cakes, 3 euros');
    expect(e?.category).toBe('groceries');
    expect(e?.categorySure).toBe(false);
    expect(categoryOf('a packet of cigarettes, 12 euros')).toBe('shopping');
  });

  it('lets a place said after a container of unnamed contents win, and is unsure of the container alone', () => {
    expect(categoryOf('a bag of chips from the chipper, 5 euros')).toBe('dining');
    expect(read('a bag of Doritos, 2 euros')?.categorySure).toBe(false);
  });
});

describe('a grocer by name: what was bought there was taken away (cats32)', () => {
  it.each([
    ['crisps and a drink from the Spar, 3 euros', 'groceries'],
    ['a baguette and a croissant at the Proxi, 3 euros', 'groceries'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // No grocer said, or a place that serves: eaten there.
    ['a sausage roll and a tea, 15 euros', 'dining'],
    ['cheese at the pub, 8 euros', 'dining'],
    ['a sandwich and a coffee at Tesco, 5 euros', 'dining'],
  ])('"%s" stays %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('"the cycle shop" is the British bicycle\'s (cats32)', () => {
  it.each([
    ['the cycle shop fixed my puncture, 12 euros', 'transport'],
    ['a cycle repair, 15 euros', 'transport'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('leaves a cycle that is no bicycle alone: "a new wash cycle"', () => {
    expect(categoryOf('a new wash cycle, 12 euros')).not.toBe('transport');
  });
});
