/**
 * The money54 rules (round 36), through the whole parser on Tuesday 24 November 2026: money that
 * comes in said by its source. Each rule beside the look-alikes it must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { movedOrSpentCases, TEST_OPTS } from './testing/test-parse.ts';

const cases = movedOrSpentCases;

describe('"paid out" by anyone but an insurer is pay: a platform, a shop of one\'s own, a game', () => {
  cases([
    ['Etsy paid out 132 euros for the earrings', 'income 132.00 EUR'],
    ['Bandcamp paid out 47 euros from the album', 'income 47.00 EUR'],
    ['my scratch card paid out 30 euros', 'income 30.00 EUR'],
    // Look-alikes: an insurer paying out gives back; a bank paying out a loan lends.
    ['the insurer paid out 350 for the phone', 'refund 350.00 EUR'],
    ['my insurance paid out 200 for the bike', 'refund 200.00 EUR'],
    ['the bank paid out the loan, 5000', 'loan 5000.00 EUR'],
  ]);
});

describe('takings said right after their amount: « de caisse », « de recette », « de chiffre »', () => {
  cases([
    ["j'ai fait 640 € de caisse à la boutique", 'income 640.00 EUR'],
    ["j'ai fait 380 € de recette au food truck ce midi", 'income 380.00 EUR'],
    ['on a fait 900 euros de chiffre samedi', 'income 900.00 EUR'],
    // Look-alikes: the same words not right after the amount name a thing bought.
    ['ticket de caisse 12 €', 'spent 12.00 EUR transport'],
    ['un fond de caisse de 50 € pour le marché', 'spent 50.00 EUR groceries'],
    ['une caisse enregistreuse, 150 €', 'spent 150.00 EUR shopping'],
    ['un livre de recettes, 25 €', 'spent 25.00 EUR leisure'],
  ]);
});

describe('« m\'a remboursé », "refunded" after a capitalised name no given name is: a shop\'s refund', () => {
  cases([
    ["Intersport m'a remboursé 30 € pour le cadenas", 'refund 30.00 EUR'],
    ['Cultura refunded me 18 euros', 'refund 18.00 EUR'],
    // Look-alikes: a given name repays; another verb than the shop's keeps a name a person's.
    ["Mehdi m'a remboursé 30 €", 'repayment 30.00 EUR'],
    ['Chloe refunded me 12 euros', 'repayment 12.00 EUR'],
    ["Mathis m'a renvoyé les 22 € du concert sur Lydia", 'repayment 22.00 EUR'],
  ]);
});

describe('"settled his half", "her share": another paying their own part back, as "paid his share"', () => {
  cases([
    ['my flatmate settled his half of the gas bill, 40', 'repayment 40.00 EUR'],
    ['Sam settled her share of the villa, 200', 'repayment 200.00 EUR'],
    // Look-alike: the speaker's own share is spent.
    ['I settled my share of the bill, 30', 'spent 30.00 EUR utilities'],
  ]);
});

describe('an insurer paying a sum said right after its verb gives back: a refund', () => {
  cases([
    ['the insurer paid 420 for the stolen laptop', 'refund 420.00 EUR'],
    ["l'assurance a payé 900 € pour le vol du scooter", 'refund 900.00 EUR'],
    // Look-alikes: an insurer paying a bill said before it; a person paying a sum.
    ["le garage 800 €, l'assurance paie", 'spent 800.00 EUR transport'],
    ['the garage, 800, the insurance paid it', 'spent 800.00 EUR transport'],
  ]);
  it('keeps the thing bought beside it: "the insurer paid 200 for the bike and I bought a lock, 35"', () => {
    const got = parseExpenseText('the insurer paid 200 for the bike and I bought a lock, 35', TEST_OPTS);
    expect(got.movement?.kind).toBe('refund');
    expect(got.expenses.map((e) => e.amount)).toEqual(['35.00']);
  });
});

describe('"settled my invoice" is pay, as "paid my invoice"', () => {
  cases([
    ['the bakery I did the logo for settled my invoice, 650', 'income 650.00 EUR'],
    ['the gallery settled my invoice, 300', 'income 300.00 EUR'],
    // Look-alike: the speaker settling a trade's invoice spends.
    ["I settled the plumber's invoice, 120", 'spent 120.00 EUR housing'],
  ]);
});
