import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('services named by open data (catdata23: tools/lexicon)', () => {
  it.each([
    // iD's `healthcare:speciality` and `beauty` fields: the care itself, weight 1.
    ['une séance de shiatsu, 45 €', 'health'],
    ['reiki session, 50 euros', 'health'],
    ['épilation à la cire, 25 €', 'shopping'],
    // A trade's or care's worker among a preset's one-word terms (preset-terms.ts).
    ['le dermatologiste, 50 €', 'health'],
    ["l'ébéniste pour la commode, 300 €", 'housing'],
    ['le plafonneur, 400 €', 'housing'],
    ['la juriste pour le bail, 120 €', 'other'],
    // WordNet's health professionals, therapists, therapies and checkups; lawyers and accountants.
    ['the nutritionist, 60 euros', 'health'],
    ['a masseur at the hotel, 70 euros', 'health'],
    ['physiotherapy for my knee, 40 euros', 'health'],
    ['a health check at the clinic, 90 euros', 'health'],
    ['the bookkeeper for the accounts, 150 euros', 'other'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // "controller" is an accountant to WordNet too: left out (word-lists.ts), the pad stays a game's.
    ['a game controller, 60 euros', 'leisure'],
    // The saddler's goods are bought for a horse as much as to wear: its workers' terms are not read.
    ['le bourrelier pour le collier du cheval, 80 €', 'other'],
  ])('leaves « %s » to what it was before (%s)', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
