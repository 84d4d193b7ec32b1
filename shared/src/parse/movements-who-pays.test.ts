import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

/*
 * Round 35 of issue 29 (money48): who paid whom. A deposit holder giving the speaker's deposit back
 * by any verb, the amount said after it; one named by a common noun, no person and no body that
 * gives back, paying the speaker for a thing.
 */
describe('a deposit of the speaker’s that its holder let go, the amount said after', () => {
  it.each([
    ["l'agence a enfin lâché ma caution, 800 €", '800.00'],
    ['the landlord finally released my deposit, 900', '900.00'],
  ])('"%s" is a refund of %s', (text, amount) => {
    expect(parse(text).movement).toMatchObject({ kind: 'refund', amount });
  });

  it.each([
    ['the landlord kept my deposit, 900', '900.00'],
    ["l'agence veut ma caution, 800 €", '800.00'],
    ["j'ai payé ma caution à l'agence, 800 €", '800.00'],
    ['the deposit for the flat, 900', '900.00'],
  ])('"%s" moves nothing back: %s stays an expense', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount }]);
    expect(got.movement).toBeUndefined();
  });
});

describe('paid for a thing by one named by a common noun', () => {
  it.each([
    ['the farm paid me for the week of apple picking, 420', 'income'],
    ["la galerie m'a payé pour les deux toiles, 1 200 €", 'income'],
    ['the guy paid me for the bike, 150', 'income'],
    // A person pays back; an insurer, an airline or a landlord gives back.
    ['Tom paid me for the pizza, 12', 'repayment'],
    ['Priya paid me for the pizza, 12', 'repayment'],
    ['my flatmate paid me for the bills, 30', 'repayment'],
    ['the airline paid me for the cancelled flight, 250', 'refund'],
    ["l'assurance m'a payé pour la vitre, 200 €", 'refund'],
  ])('"%s" is %s', (text, kind) => {
    expect(parse(text).movement?.kind).toBe(kind);
  });
});

describe('money passed to the speaker', () => {
  it.each([
    ['my coach passed me 50 from the race prize pot', 'income'],
    ['Tom passed me 15 for the cinema', 'repayment'],
  ])('"%s" is %s', (text, kind) => {
    expect(parse(text).movement?.kind).toBe(kind);
  });

  it('"I passed my driving test, 60 for the certificate" is still spent', () => {
    expect(parse('I passed my driving test, 60 for the certificate').expenses).toMatchObject([
      { amount: '60.00' },
    ]);
  });
});
