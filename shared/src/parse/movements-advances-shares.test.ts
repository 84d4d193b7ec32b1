/**
 * The moves31 readings (issue 29), through the whole parser on Tuesday 24 November 2026: a third
 * person's share said anywhere after money sent to the speaker, pay advanced on one's wages, a temp
 * agency paying, a return promised after the speaker paid. The look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  return r.expenses.map((e) => `spent ${e.amount}`).join(' ');
};

describe('money sent to the speaker, their share said after', () => {
  it.each([
    ["Lucas m'a envoyé 22 € sur mon compte, c'est sa part de la pizzeria", 'repayment 22.00'],
    ['Ellie sent me 22, her half of the taxi', 'repayment 22.00'],
    // The speaker's own share, or a share the speaker paid, is no share paid back.
    ["Lucas m'a envoyé 22 €, c'est pour ma part", 'income 22.00'],
    ["Lucas m'a envoyé 22 €, j'ai payé sa part du loyer", 'income 22.00'],
    ["j'ai envoyé 22 € à Lucas pour sa part", 'transfer 22.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('pay advanced, a temp agency paying', () => {
  it.each([
    // Advanced on one's wages: pay received ahead.
    ['my boss advanced me 250 on my wages', 'income 250.00'],
    ["mon patron m'a avancé 250 € sur mon salaire", 'income 250.00'],
    ['avance sur salaire, 300 €', 'income 300.00'],
    // Advanced for a thing, or said on a day, stays lent.
    ['Tom advanced me 50 for the tickets', 'loan 50.00'],
    ["Tom m'a avancé 50 € pour les billets", 'loan 50.00'],
    ['my brother lent me 100 on Monday', 'loan 100.00'],
    // A temp agency pays the speaker's work.
    ['temping agency paid my shifts, 315', 'income 315.00'],
    ['the temp agency paid my last week, 410', 'income 410.00'],
    // The speaker paying an agency, or a thing called temp, is spent.
    ["j'ai payé l'agence d'intérim 200 €", 'spent 200.00'],
    ['I paid 20 for a temp phone', 'spent 20.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('paid ahead for a person, a return promised', () => {
  it.each([
    // The speaker paid or advanced, then the return promised: a loan.
    ["I advanced 28 for Zoe's gig ticket, she'll pay me Saturday", 'loan 28.00'],
    ['avancé 30 € pour le forfait de ski de Manon, elle règle demain', 'loan 30.00'],
    ["j'ai avancé 30 € pour le billet de Zoé, elle me rembourse samedi", 'loan 30.00'],
    // No paying said before the promise, or no promise: no loan.
    ["paid 30 for Zoe's ticket", 'spent 30.00'],
    ['elle règle toujours tout, 50 €', 'spent 50.00'],
    ['la facture du plombier, 120 €, il règle quand ?', 'spent 120.00'],
    // The next round promised, not this one paid back: the speaker's treat.
    ["j'ai payé le resto 60 €, elle règle la prochaine fois", 'spent 60.00'],
    ["paid 45 for dinner, he'll pay me next time", 'spent 45.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('paid, the state health insurance to pay it back', () => {
  it("« le kiné, 50 €, l'Assurance maladie me rembourse » is spent, to be paid back", () => {
    const r = parseExpenseText("le kiné, 50 €, l'Assurance maladie me rembourse", TEST_OPTS);
    expect(r.movement).toBeUndefined();
    expect(r.expenses.map((e) => [e.amount, e.category, e.reimbursable])).toEqual([
      ['50.00', 'health', true],
    ]);
  });
  it.each([
    // Paid back already: a refund received.
    ["l'Assurance maladie m'a remboursé 20 €", 'refund 20.00'],
    ["la mutuelle m'a remboursé 20 €", 'refund 20.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe("a person's cheque", () => {
  it.each([
    // A cheque from a person: theirs, for their share a repayment, else given.
    ['cheque from Ellie for her half of the taxi, 22', 'repayment 22.00'],
    ['le chèque de Tom pour sa part de la location, 110 €', 'repayment 110.00'],
    ['cheque from Grandma for my birthday, 50', 'income 50.00'],
    ['un chèque de 50 € de mamie pour mes vingt ans', 'income 50.00'],
    // No person after it: a cheque the speaker paid.
    ['le chèque de caution, 500 €', 'spent 500.00'],
    ['cheque from my account to the plumber, 120', 'spent 120.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
