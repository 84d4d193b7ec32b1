import type { BudgetStatus, Expense } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { categoryCharts, lastSixMonths } from './chart-data.ts';
import type { MoneyRow } from './money-rows.ts';

const budget = (amount: string, currency = 'EUR') =>
  ({ amount, currency }) as Partial<BudgetStatus> as BudgetStatus;
const row = (
  target: MoneyRow['target'],
  amount: string,
  currency = 'EUR',
  b: string | null = null,
): MoneyRow => ({
  target,
  currency,
  amount,
  budget: b ? budget(b, currency) : null,
});

describe('categoryCharts', () => {
  it('scales the bars to the largest spending or budget, marks each budget, and says which are over', () => {
    const [eur] = categoryCharts([
      row('dining', '85.00', 'EUR', '100.00'),
      row('groceries', '200.00'),
      row('leisure', '0.00', 'EUR', '50.00'),
      row('transport', '4.35', 'EUR', '4.34'),
    ]);
    expect(eur?.bars.map((b) => [b.category, b.spent, b.budget, b.over])).toEqual([
      ['dining', 0.425, 0.5, false],
      ['groceries', 1, null, false],
      ['leisure', 0, 0.25, false],
      ['transport', 0.02175, 0.0217, true],
    ]);
  });

  it('draws one chart per currency, never mixing them, and none for a month with nothing', () => {
    const charts = categoryCharts([row('dining', '10.00'), row('travel', '1234567.89', 'JPY')]);
    expect(charts.map((c) => [c.currency, c.bars.map((b) => b.spent)])).toEqual([
      ['EUR', [1]],
      ['JPY', [1]],
    ]);
    expect(categoryCharts([])).toEqual([]);
    expect(categoryCharts([row('total', '10.00')])).toEqual([]);
  });
});

const spent = (date: string, amount: string, currency = 'EUR') =>
  ({
    date,
    amount,
    currency,
    category: 'dining',
    status: 'saved',
    reviewReason: null,
  }) as Partial<Expense> as Expense;

describe('lastSixMonths', () => {
  it('gives the six months up to this one, across the year, with the months that spent nothing at 0', () => {
    const [eur] = lastSixMonths(
      [
        spent('2026-01-10', '0.29'),
        spent('2026-01-11', '19.99'),
        spent('2025-09-30', '1.15'),
        spent('2025-07-31', '99.00'),
      ],
      '2026-01',
    );
    expect(eur?.months.map((m) => [m.month, m.amount])).toEqual([
      ['2025-08', '0.00'],
      ['2025-09', '1.15'],
      ['2025-10', '0.00'],
      ['2025-11', '0.00'],
      ['2025-12', '0.00'],
      ['2026-01', '20.28'],
    ]);
    expect(eur?.months.at(-1)?.height).toBe(1);
  });

  it('keeps each currency apart, the most spent first', () => {
    const charts = lastSixMonths(
      [spent('2026-01-02', '5.00'), spent('2026-01-03', '7.00', 'USD')],
      '2026-01',
    );
    expect(charts.map((c) => [c.currency, c.months.at(-1)?.amount])).toEqual([
      ['USD', '7.00'],
      ['EUR', '5.00'],
    ]);
  });
});
