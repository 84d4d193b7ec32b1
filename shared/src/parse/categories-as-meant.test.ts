/** Whole sentences through parseExpenseText: categories from signals other than a word listed (round v11). */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

describe('money of another country said as those who live there say it is no trip', () => {
  const category = (text: string) => parse(text).expenses.map((e) => `${e.currency} ${e.category}`);
  it.each([
    ["j'ai donné vingt francs à la Chaîne du Bonheur", 'CHF other'],
    ['le vernis chez la voisine huitante francs suisses', 'CHF other'],
    ['les bidules de la quincaille 40 piasses', 'CAD other'],
  ])('guesses no travel for %j', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });

  it.each([
    ['tajine à Marrakech, 90 dirhams', 'MAD travel'],
    ['les bidules 40 dollars à Montréal', 'CAD travel'],
    ['des bricoles à Lausanne, 35 francs', 'CHF travel'],
  ])('still guesses travel for %j, a place or a foreign name said', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });
});

describe('food said at a place that serves it, the place described, is a meal', () => {
  const category = (text: string) => parse(text).expenses.map((e) => e.category);
  it.each([
    ['rice and beans at the little Mexican restaurant 14 euros', 'dining'],
    ['du riz au petit resto 14 euros', 'dining'],
    // "a" alone is an article: a chocolate bar is bought, not a place.
    ['a chocolate bar 2 euros', 'groceries'],
  ])('reads %j as %s', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });
});

describe('a French word listed in the plural or the masculine is known in the singular and the feminine', () => {
  const category = (text: string) => parse(text).expenses.map((e) => e.category);
  it.each([
    ['une frite 4 euros', 'dining'],
    ['des frites 4 euros', 'dining'],
    // A singular that names something else keeps its own meaning: « une course » is a ride.
    ['une course 12 euros', 'transport'],
    // A trade listed in the masculine, said in the feminine.
    ["l'opticienne 120 euros", 'health'],
    ['la pharmacienne 12 euros', 'health'],
  ])('reads %j as %s', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });
});

describe('a bill shared in company, with nothing named, is a meal out', () => {
  const category = (text: string) => parse(text).expenses.map((e) => e.category);
  it.each([
    ['le kig ha farz avec les cousins 60 euros on a partagé', 'dining'],
    ['the bunny chow with my sister 24 euros we split it', 'dining'],
    // The people at the table are company, and a vague word ("bill") gives way to them.
    ['there were three of us, the bill was 90 and we split it', 'dining'],
    ['on était trois, le kig ha farz 60 euros, on a partagé', 'dining'],
    // No company, or no share: nothing says a table.
    ['le kig ha farz avec Paul 30 euros', 'other'],
    ['le kig ha farz 30 euros on a partagé', 'other'],
  ])('reads %j as %s', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });
});

describe('a data allowance with nothing named is a phone or internet plan', () => {
  const category = (text: string) => parse(text).expenses.map((e) => e.category);
  it.each([
    ['une carte SIM 20 Go 10 euros', 'utilities'],
    ['an eSIM 10GB 15 euros', 'utilities'],
    // The size of a thing bought is no allowance: goods said with « un » (goods-said.ts).
    ['un disque dur de 500 Go 60 euros', 'shopping'],
    // A measure before a noun is the capacity of the thing it names (measured-category.ts).
    ['128 gig memory card, 18 euros', 'shopping'],
    ['20 gig data plan, 10 euros', 'utilities'],
    // After the thing's noun too: a key, a drive (« forfait », « carte SIM » name a plan).
    ['une clé 64 Go à 12 €', 'shopping'],
    ['un disque dur 2 To, 80 €', 'shopping'],
    ['forfait mobile 100 Go, 15 €', 'utilities'],
  ])('reads %j as %s', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });
});

describe('a count glued to a noun makes it a modifier of the next one', () => {
  const category = (text: string) => parse(text).expenses.map((e) => e.category);
  it.each([
    ['a 3-course meal for 35 euros', 'dining'],
    ['a three-course meal 40 euros', 'dining'],
    // Said apart, the count is the modifier's when the next noun is singular: no three meals.
    ['a three course meal 45 euros', 'dining'],
    ['a 2 course dinner 30 euros', 'dining'],
    // Not when the count agrees with the next noun, nor with « one ».
    ['two school uniforms 40 euros', 'education'],
    ['three yoga classes 45 euros', 'leisure'],
    ['a first aid course 80 euros', 'education'],
    // Said alone, the school's word still decides.
    ['school uniform 30 euros', 'education'],
  ])('reads %j as %s', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });
});

describe('an instalment is paid for what follows, its article after the link too', () => {
  const category = (text: string) => parse(text).expenses.map((e) => e.category);
  it.each([
    ['la mensualité de la voiture est passée, 289 €', 'transport'],
    ['the car instalment 250 euros', 'transport'],
    ['mensualité du prêt immobilier, 920 €', 'housing'],
    // An instalment alone names no home: what it pays for says the category, said after its sum too.
    ['3 mensualités de 60 € pour les lunettes', 'health'],
    ['4 mensualités de 50 € pour le vélo', 'transport'],
    ['la mensualité, 800 €', 'other'],
  ])('reads %j as %s', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });
});

describe('a device named by its compound, and the UK spelling of the TV licence', () => {
  const category = (text: string) => parse(text).expenses.map((e) => e.category);
  it.each([
    // "drive" alone is the French grocery pickup: "hard drive" was groceries.
    ['a 1 terabyte hard drive, 59 euros', 'shopping'],
    // « drive » is French alone (FR_ONLY): in an English note "a drive" is a disk or a trip.
    ['a 2TB external drive, 69 euros', 'shopping'],
    ['bought a 10000 mAh power bank, 25 euros', 'shopping'],
    ['the TV licence, 169 pounds', 'utilities'],
    // Look-alikes kept: the pickup itself, in French and named by its grocer in English, the TV
    // licence as the older spelling said it.
    ['le drive, 80 € de courses', 'groceries'],
    ['courses au drive, 80 €', 'groceries'],
    ['picked up the Leclerc drive order, 80 euros', 'groceries'],
    ['the TV license, 169 pounds', 'utilities'],
  ])('reads %j as %s', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });
});

describe('« une livre de » weighs what follows; « un livre de » is a book', () => {
  const category = (text: string) => parse(text).expenses.map((e) => e.category);
  it.each([
    // Were leisure (the book).
    ['une livre de beurre, 4 €', 'groceries'],
    ['une demi-livre de beurre, 2 €', 'groceries'],
    // Look-alikes kept: a book, however it is said.
    ['un livre de cuisine, 25 €', 'leisure'],
    ['deux livres de poche, 14 €', 'leisure'],
  ])('reads %j as %s', (text, expected) => {
    expect(category(text)).toEqual([expected]);
  });
});
