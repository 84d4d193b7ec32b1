import { describe, expect, it } from 'vitest';
import { PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string, locale?: string) =>
  parseExpenseText(text, { ...TEST_OPTS, ...(locale ? { locale } : {}) });
/** "amount category date" per expense. */
const brief = (text: string) => parse(text).expenses.map((e) => `${e.amount} ${e.category} ${e.date}`);

describe('parseExpenseText', () => {
  it.each([
    ['8 € de pain et 23 € de fromage', ['8.00 groceries 2026-11-24', '23.00 groceries 2026-11-24']],
    ['un café à 2€ et un croissant à 1,20', ['2.00 dining 2026-11-24', '1.20 groceries 2026-11-24']],
    ['hier, 12 € de pharmacie et 30 € de courses', ['12.00 health 2026-11-23', '30.00 groceries 2026-11-23']],
    [
      'hier 20 € de taxi et aujourd’hui 18 € de resto',
      ['20.00 transport 2026-11-23', '18.00 dining 2026-11-24'],
    ],
    [
      'essence 60 €, péage 12 €, parking 8 €',
      ['60.00 transport 2026-11-24', '12.00 transport 2026-11-24', '8.00 transport 2026-11-24'],
    ],
    ['du pain et du fromage pour 14 euros', ['14.00 groceries 2026-11-24']],
    ['taxi 20 euros and dinner 50 euros', ['20.00 transport 2026-11-24', '50.00 dining 2026-11-24']],
  ])('finds each expense of "%s" in order', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ['15 euros, non pardon, 18 euros de taxi', ['18.00 transport 2026-11-24']],
    ['15 euros, non pardon, 18', ['18.00 other 2026-11-24']],
    ['twelve, sorry, fourteen dollars for lunch', ['14.00 dining 2026-11-24']],
    ['resto 30 euros, enfin non, 35 euros', ['35.00 dining 2026-11-24']],
    ['pharmacy 11 euros, uh, 12 euros actually', ['12.00 health 2026-11-24']],
    ['hier, non, avant-hier, 20 euros de courses', ['20.00 groceries 2026-11-22']],
  ])('keeps the corrected amount of "%s"', (text, expected) => {
    expect(brief(text)).toEqual(expected);
    expect(parse(text).confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it.each([
    ['2 baguettes à 1,10', '2.20'],
    ['deux cafés à 2 euros chacun', '4.00'],
    ['two beers at 6 euros each', '12.00'],
    ['3 places de ciné pour 30 euros', '30.00'],
    ['4 tickets de métro pour 8 euros', '8.00'],
    ['trois croissants 3 euros 60', '3.60'],
    ['hotel, 110 euros per night for 2 nights', '220.00'],
  ])('reads counts sensibly: "%s" is %s', (text, amount) => {
    expect(parse(text).expenses.map((e) => e.amount)).toEqual([amount]);
  });

  it.each([
    ['dentiste à 14h, 60 euros', '60.00'],
    ['parking pendant 2 heures, 6 euros', '6.00'],
    ['bus ligne 14, 2 euros', '2.00'],
    ['doctor at 3 pm, 50 euros', '50.00'],
    ['10 kilos de pommes de terre pour 9 euros', '9.00'],
  ])('does not take times, durations or line numbers for money: "%s"', (text, amount) => {
    expect(parse(text).expenses.map((e) => e.amount)).toEqual([amount]);
  });

  it.each([
    "rappelle-moi d'appeler maman",
    'il fait beau',
    "combien j'ai dépensé ce mois-ci ?",
    'how much did I spend this week?',
    'on m’a remboursé 20 €',
    'I got a refund of 20 euros',
    'Paul me doit 30 euros',
    'rappelle-moi de payer le loyer de 800 euros',
    'appelle le 06 12 34 56 78',
    "j'ai retiré 50 euros au distributeur",
    'took out 40 euros at the ATM',
    'rendez-vous à 15 chez le dentiste',
    'j’ai couru 10 kilomètres',
    'mon fils a 12 ans',
    '',
  ])('finds no expense in "%s"', (text) => {
    expect(parse(text).expenses).toEqual([]);
  });

  it.each([
    ['Quinze euros de courses chez Aldi.', 'Courses chez Aldi'],
    ["J'ai payé 23,40 € à la brasserie ce midi.", 'Brasserie'],
    ['Hier, un ticket de bus à 2 euros.', 'Ticket de bus'],
    ['Billet de train Paris-Lyon, 59 euros.', 'Billet de train Paris-Lyon'],
    ['8 € de pain', 'Pain'],
    ['Bus ligne 14, 2 euros.', 'Bus ligne 14'],
    ['42 euros', 'Dépense'],
    ['42 dollars', 'Expense'],
  ])('describes "%s" as "%s"', (text, description) => {
    expect(parse(text).expenses[0]?.description).toBe(description);
  });

  it.each([
    ['Douze euros cinquante au resto ce midi.', true],
    ['Loyer 780 euros.', true],
    ['Taxi 12 euros hier soir.', true],
    ['resto 25', false],
    ['42 euros', false],
    ['euh alors pour le truc de tout à l’heure, disons trente-deux euros quarante, enfin je crois', false],
    ['twelve fifty for lunch', false],
    ['2 baguettes à 1,10', false],
  ])('is confident about "%s": %s', (text, confident) => {
    expect(parse(text).confidence >= PARSER_CONFIDENT).toBe(confident);
  });

  it.each([
    ['Restaurant 80 euros, on était 4', ['80.00 dining 2026-11-24']],
    ['Un Uber de 23 euros 40 hier soir', ['23.40 transport 2026-11-23']],
    ['Billet de train pour le 15 décembre, 60 euros', ['60.00 transport 2026-11-24']],
    ['Fnac, cadeau pour Léa, 25 euros', ['25.00 gifts 2026-11-24']],
    [
      'Trente euros d’essence et vingt de péage',
      ['30.00 transport 2026-11-24', '20.00 transport 2026-11-24'],
    ],
  ])('reads the context of "%s"', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('uses the locale only as a hint', () => {
    expect(parse('Pain 3 euros', 'en').expenses[0]?.category).toBe('groceries');
    expect(parse('Coffee 3 euros', 'fr').expenses[0]?.category).toBe('dining');
  });

  it('gives up on text far longer than a spoken note', () => {
    expect(parse(`${'blabla '.repeat(400)} 12 €`).expenses).toEqual([]);
  });
});
