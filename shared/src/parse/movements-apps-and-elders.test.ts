/**
 * The datemove17 movement rules, through the whole parser on Tuesday 24 November 2026: a payment
 * app used to pay a shop or a thing is spent, sent to a person it moves; parents give (income);
 * cash said taken out is a transfer whatever it is for; a joint account or a fund of one's own
 * receives a transfer; money handed over (« m'a remis ») or sent by an app's verb comes in.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  return r.movement
    ? `${r.movement.kind} ${r.movement.amount}`
    : r.expenses.map((e) => `spent ${e.amount}`).join(' ');
};

describe('money that moved, said as people say it', () => {
  it.each([
    ["j'ai payé le rémouleur par Wero, 12 €", 'spent 12.00'],
    // Look-alikes, right before too: a shop the lexicons know, a person paid through an app.
    ["j'ai payé la fleuriste avec Lydia, 22 €", 'spent 22.00'],
    ['paid the window cleaner through PayPal, 25 euros', 'spent 25.00'],
    ["j'ai payé Julien par Lydia, 15 €", 'transfer 15.00'],
    ["ma mère m'a viré 150 € pour l'assurance de la voiture", 'income 150.00'],
    ["mes grands-parents m'ont envoyé 80 € pour les courses", 'income 80.00'],
    ["Léa m'a viré 40 € pour le ciné", 'repayment 40.00'],
    ["j'ai sorti 60 € en espèces pour le marché de Noël", 'transfer 60.00'],
    ["j'ai sorti 20 € pour le resto", 'spent 20.00'],
    ['sent 300 euros to the joint account for the groceries', 'transfer 300.00'],
    ['moved 100 euros to my emergency fund', 'transfer 100.00'],
    ['put 10 euros in the charity fund at work', 'spent 10.00'],
    ["mon voisin m'a remis 30 € pour les courses que je lui ai faites", 'repayment 30.00'],
    ['Hugo revoluted me 12 euros for the pizza', 'repayment 12.00'],
    // The person paid back in one clause, the amount alone in the next.
    ['I paid Marco back, 35 euros', 'repayment 35.00'],
    ['paid my cousin back, 60 euros', 'repayment 60.00'],
    // For a thing of the cousin's: their outlay settled (tests/fixtures/README.md's « Label conventions »).
    ['paid my cousin back for the concert, 60 euros', 'repayment 60.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
