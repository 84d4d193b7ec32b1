/**
 * The moves18 movement rules, through the whole parser on Tuesday 24 November 2026: an allowance
 * paid and a client paying the speaker's invoice come in; money lent to the speaker in the present,
 * or with a return the speaker promises, is a loan; what a person had lent, given back, a repayment;
 * money moved from one's own account or into a savings pot a transfer; a deposit of bottles returned a refund; someone
 * else's pay (« le salaire de la nounou ») is spent.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  return r.movement
    ? `${r.movement.kind} ${r.movement.amount}`
    : r.expenses.map((e) => `spent ${e.amount}${e.reimbursable ? ' reimbursable' : ''}`).join(' ');
};

describe('benefits, loans and deposits, said as people say it', () => {
  it.each([
    ['la caisse de retraite a viré mon allocation, 640 €', 'income 640.00'],
    ['le cabinet Durand a réglé ma facture de traduction, 380 €', 'income 380.00'],
    ["ma tante m'avance 200 € pour le déménagement", 'loan 200.00'],
    ["j'ai pris 70 € à mon frère pour le train, je le rembourserai", 'loan 70.00'],
    ["j'ai redonné à Sofia les 45 € qu'elle m'avait prêtés", 'repayment 45.00'],
    ['300 € ajoutés sur mon Livret Jeune depuis mon compte', 'transfer 300.00'],
    ["j'ai récupéré 3 € de consigne au supermarché", 'refund 3.00'],
    ['le salaire de la femme de ménage, 250 €', 'spent 250.00'],
    ['moved 40 euros over to my savings pot', 'transfer 40.00'],
    ["put 10 euros in the pot for Sarah's leaving gift", 'spent 10.00'],
    // Look-alikes that stay as they were: one's own pay, a salary said with its month.
    ['mon salaire de novembre, 1 900 €', 'income 1900.00'],
    ['le salaire de novembre est tombé, 1 900 €', 'income 1900.00'],
    ['hôtel à Lille, 110 €, sur les frais de la boîte', 'spent 110.00 reimbursable'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
