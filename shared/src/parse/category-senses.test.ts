import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a word with two senses, the words around deciding (cats26)', () => {
  it.each([
    // category-senses.ts: glasses after a drink are tableware; « lunettes de » a sport, goggles.
    ['champagne glasses for the party, 24 euros', 'shopping'],
    ['two beer glasses, 10 euros', 'shopping'],
    ['des lunettes de natation, 14 €', 'leisure'],
    ['des lunettes de ski alpin, 45 €', 'leisure'],
    // The tip one takes things to is the dump.
    ['took the garden rubbish to the tip, 6 euros', 'housing'],
    ['the tip, got rid of the old fridge, 12 euros', 'housing'],
    // A French canteen at work is a meal at work, not a school's, nor a night club's.
    ["la cantine de l'entreprise, 5,50 €", 'dining'],
    ['le self du bureau, 6 €', 'dining'],
    // category-purposes.ts: whoever lives next door, after "for", is a neighbour: a present.
    ['a rattle for the twins next door, 15 euros', 'gifts'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // The everyday sense stays when nothing around says the other.
    ['new glasses at the optician, 180 euros', 'health'],
    ['reading glasses, 20 euros', 'health'],
    ['des lunettes de vue, 200 €', 'health'],
    ['dinner was 60 and 8 for the tip', 'dining'],
    ['la cantine du petit, 40 €', 'education'],
  ])('« %s » stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('words no open data holds (cats26)', () => {
  it.each([
    // lexicon-long-tail.ts: the pedicure is a health profession in French (tests/fixtures/README.md).
    ['le pédicure, 30 €', 'health'],
    ['la diététicienne, 50 €', 'health'],
    ['le nutritionniste pour mon fils, 60 €', 'health'],
    ['le toubib, 25 €', 'health'],
    // lexicon-fr.ts: the town's library by its other name; wine in slang.
    ['la médiathèque, 12 €', 'education'],
    ['du pinard pour la fête, 15 €', 'groceries'],
    // lexicon-services.ts: waste taken away.
    ["la taxe d'enlèvement des déchets, 140 €", 'utilities'],
    ['les encombrants, 15 €', 'utilities'],
    ['waste collection from the council, 30 euros', 'utilities'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
