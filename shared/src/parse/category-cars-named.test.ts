import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a thing for a car named by its model or its number is the car’s (cats37)', () => {
  it.each([
    ['screenwash for the Astra, 6 euros'],
    ['a new battery for the Yaris, 90 euros'],
    ['a roof rack for my Octavia, 120 euros'],
    ['new tyres on the Golf, 300 euros'],
    ['des balais d’essuie-glace pour la Clio, 24 €'],
    ['le plein de la Twingo, 55 €'],
    ['la vidange du Kangoo, 85 €'],
    ['des tapis de sol pour ma Corsa, 25 €'],
    ["de l'huile pour la 308, 40 €"],
  ])('« %s » is transport', (text) => {
    expect(first(text)?.category).toBe('transport');
  });

  it.each([
    // Lower-case, the word is its everyday sense; a word a table knows after it names another thing.
    ['des fleurs pour la fiesta, 20 €', 'gifts'],
    ['golf balls for the Golf club, 20 euros', 'leisure'],
    ['tickets for the Jazz festival, 40 euros', 'leisure'],
    // Flowers or a meal for it are no car's: the thing bought decides.
    ['des fleurs pour la 208, 15 €', 'gifts'],
    ['un pull pour la petite Zoé, 20 €', 'shopping'],
    ['un lit pour la chambre 208, 300 €', 'housing'],
    ["de l'huile pour la friteuse, 8 €", 'groceries'],
  ])('« %s » stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a TV decoder rented or paid for is the TV box’s utility (cats37)', () => {
  it.each([['la location du décodeur, 5 €'], ['le décodeur Canal, 25 €']])('« %s » is utilities', (text) => {
    expect(first(text)?.category).toBe('utilities');
  });
});
