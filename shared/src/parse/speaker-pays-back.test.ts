/**
 * The speaker paying a person back (speaker-pays-back.ts, moves25), through the whole parser on
 * Tuesday 24 November 2026: a person paid back for a thing of theirs settles a debt (a repayment,
 * tests/fixtures/README.md's « Label conventions »), with or without « j'ai »; the speaker's own
 * share or a thing bought for the speaker named is spent, as a debt of one's own repaid is.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  return r.expenses.map((e) => `spent ${e.amount}`).join(' ');
};

describe('the speaker paying a person back', () => {
  it.each([
    ['remboursé Margot pour le théâtre, 22 €', 'repayment 22.00'],
    ["j'ai remboursé 16 € à ma cousine pour les pizzas", 'repayment 16.00'],
    ["j'ai rendu 9 € à Antoine pour le parking", 'repayment 9.00'],
    ['remboursé Simon, 30 €', 'repayment 30.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // The speaker's own share, or a thing bought for the speaker: spent.
    ["j'ai remboursé 14 € à Chloé pour ma place de cinéma", 'spent 14.00'],
    ['remboursé Yanis pour ma part du taxi, 12 €', 'spent 12.00'],
    ["j'ai rendu 6 € à mon voisin pour le pain qu'il m'a pris", 'spent 6.00'],
    // A debt of one's own, and money paid back to the speaker by a body.
    ['remboursé 200 € du prêt étudiant', 'spent 200.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it('reads money paid back by a body to the speaker as received', () => {
    expect(read('remboursé par la mutuelle, 25 €')).toBe('refund 25.00');
  });
});
