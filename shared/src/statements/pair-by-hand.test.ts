import { describe, expect, it } from 'vitest';
import { bankAmountIn, closeEnoughToPair, PAIR_DAYS } from './pair-by-hand.ts';

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
