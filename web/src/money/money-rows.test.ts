import { type Budget, budgetProgress, type Expense, summarizeMonth } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { barWidth, categoryRows, defaultCurrency, overBy, totalRows } from './money-rows.ts';

const expense = (amount: string, over: Partial<Expense> = {}): Expense => ({
  id: crypto.randomUUID(),
  clientId: crypto.randomUUID(),
  position: 0,
  amount,
  currency: 'EUR',
  category: 'dining',
  description: '',
  date: '2026-11-10',
  transcript: null,
  source: 'text',
  status: 'saved',
  parsedBy: 'local',
  reviewReason: null,
  createdAt: '2026-11-10T11:00:00Z',
  updatedAt: '2026-11-10T11:00:00Z',
  ...over,
});

const EXPENSES = [
  expense('50.00', { category: 'groceries' }),
  expense('85.00'),
  expense('20.00', { currency: 'USD', category: 'transport' }),
];
const BUDGETS: Budget[] = [
  { category: 'dining', currency: 'EUR', amount: '100.00' },
  { category: 'health', currency: 'EUR', amount: '30.00' },
  { category: 'total', currency: 'EUR', amount: '120.00' },
  { category: 'total', currency: 'CHF', amount: '200.00' },
];
const month = summarizeMonth(EXPENSES, '2026-11');
const answer = budgetProgress(BUDGETS, EXPENSES, '2026-11');
const shown = (rows: ReturnType<typeof categoryRows>) =>
  rows.map(
    (r) =>
      `${r.target} ${r.currency} ${r.amount} ${r.budget ? `${r.budget.percent}% ${r.budget.level}` : '-'}`,
  );

describe('the month view’s money rows', () => {
  it('list each category spent on, biggest first per currency, then the budgeted ones with nothing spent', () => {
    expect(shown(categoryRows(month, answer))).toEqual([
      'dining EUR 85.00 85% warning',
      'groceries EUR 50.00 -',
      'transport USD 20.00 -',
      'health EUR 0.00 0% ok',
    ]);
  });

  it('give a total per currency spent in, and one for a total budget in a currency not spent in', () => {
    expect(shown(totalRows(month, answer))).toEqual([
      'total EUR 135.00 112% over',
      'total USD 20.00 -',
      'total CHF 0.00 0% ok',
    ]);
  });

  it('show no budget at all before the budgets are known', () => {
    expect(shown(categoryRows(month, null))).toEqual([
      'dining EUR 85.00 -',
      'groceries EUR 50.00 -',
      'transport USD 20.00 -',
    ]);
  });

  it('start a new budget in the month’s main currency, else a budget’s, else euros', () => {
    expect(defaultCurrency(month, answer)).toBe('EUR');
    const empty = summarizeMonth([], '2026-11');
    expect(defaultCurrency(empty, budgetProgress([BUDGETS[3] as Budget], [], '2026-11'))).toBe('CHF');
    expect(defaultCurrency(empty, null)).toBe('EUR');
  });

  it.each([
    [-5, 0],
    [0, 0],
    [85, 85],
    [100, 100],
    [250, 100],
  ])('fill the bar to %i % as %i %', (percent, width) => {
    expect(barWidth(percent)).toBe(width);
  });

  it('say an overspend as the amount it is over by', () => {
    expect(overBy('-12.40')).toBe('12.40');
    expect(overBy('15.00')).toBe('15.00');
  });
});
