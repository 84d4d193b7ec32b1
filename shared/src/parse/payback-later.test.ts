/**
 * The amounts34 readings (issue 29), through the whole parser on Tuesday 24 November 2026: a payback
 * told after the money (« remboursé demain », « la mutuelle me rembourse la semaine prochaine »,
 * "work reimburses me on Friday") makes the expense reimbursable and keeps its own day, not the
 * payback's; a payback already come, done by someone, or the speaker's own stays what it was.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  return r.expenses
    .map(
      (e) =>
        `${e.amount} ${e.date}${e.reimbursable ? ' reimbursable' : ''}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
    )
    .join(' | ');
};

describe('a payback told after the money', () => {
  it.each([
    // The day said after the payback is when it comes back: the expense is today's, reimbursable.
    ['taxi 25 €, remboursé demain', '25.00 2026-11-24 reimbursable'],
    ['un VTC, 21 €, remboursé la semaine prochaine', '21.00 2026-11-24 reimbursable'],
    ['ostéo 60 €, la mutuelle me rembourse dans quinze jours', '60.00 2026-11-24 reimbursable'],
    ['la prise de sang, 19 €, la Sécu rembourse vendredi', '19.00 2026-11-24 reimbursable'],
    ['le déjeuner client, 58 €, ma boîte me rembourse lundi', '58.00 2026-11-24 reimbursable'],
    ['hotel 120 euros, reimbursed next month', '120.00 2026-11-24 reimbursable'],
    ['parking 14 euros, work reimburses me on Thursday', '14.00 2026-11-24 reimbursable'],
    ['a cab, 23 euros, my boss pays me back tomorrow', '23.00 2026-11-24 reimbursable'],
    // The spending's own day stays, the payback's time does not move it.
    ["samedi, le dentiste, 70 €, l'assurance me rembourse le mois prochain", '70.00 2026-11-21 reimbursable'],
    ['yesterday, a taxi, 31 euros, work pays it back next week', '31.00 2026-11-23 reimbursable'],
    // No day: paid back later all the same.
    ['pharmacie 12 €, remboursée à 70 %', '12.00 2026-11-24 reimbursable'],
    ['le dermato, 50 €, remboursé à 70 % par la Sécu', '50.00 2026-11-24 reimbursable'],
    ['dentist 80 euros, reimbursed at 70 percent', '80.00 2026-11-24 reimbursable'],
    ['les lunettes, 280 €, prises en charge à 100 % par la mutuelle', '280.00 2026-11-24 reimbursable'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A refund come: a time gone after the participle tells the amount was money back.
    ['le billet de train 48 €, remboursé hier', 'refund 48.00'],
    ['the shoes, 60 euros, refunded yesterday', 'refund 60.00'],
    ['Amazon, 30 €, remboursés ce matin', 'refund 30.00'],
    // The refund's own amount said after it, its day the refund's.
    ['Amazon me rembourse 30 € demain', 'refund 30.00'],
    // Paid back already by a person, or the speaker paying someone back: no aside.
    ["le resto, 40 €, Paul m'a remboursé sa part", 'repayment 40.00'],
    ["le ciné, 20 €, Julie m'a remboursé", 'repayment 20.00'],
    ['le ciné, 12 €, je rembourse Paul demain', 'repayment 12.00'],
    ['le ciné de Paul, 12 €, il me rembourse demain', 'loan 12.00'],
    ['the car payment paid today, 200', '200.00 2026-11-24'],
    ['la mutuelle, 52 € ce mois-ci', '52.00 2026-11-24'],
    // A day of the spending, with no payback, stays the expense's; a payback denied adds nothing.
    ['le resto, 74 €, lundi', '74.00 2026-11-23'],
    ['taxi 25 €, il ne me remboursera pas', '25.00 2026-11-24'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a payback told after the money, beside another expense or a day number (amounts35)', () => {
  it.each([
    // The payback opening the clause after the first amount is that thing's, not the next one's.
    ['taxi 28 €, remboursé demain, et le déjeuner 16 €', '28.00 2026-11-24 reimbursable | 16.00 2026-11-24'],
    [
      'the cab was 19, refunded next week by work, and a sandwich 5',
      '19.00 2026-11-24 reimbursable | 5.00 2026-11-24',
    ],
    // A day number alone after a payback is the day of the month the money comes back on.
    ['le train 72 €, remboursé avec ma paie le 5', '72.00 2026-11-24 reimbursable'],
    ['hotel 140, gets reimbursed on the 3rd', '140.00 2026-11-24 reimbursable'],
    // "I'll get it back" on pay day is a payback, not pay.
    ["a taxi to the client, 38 euros, I'll get it back on my next payslip", '38.00 2026-11-24 reimbursable'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A payback said of the second thing, with its own words, is its own.
    ['le resto 30 €, et le taxi 25 €, remboursé demain', '30.00 2026-11-24 | 25.00 2026-11-24 reimbursable'],
    // A refund come on a day, with its month: kept as said; a payslip with money of its own is pay.
    ['le kiné 40 €, remboursé le 12 novembre', '40.00 2026-11-12 reimbursable'],
    ['got my payslip, 1900 euros', 'income 1900.00'],
    // Nothing of money: a thing lent comes back.
    ["the drill I lent Sam, I'll get it back on Sunday", ''],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a weekday alone after a payback is the payback day (amounts36)', () => {
  it.each([
    ['le parking 18 €, remboursé jeudi', '18.00 2026-11-24 reimbursable'],
    ['samedi, le péage, 14 €, remboursé mardi', '14.00 2026-11-21 reimbursable'],
    ['the cab 26, reimbursed on Friday, and a coffee 3', '26.00 2026-11-24 reimbursable | 3.00 2026-11-24'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A weekday said as gone after the payback tells the refund came.
    ['le taxi, 30 €, remboursé lundi dernier', 'refund 30.00'],
    // A weekday with no payback is the spending's.
    ['jeudi, le parking, 18 €', '18.00 2026-11-19'],
    ['le parking 18 € jeudi', '18.00 2026-11-19'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a payback told between two things is the one before it (amounts36)', () => {
  it.each([
    [
      'le kiné 45 €, la mutuelle rembourse, et le café 2 €',
      '45.00 2026-11-24 reimbursable | 2.00 2026-11-24',
    ],
    [
      'parking 9, paid back by work on Friday, and a sandwich 6',
      '9.00 2026-11-24 reimbursable | 6.00 2026-11-24',
    ],
    [
      'le taxi 18 € que la boîte rembourse, et la pizza 12 €',
      '18.00 2026-11-24 reimbursable | 12.00 2026-11-24',
    ],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // Told before them all or after them all, it is all of theirs.
    [
      'note de frais : taxi 22 € et déjeuner 18 €',
      '22.00 2026-11-24 reimbursable | 18.00 2026-11-24 reimbursable',
    ],
    [
      'café 2 € et croissant 1 €, c’était pour le boulot',
      '2.00 2026-11-24 reimbursable | 1.00 2026-11-24 reimbursable',
    ],
    // Paid back by the speaker to someone: no payback of the thing.
    ['le vélo 200 € que Paul m’a remboursé', 'refund 200.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
