import type { Suggestion, UnmatchedExpense } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { bankAmountChange, SAID_SHOWN, saidExpensesFor } from './said-expenses.ts';

const line: Suggestion = {
  id: 'l',
  date: '2026-11-24',
  amount: '44.00',
  currency: 'EUR',
  label: 'CB LE BISTROT 22/11',
  originalAmount: '47.50',
  originalCurrency: 'CHF',
  category: 'dining',
  merchant: 'Le Bistrot',
  candidates: ['c'],
  candidateExpenses: [],
};
const said = (id: string, over: Partial<UnmatchedExpense> = {}): UnmatchedExpense => ({
  id,
  date: '2026-11-22',
  amount: '40.00',
  currency: 'EUR',
  category: 'dining',
  description: id,
  notSeenByBank: false,
  ...over,
});

describe('the expenses a bank line could be, said at another amount', () => {
  it.each([
    ['another amount two days before', said('a'), true],
    ['the line’s original currency', said('a', { currency: 'CHF' }), true],
    ['a currency the line has no amount in', said('a', { currency: 'USD' }), false],
    ['eleven days before', said('a', { date: '2026-11-13' }), false],
    ['ten days after', said('a', { date: '2026-12-04' }), true],
    ['no amount yet', said('a', { amount: null }), false],
    ['one of the line’s candidates already', said('c'), false],
  ])('%s', (_name, expense, offered) => {
    expect(saidExpensesFor(line, [expense]).map((e) => e.id)).toEqual(offered ? [expense.id] : []);
  });

  it('offers the closest amounts first, then the closest days, and no more than a few', () => {
    const bread = said('bread', { amount: '5.60', date: '2026-11-24' });
    const far = said('far', { date: '2026-11-15' });
    const near = said('near', { date: '2026-11-25' });
    const tip = said('tip', { amount: '41.00', date: '2026-11-16' });
    const many = Array.from({ length: SAID_SHOWN }, (_, i) => said(`m${i}`, { date: '2026-11-18' }));
    expect(saidExpensesFor(line, [bread, far, ...many, near, tip]).map((e) => e.id)).toEqual([
      'tip',
      'near',
      ...many.slice(0, SAID_SHOWN - 2).map((e) => e.id),
    ]);
  });
});

describe('what a pairing would change', () => {
  it.each([
    ['40,00 € said, 44,00 € at the bank', said('a'), '44.00'],
    ['the same amount', said('a', { amount: '44.00' }), null],
    ['francs paid abroad, a few more at the bank', said('a', { currency: 'CHF', amount: '45.00' }), '47.50'],
  ])('%s', (_name, expense, bank) => {
    expect(bankAmountChange(line, { ...expense, amount: expense.amount ?? '' })).toBe(bank);
  });
});
