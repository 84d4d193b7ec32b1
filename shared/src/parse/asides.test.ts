/**
 * Asides about who pays back a part of a bill the speaker paid (markers-system.ts, issue 29 v9):
 * the whole amount paid is the expense, marked reimbursable, never a loan, a debt or a share.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

describe('a part to come back keeps the whole bill, reimbursable', () => {
  it.each([
    ["courses 64 €, j'ai tout réglé, ma coloc me rendra sa part", '64.00'],
    ['ciné 22 €, Hugo me doit la moitié', '22.00'],
    ["kiné 50 €, la mutuelle m'en rembourse 30", '50.00'],
    ['lunch 36 euros, I paid, Ana will pay me back her half', '36.00'],
    ['hotel 140 euros, the others will send me their share', '140.00'],
    ['dentist 80 euros, insurance pays back 70 percent', '80.00'],
    // « paie » here is the insurer paying, not a pay packet.
    ["le dépannage de la voiture 240 euros l'assurance paie", '240.00'],
    ["les lunettes 200 euros c'est la mutuelle qui paie", '200.00'],
    ['towing 150 euros the insurance pays', '150.00'],
  ])('%s → %s', (text, want) => {
    const r = parseExpenseText(text, TEST_OPTS);
    expect(r.movement).toBeUndefined();
    expect(r.expenses.map((e) => [e.amount, e.reimbursable])).toEqual([[want, true]]);
  });

  it('leaves a pay packet income', () => {
    expect(parseExpenseText('ma paie est tombée 1900 euros', TEST_OPTS).movement?.kind).toBe('income');
  });

  it('leaves money lent alone a loan, and money owed nothing', () => {
    expect(parseExpenseText('Marie me rendra 20 € vendredi', TEST_OPTS).movement?.kind).toBe('loan');
    expect(parseExpenseText('Hugo me doit 15 €', TEST_OPTS).expenses).toEqual([]);
  });
});
