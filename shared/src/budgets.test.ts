import { describe, expect, it } from 'vitest';
import type { Expense } from './api.ts';
import {
  budgetProgress,
  budgetStatuses,
  countsInBudget,
  type MonthSpending,
  monthSpending,
  percentOf,
  thresholdsReached,
} from './budget-progress.ts';
import type { Budget } from './budgets.ts';

let ids = 0;
const expense = (over: Partial<Expense>): Expense => ({
  id: `e${++ids}`,
  clientId: `c${ids}`,
  position: 0,
  amount: '10.00',
  currency: 'EUR',
  category: 'dining',
  description: '',
  date: '2026-11-10',
  transcript: null,
  source: 'text',
  status: 'saved',
  parsedBy: 'local',
  reviewReason: null,
  createdAt: '2026-11-10T12:00:00.000000Z',
  updatedAt: '2026-11-10T12:00:00.000000Z',
  ...over,
});

describe('thresholds and percent, in integers', () => {
  it.each([
    // spent, budget, reached, percent
    [0, 10000, [], 0],
    [7999, 10000, [], 79],
    [8000, 10000, [80], 80],
    [9999, 10000, [80], 99],
    [10000, 10000, [80, 100], 100],
    [25001, 10000, [80, 100], 250],
    // 0.1 + 0.2 in floats is 0.30000000000000004: in cents, 30 of 30 is exactly 100 %.
    [30, 30, [80, 100], 100],
    [24, 30, [80], 80],
    [23, 30, [], 76],
  ])('%i cents of %i: %j, %i %%', (spent, budget, reached, percent) => {
    expect(thresholdsReached(spent, budget)).toEqual(reached);
    expect(percentOf(spent, budget)).toBe(percent);
  });
});

describe('budgetProgress (the month view offline)', () => {
  const budgets: Budget[] = [
    { category: 'dining', currency: 'EUR', amount: '100.00' },
    { category: 'total', currency: 'EUR', amount: '500.00' },
    { category: 'groceries', currency: 'USD', amount: '50' },
  ];
  const expenses = [
    expense({ amount: '40.10' }),
    expense({ amount: '44.90' }),
    expense({ amount: '300.00', category: 'housing' }),
    // Another currency, another month, waiting for review or for confirmation: not counted.
    expense({ amount: '99.00', currency: 'USD' }),
    expense({ amount: '50.00', date: '2026-10-31' }),
    expense({ amount: '12.00', status: 'needs_review', reviewReason: 'implausible_amount' }),
    expense({ amount: '8.00', status: 'needs_review', reviewReason: 'awaiting_confirmation' }),
    expense({ amount: null, status: 'needs_review', reviewReason: 'no_amount', category: 'other' }),
  ];
  // Computed in each test, not when the file loads: a mutation tool switches its change on
  // before the tests run, after the file has loaded.
  const answer = () => budgetProgress(budgets, expenses, '2026-11');

  it('counts saved expenses only, per category and currency, with the total first', () => {
    expect(answer().budgets).toEqual([
      {
        category: 'total',
        currency: 'EUR',
        amount: '500.00',
        spent: '385.00',
        remaining: '115.00',
        percent: 77,
        level: 'ok',
        pending: { count: 3, amount: '20.00' },
      },
      {
        category: 'groceries',
        currency: 'USD',
        amount: '50.00',
        spent: '0.00',
        remaining: '50.00',
        percent: 0,
        level: 'ok',
        pending: { count: 0, amount: '0.00' },
      },
      {
        category: 'dining',
        currency: 'EUR',
        amount: '100.00',
        spent: '85.00',
        remaining: '15.00',
        percent: 85,
        level: 'warning',
        pending: { count: 2, amount: '20.00' },
      },
    ]);
  });

  it('shows what waits for review apart, per currency', () => {
    expect(answer().apart).toEqual({
      count: 3,
      withoutAmount: 1,
      totals: [{ currency: 'EUR', amount: '20.00', count: 2 }],
    });
  });

  it('goes negative once over, and says so', () => {
    const over = budgetProgress(
      [{ category: 'dining', currency: 'EUR', amount: '80.00' }],
      [expense({ amount: '80.00' }), expense({ amount: '0.01' })],
      '2026-11',
    );
    expect(over.budgets[0]).toMatchObject({
      spent: '80.01',
      remaining: '-0.01',
      percent: 100,
      level: 'over',
    });
  });

  it('compares amounts floats get wrong to the exact cent, in currencies of 0, 2 and 3 places', () => {
    const exact = budgetProgress(
      [
        { category: 'dining', currency: 'EUR', amount: '19.99' },
        { category: 'dining', currency: 'JPY', amount: '2000' },
        { category: 'dining', currency: 'KWD', amount: '5.79' },
        { category: 'total', currency: 'BHD', amount: '1234567.89' },
      ],
      [
        expense({ amount: '0.29' }),
        expense({ amount: '1.15' }),
        expense({ amount: '4.35' }),
        expense({ amount: '1999.00', currency: 'JPY' }),
        expense({ amount: '0.29', currency: 'KWD' }),
        expense({ amount: '1.15', currency: 'KWD' }),
        expense({ amount: '4.35', currency: 'KWD' }),
        expense({ amount: '1234567.89', currency: 'BHD', category: 'housing' }),
      ],
      '2026-11',
    );
    expect(
      exact.budgets.map((b) => [b.currency, b.amount, b.spent, b.remaining, b.percent, b.level]),
    ).toEqual([
      ['BHD', '1234567.89', '1234567.89', '0.00', 100, 'over'],
      ['EUR', '19.99', '5.79', '14.20', 28, 'ok'],
      ['JPY', '2000.00', '1999.00', '1.00', 99, 'warning'],
      // 5.79 of 5.79: exactly the budget, not a cent under it.
      ['KWD', '5.79', '5.79', '0.00', 100, 'over'],
    ]);
  });

  it('sums a month past numeric(10,2) without losing a cent', () => {
    const big = Array.from({ length: 3 }, () => expense({ amount: '99999999.99' }));
    expect(monthSpending(big, '2026-11')[0]?.savedCents).toBe(29_999_999_997);
  });
});

