import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => parseExpenseText(text, TEST_OPTS);
const first = (text: string) => read(text).expenses[0];

describe('fees by what they are for, things for an outing, care said with how the part is, French fares (purposes25)', () => {
  it.each([
    // fees-said.ts: a fee's modifier says its kind; what the fee is for says the category.
    ['the processing fee for the passport, 75 euros', 'travel'],
    ['a booking fee for the theatre, 4 euros', 'leisure'],
    // categorize.ts: a frame word heading an English compound leaves the modifier to say what for.
    ['the hotel deposit, 100 euros', 'travel'],
    // category-things-for-food.ts: an unknown thing bought for a pastime or an outing is a thing.
    ['des jambières pour le club de hockey, 30 €', 'shopping'],
    ['un bandeau pour la kermesse de l’école, 4 €', 'shopping'],
    // fare-cards.ts: a single or a return to a town named, said in French.
    ["l'aller simple pour Rennes, 28 €", 'transport'],
    ['un aller-retour Lille-Bruxelles, 40 €', 'transport'],
    // category-care.ts: French says how the part is after it.
    ['une lotion pour les pieds secs, 9 €', 'health'],
    ['des gouttes pour le nez bouché, 5 €', 'health'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // A seat, a frame word or a course for the outing is no thing bought for it.
    ['une place pour le spectacle de danse, 20 €', 'leisure'],
    ['une carte pour le club de tennis, 40 €', 'leisure'],
    ['une prépa pour le concours, 900 €', 'education'],
  ])('leaves « %s » as %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('reads « aller » as the verb when no article is before it', () => {
    expect(first('un bouquet pour aller à Lyon chez Marie, 20 €')?.category).not.toBe('transport');
    expect(first('pour aller chez Marie, un bouquet, 20 €')?.category).not.toBe('transport');
  });

  it('reads no care in an English compound: "back" then a noun is the back door', () => {
    expect(first('a lock for the back door, 30 euros')?.category).not.toBe('health');
  });

  it('reads a fee for a loan as spent, and a loan as a loan', () => {
    const fee = read('les frais de dossier pour le prêt de la voiture, 200 €');
    expect(fee.expenses).toHaveLength(1);
    expect(fee.movement).toBeUndefined();
    expect(read("j'ai fait un prêt de 500 € à mon frère").expenses).toHaveLength(0);
  });
});
