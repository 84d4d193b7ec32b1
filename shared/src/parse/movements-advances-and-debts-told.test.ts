/**
 * The moves30 readings (issue 29), through the whole parser on Tuesday 24 November 2026: « c'est moi
 * qui ai avancé » lends as « j'ai avancé » (« ai » goes only with the speaker); whom the speaker lent
 * to (« que je lui avais avancés », "I advanced her") is a person, whatever shop bears the name, and
 * the advance says the kind before a deposit named; the speaker's debt told in a clause after money
 * sent (« je lui devais le ciné », « il m'avait payé la place ») is what it settles; money sent « à »
 * someone « sur Lydia » is given to them, not put on one's own app; a money noun "got" came in
 * ("got my severance"). "paid" is not read so: most often the speaker paid (« the car payment paid
 * today »). The look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  return r.expenses.map((e) => `spent ${e.amount}`).join(' ');
};

describe('advances, debts told after money sent, money nouns got', () => {
  it.each([
    // « moi qui ai avancé »: the speaker lent.
    ["c'est moi qui ai avancé les pizzas de Malo, 32 €", 'loan 32.00'],
    // Lent by the speaker, given back: a person's repayment, a shop's name or a deposit said.
    ["Sandro m'a rendu les 25 € que je lui avais avancés", 'repayment 25.00'],
    ['Imogen paid me back the 70 I advanced her for the deposit', 'repayment 70.00'],
    // The speaker's debt told after the money sent: paid back.
    ["j'ai viré 22 € à Elsa, je lui devais le restau", 'repayment 22.00'],
    ["j'ai envoyé 15 € à Hugo sur Lydia, il m'avait payé le billet", 'repayment 15.00'],
    // A money noun got.
    ['got my redundancy from the warehouse, 4,200', 'income 4200.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A bill owed said inside the giving's clause, or before it: a trader paid, spent.
    ['Settled the dentist bill I owed, 60 euros', 'spent 60.00'],
    ["je devais 30 € au garagiste, je l'ai payé hier", 'spent 30.00'],
    // The speaker's own share owed: spent.
    ["j'ai viré 30 € à Julie, je lui devais ma place de concert", 'spent 30.00'],
    // Money put on one's own app or account stays a transfer.
    ["j'ai mis 50 € sur mon livret", 'transfer 50.00'],
    // A payment "paid" with no one named: the speaker's, spent (a lead's check of moves30's first
    // rule, which read these as income).
    ['the car payment paid today, 200', 'spent 200.00'],
    ['school trip payment paid, 45', 'spent 45.00'],
    ["the nanny's allowance paid, 40", 'spent 40.00'],
    // A shop that gives back with no advance said still refunds.
    ["Zara m'a remboursé 40 € pour la robe", 'refund 40.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
