/**
 * The moves33 movement rules, through the whole parser on Tuesday 24 November 2026: a bare figure
 * before « via », "through", "cash" or a giving verb's "back" is money, not a count of things; sick
 * pay from the health insurer is income; an employer paying work pays the speaker; cash out of a
 * machine is one's own; a platform paying out work is pay; a loan is dated when it was lent. Each
 * rule beside the expenses that look like it.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  return r.movement
    ? `${r.movement.kind} ${r.movement.amount}`
    : r.expenses.map((e) => `spent ${e.amount}${e.reviewReason ? ` ${e.reviewReason}` : ''}`).join(' ');
};

describe('money sent through an app, a bare figure before « via »', () => {
  it.each([
    ['Mia sent me 16 via Revolut, her half of the cab', 'repayment 16.00'],
    ['my godmother sent me 40 through PayPal for Christmas', 'income 40.00'],
    ['Luke sent 12 back on PayPal for the bowling', 'repayment 12.00'],
    // Look-alikes: the speaker's own share sent, a trade paid through an app, backs counted.
    ['sent Kim 30 via Revolut for my festival ticket', 'spent 30.00'],
    ['paid the electrician 120 via bank transfer', 'spent 120.00'],
    ['bought 2 back covers for 30', 'spent 30.00'],
    ['got 4 back issues of the magazine for 12', 'spent 12.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('sick pay from the health insurer is income, care given back a refund', () => {
  it.each([
    ["la Sécu m'a versé 210 € pour mon arrêt maladie", 'income 210.00'],
    ["l'Assurance maladie m'a payé mes deux jours d'arrêt, 98 €", 'income 98.00'],
    ["la CPAM m'a viré les IJ, 330 €", 'income 330.00'],
    ['the CPAM paid my sick days, 150 euros', 'income 150.00'],
    // Look-alikes: care given back, a stop that is no leave, a sick pet's bill.
    ["la Sécu m'a versé 18 € pour la pharmacie", 'refund 18.00'],
    ["l'assurance m'a versé 300 € pour l'arrêt de bus cassé", 'refund 300.00'],
    ["the insurance paid for my sick cat's vet bill, 200", 'spent 200.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('an employer paying work is pay, paying a thing treats', () => {
  it.each([
    ['my employer paid my shifts, 280', 'income 280.00'],
    ['my boss paid my overtime hours, 120', 'income 120.00'],
    ['mon patron a payé mes heures, 96 €', 'income 96.00'],
    // Look-alikes: the employer paid a thing of the speaker's or a meal: not the speaker's money.
    ['my boss paid for lunch, 40', 'spent 40.00 not_paid'],
    ['my boss paid my train pass, 75', 'spent 75.00 not_paid'],
    ['mon patron a payé le resto, 80 €', 'spent 80.00 not_paid'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('cash out of a machine, and pay paid out or come in', () => {
  it.each([
    ["j'ai sorti 60 € au distributeur pour la brocante", 'transfer 60.00'],
    ['got 100 cash from the machine for the car boot sale', 'transfer 100.00'],
    ['pulled 40 out at the Lloyds machine by the station', 'transfer 40.00'],
    ['Uber Eats paid out my deliveries, 180 euros', 'income 180.00'],
    ["l'ARE est tombée, 980 €", 'income 980.00'],
    // Look-alikes: money taken out for a meal, a coffee or a wash from a machine, a cashback paid out.
    ["j'ai sorti 20 € pour le resto", 'spent 20.00'],
    ['a coffee from the machine, 2', 'spent 2.00'],
    ['5 cash for the car wash machine', 'spent 5.00'],
    ["my card's cashback scheme paid out 12 euros", 'refund 12.00'],
    // "are" is English's verb, no benefit: things arrived are spent (a benefit's acronym with the
    // French verbs only; « le RSA est arrivé » comes in).
    ['le RSA est arrivé, 607 €', 'income 607.00'],
    ['my shoes are arrived, 60 euros', 'spent 60.00'],
    ['we are landed in Nice, taxi 40 euros', 'spent 40.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a loan is dated when the money was lent, not when it is to come back', () => {
  const dateOf = (text: string) => parseExpenseText(text, TEST_OPTS).movement?.date;
  it.each([
    ["j'ai prêté 60 € à Zoé pour son billet, elle me rend ça samedi", '2026-11-24'],
    ["I advanced 28 for Zoe's ticket, she'll pay me Saturday", '2026-11-24'],
    ['prêté 30 € à Paul, il me les rendra lundi', '2026-11-24'],
    // The day it was lent, said beside the payback's, stays the loan's.
    ["lent Tom 50 on Saturday, he'll pay me back Friday", '2026-11-21'],
    ["hier, j'ai prêté 20 € à Max", '2026-11-23'],
  ])('%s → %s', (text, want) => {
    expect(dateOf(text)).toBe(want);
  });
});
