import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const amounts = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map((e) => `${e.amount} ${e.currency}`);

describe('notes listed, « et un » beginning the next note (round v24a)', () => {
  it.each([
    ['un billet de vingt et un de cinq pour le taxi', ['25.00 EUR']],
    ['deux billets de vingt et une pièce de deux euros au marché', ['42.00 EUR']],
    // No note after « et un »: twenty-one notes of the figure stay as said.
    ['trois billets de vingt et un pour le loto', ['63.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('the change given back from notes counted (round v24a)', () => {
  it.each([
    ["le serrurier a pris deux billets de cent, il m'a rendu vingt", ['180.00 EUR']],
    ["deux billets de cinquante pour les courses, la caissière m'a rendu 7,35", ['92.65 EUR']],
    ["deux billets de vingt et un de dix, il m'a rendu 5", ['45.00 EUR']],
    ['trois billets pour le concert 90 euros', ['90.00 EUR']],
    // English notes by their figure alone, listed then handed.
    ['paid the sweep with a twenty and a five', ['25.00 EUR']],
    ['a fifty and a twenty at the garage, he gave me 5 change', ['65.00 EUR']],
    ['a coffee 3 and a muffin 2', ['3.00 EUR', '2.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('« une brique », « un bâton »: 10 000 of the money in use, where they are money (round v24a)', () => {
  it.each([
    ['une brique pour la véranda', ['10000.00 EUR']],
    ['un bâton pour le bateau', ['10000.00 EUR']],
    ["la Clio d'occasion, une brique et demie", ['15000.00 EUR']],
    ['une brique de lait 1,10', ['1.10 EUR']],
    ['trois bâtons de colle 3 euros', ['3.00 EUR']],
    ['quatre patates la moto', ['4000.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('a number after a bare noun no category knows, then a place, names it (round v24a)', () => {
  it.each([
    ['caisse 8 à Auchan, 51,30 de courses', ['51.30 EUR']],
    ['locker 12 at the pool, entry 6', ['6.00 EUR']],
    ['extension 210 at the vet, 45 for the jab', ['45.00 EUR']],
    // A noun the lexicon prices is a list of prices; a range is no noun.
    ["pizza 12 at Luigi's, beer 5", ['12.00 EUR', '5.00 EUR']],
    ['de 15 à 20 euros le repas à la cantine', ['20.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('a list of prices with the place each was bought at said after its figure (round v24a)', () => {
  it.each([
    ["parking 4 à l'hôpital, fleurs 15 euros", ['4.00 EUR', '15.00 EUR']],
    ['tarte 3 chez le boulanger, baguette 1 euro', ['3.00 EUR', '1.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});
