import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a category said around the thing: an admission, a supplier, a vehicle, a phone (caten20)', () => {
  it.each([
    // An admission to a place named is a visit, whatever the place.
    ['admission to the Uffizi, 25 euros', 'leisure'],
    ['entry into Kew, 30 euros', 'leisure'],
    // A company named by what it supplies, with a capital after another name.
    ['paid Anglian Water, 41 euros', 'utilities'],
    ['the Bulb Energy direct debit, 70 euros', 'utilities'],
    // A part said on or for a vehicle is the vehicle's, though its word alone is another thing's.
    ['a new cable for the moped, 19 euros', 'transport'],
    ['a rack for my bicycle, 35 euros', 'transport'],
    // A phone as the first word of a compound no table knows: a thing for it, not its line.
    ['a phone gimbal, 60 euros', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // "entry" with no place named, or a place no capital names, says nothing.
    ['entry to the car park, 3 euros', 'transport'],
    // The vehicle must follow the thing: a car's own word keeps its reading.
    ['a car charger for my phone, 12 euros', 'shopping'],
    // A phone's line, said after it, stays the line.
    ['phone credit, 10 euros', 'utilities'],
    ['the phone bill, 30 euros', 'utilities'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('reads no supplier in a word for water written small', () => {
    expect(first('a bottle of water, 2 euros')?.category).not.toBe('utilities');
  });

  it('reads a phone compound as a thing it is not sure of', () => {
    expect(first('a phone gimbal, 60 euros')).toMatchObject({ category: 'shopping', categorySure: false });
  });
});

describe("presents for a person's occasion said in English (caten20)", () => {
  it.each([
    // Christmas said with whom the thing is for, as « pour Noël ».
    ['a wallet for my brother-in-law for Christmas, 30 euros', 'gifts'],
    ['a jumper for my boyfriend for Xmas, 45 euros', 'gifts'],
    // A birthday said by its ordinal after whose it is.
    ["a bottle of gin for Ciara's fortieth, 35 euros", 'gifts'],
    ['a watch for her 21st, 90 euros', 'gifts'],
    // A couple's anniversary: a thing bought for it is for the other one.
    ['a bracelet for our anniversary, 80 euros', 'gifts'],
    // A person's promotion is an occasion as a birthday is.
    ["chocolates for Ade's promotion, 12 euros", 'gifts'],
    // A thing of the home, for someone's occasion.
    ["a vase for Tom's housewarming, 25 euros", 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // Christmas alone is no one's occasion; one's own birthday, said by its ordinal, is no present.
    ['a ham for Christmas, 40 euros'],
    ['a dress for my 30th, 60 euros'],
    ['a bracelet for the anniversary sale, 50 euros'],
  ])('"%s" is no present', (text) => {
    expect(first(text)?.category).not.toBe('gifts');
  });

  it.each([
    // A meal out for the anniversary stays a meal.
    ['dinner for our anniversary, 90 euros', 'dining'],
    // A trade's work for a relative is no present.
    ['a plumber for my grandma, 80 euros', 'housing'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe("an exam rehearsed, food from a van, a dish in a shop's pack, a tooth out (caten20)", () => {
  it.each([
    ['the TOEIC practice test, 30 euros', 'education'],
    ['a placement test at the language school, 40 euros', 'education'],
    ['a hot dog from the van by the beach, 6 euros', 'dining'],
    ['crepes from the truck at the fair, 8 euros', 'dining'],
    ['a packet of ramen and a tin of curry, 6 euros', 'groceries'],
    ['a jar of curry, 4 euros', 'groceries'],
    ['two teeth pulled, 120 euros', 'health'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // A bag or a box of a dish is as often a takeaway's: it stays the dish.
    ['a box of sushi from the takeaway, 14 euros', 'dining'],
    // A curry said alone is the dish.
    ['a curry, 12 euros', 'dining'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a present for a friend or the wedding party (caten20)', () => {
  it.each([
    ['a hip flask for my best man, 35 euros', 'gifts'],
    ['earrings for the bridesmaids, 60 euros', 'gifts'],
    ['a book for my friend, 12 euros', 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('leaves a meal with a friend a meal', () => {
    expect(first('lunch with my friend, 20 euros')?.category).toBe('dining');
  });
});

describe("a child's seat for the car is the child's, not the car's part (cats29)", () => {
  it.each([
    ['a booster seat for the car, 30 euros', 'shopping'],
    ['a car seat for the baby, 180 euros', 'shopping'],
    ['a child seat for the back of the bike, 60 euros', 'shopping'],
    ['un rehausseur pour la voiture de mamie, 35 €', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // A seat's cover and a part for the car stay the car's.
    ['seat covers for the car, 40 euros', 'transport'],
    ['des housses de siège pour la voiture, 40 €', 'transport'],
    ['a new clutch cable for the car, 25 euros', 'transport'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('food or drink had at a place of meals out is surely a meal out (cats38)', () => {
  it.each([
    ['une bouteille de blanc au resto, 28 €', 'dining', true],
    ['une bouteille de vin au resto, 28 €', 'dining', true],
    ['a steak at the restaurant, 20 euros', 'dining', true],
    // The place agrees with nothing else: a book there, or a book and wine, stay unsure.
    ['un livre au resto, 15 €', 'leisure', false],
    ['a book at the cafe, 10 euros', 'leisure', false],
    ['une bouteille de vin et un livre au resto, 40 €', 'dining', false],
  ])('"%s" is %s, sure: %s', (text, category, sure) => {
    expect(first(text)).toMatchObject({ category, categorySure: sure });
  });
});
