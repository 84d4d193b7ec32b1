/**
 * Money said roughly (rough-numbers.ts and the hedges of markers.ts): the amount is kept, never
 * dropped, and the parse is below PARSER_CONFIDENT, so a person or the model looks at it.
 */
import { describe, expect, it } from 'vitest';
import { PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => parseExpenseText(text, TEST_OPTS);

describe('money said roughly is kept and flagged', () => {
  it('reads "a couple hundred" before people as a count, not money', () => {
    const r = read('a couple hundred people came, the hall was 300 euros');
    expect(r.expenses.map((e) => `${e.amount} ${e.currency}`)).toEqual(['300.00 EUR']);
  });

  it.each([
    ["une quarantaine d'euros chez le caviste", '40.00 EUR'],
    ['une cinquantaine de balles de courses', '50.00 EUR'],
    ["une centaine d'euros de cadeaux de Noël", '100.00 EUR'],
    ['a couple hundred euros for the new tyres', '200.00 EUR'],
    // Two of the scale with no currency said, when nothing is counted after it.
    ['a couple hundred on the new tyres', '200.00 EUR'],
    ['a couple of hundred for the roof repair', '200.00 EUR'],
    ['couple grand for the car', '2000.00 EUR'],
    ['autour de 70 € chez le dentiste', '70.00 EUR'],
    ['plus ou moins 12 € de tabac', '12.00 EUR'],
    ['taxi was 20-ish', '20.00 EUR'],
    // A word of roughness between the number and its money: the money is still the number's.
    ['forty-something quid at the pub', '40.00 GBP'],
    ['thirty odd quid at the pub', '30.00 GBP'],
    ['twenty-ish quid at the pub', '20.00 GBP'],
    ['forty something euros at the pub', '40.00 EUR'],
    // A bound, not the amount.
    ['un peu moins de 30 euros le ciné', '30.00 EUR'],
    ['just under 20 quid for the cab', '20.00 GBP'],
    ['at least 40 euros for the taxi', '40.00 EUR'],
    ['vingt-cinq balles et des brouettes le resto', '25.00 EUR'],
  ])('%s → %s, to look at', (text, want) => {
    const r = read(text);
    expect(r.expenses.map((e) => `${e.amount} ${e.currency}`)).toEqual([want]);
    expect(r.confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it.each([
    ["une douzaine d'œufs, 3 €", '3.00 EUR'],
    ['une quinzaine de jours au camping, 300 €', '300.00 EUR'],
  ])('a count said roughly is no rough money: %s → %s, sure', (text, want) => {
    const r = read(text);
    expect(r.expenses.map((e) => `${e.amount} ${e.currency}`)).toEqual([want]);
    expect(r.confidence).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
  });
});
