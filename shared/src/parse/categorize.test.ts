import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
const first = (text: string) => parse(text).expenses[0];

describe('the everyday long tail', () => {
  it.each([
    ['Plombier 90 €', 'housing'],
    ['Serrurier 180 euros', 'housing'],
    ['Ramoneur 70 €', 'housing'],
    ['Coiffeur 28 euros', 'shopping'],
    ['Barbier 25 euros', 'shopping'],
    ['Pressing 14,50 €', 'shopping'],
    ['Laverie 6 euros', 'other'],
    ['Cordonnier 25 €', 'shopping'],
    ['Croquettes pour le chat 32 euros', 'groceries'],
    ['Toilettage du chien 45 euros', 'shopping'],
    ['Vétérinaire 65 €', 'health'],
    ['Parapharmacie 16 €', 'health'],
    ['Parcmètre 2 euros', 'transport'],
    ['Badge télépéage 12 €', 'transport'],
    ['Kiosque 3 euros', 'leisure'],
    ['Le Parisien 2 euros', 'leisure'],
    ['Marie Blachère 4,50 €', 'groceries'],
    ['Brioche Dorée 7,20 €', 'dining'],
    ['Disney Plus 11,99 €', 'leisure'],
    ['Nintendo eShop 15 euros', 'leisure'],
    ['Abonnement iCloud 2,99 €', 'utilities'],
    ['Librairie Martin 20 euros', 'leisure'],
    ['Laundromat 9 dollars', 'other'],
    ['Dog food 30 dollars', 'groceries'],
    ['Parking meter 3 dollars', 'transport'],
    ['Bridge toll 6 dollars', 'transport'],
    ['Newspaper 2 dollars', 'leisure'],
    ['Greggs 4 pounds', 'dining'],
    ['Hulu 7.99 dollars', 'leisure'],
    ['Roblox 10 dollars', 'leisure'],
    ['Locksmith 150 euros', 'housing'],
    ['Cough syrup 9 dollars', 'health'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('what was bought over where', () => {
  it.each([
    ['Ticket de bus au tabac, 2 €.', 'transport', 'Ticket de bus au tabac'],
    ['Chez Carrefour, 30 euros de croquettes pour le chien.', 'groceries', 'Croquettes pour le chien'],
    ['At Walgreens, cough syrup 9 dollars.', 'health', 'Cough syrup'],
    ['Pharmacie, pansements et collyre, 9 €.', 'health', 'Pansements et collyre'],
    ['Amazon, un livre 15 euros.', 'leisure', 'Livre'],
    ['Airbnb, appartement à Lisbonne 320 euros.', 'travel', 'Airbnb'],
    ['Quinze euros de courses chez Aldi.', 'groceries', 'Courses chez Aldi'],
  ])('"%s" is %s, described as "%s"', (text, category, description) => {
    expect(first(text)).toMatchObject({ category, description });
  });
});

describe('categorySure', () => {
  it.each([
    ['Taxi 12 euros', true],
    ['Courses chez Aldi 40 €', true],
    ['Cadeau à la Fnac, 25 euros', true],
    ['Un truc bizarre, 14 euros', false],
    ['Facture 40 euros', false],
    ['Ticket de bus chez le buraliste, 2 €', false],
    ['Pizza chez Picard 9 euros', false],
    ['Hier 20 € de taxi et 18 € de trucs', [true, false]],
  ] as const)('"%s" → %j', (text, sure) => {
    const got = parse(text).expenses.map((e) => e.categorySure);
    expect(got).toEqual(Array.isArray(sure) ? sure : [sure]);
  });
});