describe('the edges of a month against its budgets', () => {
  it('counts only a saved expense with an amount', () => {
    expect(countsInBudget({ status: 'saved', amount: '1.00' })).toBe(true);
    expect(countsInBudget({ status: 'saved', amount: null })).toBe(false);
    expect(countsInBudget({ status: 'needs_review', amount: '1.00' })).toBe(false);
  });

  it('gives 0 % of an empty budget, never a division by zero', () => {
    expect(percentOf(500, 0)).toBe(0);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('counts the first and the last day of the month, not the days around it', () => {
    const sums = monthSpending(
      [
        expense({ amount: '1.00', date: '2026-11-01' }),
        expense({ amount: '2.00', date: '2026-11-30' }),
        expense({ amount: '4.00', date: '2026-10-31' }),
        expense({ amount: '8.00', date: '2026-12-01' }),
      ],
      '2026-11',
    );
    expect(sums.map((s) => s.savedCents)).toEqual([300]);
  });

  it('puts a saved expense without an amount neither in the budget nor in what waits', () => {
    expect(monthSpending([expense({ amount: null })], '2026-11')).toEqual([
      {
        category: 'dining',
        currency: 'EUR',
        savedCents: 0,
        pendingCents: 0,
        pendingCount: 0,
        pendingWithoutAmount: 0,
      },
    ]);
  });

  const row = (over: Partial<MonthSpending>): MonthSpending => ({
    category: 'dining',
    currency: 'EUR',
    savedCents: 0,
    pendingCents: 0,
    pendingCount: 0,
    pendingWithoutAmount: 0,
    ...over,
  });

  it('lists the total first, then categories in their order, each by currency, whatever order they came in', () => {
    const budgets: Budget[] = [
      { category: 'transport', currency: 'EUR', amount: '1' },
      { category: 'dining', currency: 'USD', amount: '1' },
      { category: 'total', currency: 'USD', amount: '1' },
      { category: 'dining', currency: 'EUR', amount: '1' },
      { category: 'total', currency: 'EUR', amount: '1' },
      { category: 'groceries', currency: 'EUR', amount: '1' },
    ];
    const order = (list: Budget[]) =>
      budgetStatuses(list, [], '2026-11').budgets.map((b) => `${b.category} ${b.currency}`);
    const expected = ['total EUR', 'total USD', 'groceries EUR', 'dining EUR', 'dining USD', 'transport EUR'];
    expect(order(budgets)).toEqual(expected);
    expect(order([...budgets].reverse())).toEqual(expected);
  });

  it('shows what waits apart only for currencies where something waits with an amount', () => {
    const answer = budgetStatuses(
      [{ category: 'dining', currency: 'EUR', amount: '50.00' }],
      [
        row({ savedCents: 1000, pendingCents: 700, pendingCount: 2, pendingWithoutAmount: 1 }),
        row({ currency: 'USD', pendingCents: 300, pendingCount: 1 }),
        row({ currency: 'GBP', category: 'other', pendingCount: 1, pendingWithoutAmount: 1 }),
        row({ currency: 'CHF', savedCents: 900 }),
      ],
      '2026-11',
    );
    expect(answer.budgets).toEqual([
      {
        category: 'dining',
        currency: 'EUR',
        amount: '50.00',
        spent: '10.00',
        remaining: '40.00',
        percent: 20,
        level: 'ok',
        pending: { count: 2, amount: '7.00' },
      },
    ]);
    expect(answer.apart).toEqual({
      count: 4,
      withoutAmount: 2,
      totals: [
        { currency: 'EUR', amount: '7.00', count: 1 },
        { currency: 'USD', amount: '3.00', count: 1 },
      ],
    });
  });
});
