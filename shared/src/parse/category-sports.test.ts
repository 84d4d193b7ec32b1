import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe("a French sport named by iD's sport field is leisure, and so is its gear", () => {
  it.each([
    ["des chaussons d'escalade, 80 €", 'leisure'],
    ['une raquette de badminton, 25 €', 'leisure'],
    ['des palmes de plongée, 30 €', 'leisure'],
    ['un filet de padel, 40 €', 'leisure'],
    ['des fléchettes, 12 €', 'leisure'],
    ['la licence de basket, 110 €', 'leisure'],
    ['le club de basket, 100 €', 'leisure'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // Labels left out: « Boules » (of ice cream), « Pelote » (of wool).
    ['deux boules de glace, 5 €', 'dining'],
    // « basket » after « de »: the sport, but a pair of them are shoes.
    ['une paire de basket, 60 €', 'shopping'],
    ['des baskets, 60 €', 'shopping'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a fitness class no open data names is leisure, not schooling', () => {
  it.each([
    ['a barre class, 15 euros', 'leisure'],
    ['a spin class, 12 euros', 'leisure'],
    ['le cours de zumba, 8 €', 'leisure'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // A language's class is schooling.
    ['a Spanish class, 20 euros', 'education'],
    ["un cours d'espagnol, 20 €", 'education'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('the sport a pitch of iD is for is leisure, as its French name says it', () => {
  it.each([
    // Were other: no label of the sport field names archery (tools/lexicon/sports.ts).
    ["la licence de tir à l'arc, 70 €", 'leisure'],
    ['la cotisation de hockey sur gazon, 90 €', 'leisure'],
    ['le club de football américain, 120 €', 'leisure'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // Look-alikes kept: the bow alone is bought gear, a pitch's sport of one everyday word
    // (« basket ») stays the hand lexicons' (the shoes), « Champ de tir » names no sport.
    ['un arc, 60 €', 'shopping'],
    ['une paire de baskets Nike, 90 €', 'shopping'],
    ['le tir, 20 €', 'other'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
