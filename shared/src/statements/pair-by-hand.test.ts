import { describe, expect, it } from 'vitest';
import {
  bankAmountIn,
  closeEnoughToPair,
  PAIR_DAYS,
  PAIRABLE_SHOWN,
  pairableExpenses,
} from './pair-by-hand.ts';

const line = { date: '2026-11-22', valueDate: null, amount: '44.00', currency: 'EUR' };
const abroad = { ...line, amount: '46.35', originalAmount: '50.00', originalCurrency: 'USD' };

describe('bankAmountIn', () => {
  it.each([
    ['the line’s own currency', line, 'EUR', '44.00'],
    ['another currency, the line giving none', line, 'USD', null],
    ['the original currency of a card payment abroad', abroad, 'USD', '50.00'],
    ['the account’s currency of that payment', abroad, 'EUR', '46.35'],
    ['a third currency', abroad, 'GBP', null],
  ])('%s', (_name, l, currency, amount) => {
    expect(bankAmountIn(l, currency)).toBe(amount);
  });
});

describe('closeEnoughToPair', () => {
  it.each([
    ['the same day', '2026-11-22', null, true],
    [`${PAIR_DAYS} days before the bank`, '2026-11-12', null, true],
    [`${PAIR_DAYS + 1} days before the bank`, '2026-11-11', null, false],
    [`${PAIR_DAYS} days after the bank`, '2026-12-02', null, true],
    [`${PAIR_DAYS + 1} days after the bank`, '2026-12-03', null, false],
    ['far from the booking, close to the value date', '2026-11-05', '2026-11-08', true],
  ])('%s', (_name, expenseDate, valueDate, close) => {
    expect(closeEnoughToPair({ date: line.date, valueDate }, expenseDate)).toBe(close);
  });
});

describe('pairableExpenses', () => {
  const card = {
    date: '2026-12-01',
    valueDate: '2026-11-29',
    amount: '44.00',
    currency: 'EUR',
    originalAmount: '47.50',
    originalCurrency: 'CHF',
    candidates: ['c'],
  };
  const said = (id: string, over: Partial<{ date: string; amount: string; currency: string }> = {}) => ({
    id,
    date: '2026-11-30',
    amount: '40.00',
    currency: 'EUR',
    ...over,
  });

  it.each([
    ['another amount the day before the booking, in the month before', said('a'), true],
    ['the line’s original currency', said('a', { currency: 'CHF' }), true],
    ['a currency the line has no amount in', said('a', { currency: 'USD' }), false],
    ['ten days before the value date, twelve before the booking', said('a', { date: '2026-11-19' }), true],
    ['eleven days before the value date', said('a', { date: '2026-11-18' }), false],
    ['ten days after the booking', said('a', { date: '2026-12-11' }), true],
    ['eleven days after the booking', said('a', { date: '2026-12-12' }), false],
    ['one of the line’s candidates already', said('c'), false],
  ])('%s', (_name, expense, offered) => {
    expect(pairableExpenses(card, [expense]).map((e) => e.id)).toEqual(offered ? [expense.id] : []);
  });

  it('offers the closest amounts first, then the closest days, then the earlier, and no more than a few', () => {
    const bread = said('bread', { amount: '5.60', date: '2026-12-01' });
    const far = said('far', { date: '2026-11-22' });
    const near = said('near', { date: '2026-12-02' });
    const tip = said('tip', { amount: '41.00', date: '2026-11-23' });
    const many = Array.from({ length: PAIRABLE_SHOWN }, (_, i) => said(`m${i}`, { date: '2026-11-25' }));
    // Two at the same distance: the earlier day first, whatever order they come in.
    const after = said('after', { date: '2026-12-07' });
    const before = said('before', { date: '2026-11-25', amount: '40.00' });
    expect(pairableExpenses(card, [bread, far, ...many, near, tip]).map((e) => e.id)).toEqual([
      'tip',
      'near',
      ...many.slice(0, PAIRABLE_SHOWN - 2).map((e) => e.id),
    ]);
    expect(pairableExpenses(card, [after, before]).map((e) => e.id)).toEqual(['before', 'after']);
  });
});
