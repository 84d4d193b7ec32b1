import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const category = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('a vehicle made small is a toy (categorize.ts)', () => {
  it.each([
    ['une voiture miniature, 12 €', 'leisure'],
    ['a model train, 40 euros', 'leisure'],
    ['a toy car, 10 euros', 'leisure'],
    ['une maquette de bateau, 30 €', 'leisure'],
    // Its parts, for the model (« miniature » a few words on): the toy's, a thing bought.
    ['une locomotive pour le train miniature, 85 €', 'shopping'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    // A car's model is its name, not a scale model; a real vehicle stays a journey or a car.
    ['a Tesla Model 3 charge, 20 euros', 'transport'],
    ['un billet de train pour Lyon, 45 €', 'transport'],
    ['une voiture de location, 120 €', 'travel'],
    ['un vélo électrique, 900 €', 'transport'],
  ])('leaves « %s » to the vehicle (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe("a vehicle's device is the vehicle's (categorize.ts)", () => {
  it('reads « porte-vélo » as transport, over what it is for', () => {
    expect(category('un porte-vélo, 130 €')).toBe('transport');
    expect(category('un porte-vélo pour le camping-car, 130 €')).toBe('transport');
  });

  it('leaves a device of no vehicle to the device, its noun no food', () => {
    expect(category('des essuie-glaces, 20 €')).toBe('shopping');
    expect(category('un presse-purée, 12 €')).not.toBe('groceries');
  });
});

describe("a carer's adjective names the care (category-forms.ts)", () => {
  it.each([
    ['le bilan orthoptique de Lou, 55 €'],
    ['un bilan orthophonique, 50 €'],
    ['un bilan podologique, 50 €'],
    ['un bilan dermatologique, 60 €'],
  ])('reads « %s » as health', (text) => {
    expect(category(text)).toBe('health');
  });

  it.each([
    // « psychologique » is said of novels as much as of care; no carer's adjective, no care.
    ['un roman psychologique, 20 €'],
    ['un bilan comptable, 300 €'],
    ['des produits chimiques, 10 €'],
  ])('leaves « %s » to its noun', (text) => {
    expect(category(text)).not.toBe('health');
  });
});

describe('what is for school, and a rehearsal (lexicon-fr-everyday.ts)', () => {
  it.each([
    ['la coopérative scolaire de la classe de Léna, 15 €', 'education'],
    ["l'assurance scolaire, 20 €", 'education'],
    ['la location du studio de répétition, 25 €', 'leisure'],
    ['an hour in the rehearsal room, 20 euros', 'leisure'],
  ])('reads « %s » as %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it('leaves a school meal to its canteen and a school trip to its school', () => {
    expect(['education', 'dining']).toContain(category('la cantine scolaire, 55 €'));
    expect(['education', 'travel']).toContain(category('le voyage scolaire en Espagne, 350 €'));
  });
});
