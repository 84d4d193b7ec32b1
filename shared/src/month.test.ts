import { describe, expect, it } from 'vitest';
import type { Expense } from './api.ts';
import { compareTotals, nextMonth, summarizeMonth } from './month.ts';

let n = 0;
const e = (
  amount: string | null,
  currency: string,
  category: Expense['category'],
  date: string,
): Expense => ({
  id: `e${++n}`,
  clientId: `c${n}`,
  position: 0,
  amount,
  currency,
  category,
  description: '',
  date,
  transcript: null,
  source: 'text',
  status: amount === null ? 'needs_review' : 'saved',
  parsedBy: 'local',
  reviewReason: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});

describe('summarizeMonth', () => {
  const expenses = [
    e('0.10', 'EUR', 'groceries', '2026-11-01'),
    e('0.20', 'EUR', 'groceries', '2026-11-30'),
    e('12.50', 'EUR', 'dining', '2026-11-15'),
    e('40.00', 'USD', 'dining', '2026-11-15'),
    e(null, 'EUR', 'other', '2026-11-15'),
    e('99.00', 'EUR', 'dining', '2026-10-31'),
    e('5.00', 'EUR', 'dining', '2026-12-01'),
  ];

  it('adds per currency, never across, exact to the cent, within the month only', () => {
    const m = summarizeMonth(expenses, '2026-11');
    expect(m.count).toBe(4);
    expect(m.totals).toEqual([
      { currency: 'USD', amount: '40.00', count: 1 },
      { currency: 'EUR', amount: '12.80', count: 3 },
    ]);
    expect(m.byCategory.map((c) => [c.category, c.currency, c.amount])).toEqual([
      ['dining', 'EUR', '12.50'],
      ['groceries', 'EUR', '0.30'],
      ['dining', 'USD', '40.00'],
    ]);
  });

  it('orders ties by currency and by category, whatever order the expenses came in', () => {
    const tied = [
      e('20.00', 'USD', 'shopping', '2026-11-03'),
      e('20.00', 'EUR', 'leisure', '2026-11-03'),
      e('20.00', 'GBP', 'shopping', '2026-11-03'),
      e('20.00', 'EUR', 'dining', '2026-11-03'),
      e('20.00', 'USD', 'dining', '2026-11-03'),
    ];
    for (const order of [tied, [...tied].reverse()]) {
      const m = summarizeMonth(order, '2026-11');
      expect(m.totals.map((t) => [t.currency, t.amount])).toEqual([
        ['EUR', '40.00'],
        ['USD', '40.00'],
        ['GBP', '20.00'],
      ]);
      expect(m.byCategory.map((c) => `${c.currency} ${c.category}`)).toEqual([
        'EUR dining',
        'EUR leisure',
        'GBP shopping',
        'USD dining',
        'USD shopping',
      ]);
    }
  });

  it('counts what the phone read itself and has not sent yet, and says how many of those there are', () => {
    const unsent = { ...e('7.25', 'EUR', 'dining', '2026-11-20'), provisional: true };
    const m = summarizeMonth([...expenses, unsent, { ...unsent, date: '2026-12-02' }], '2026-11');
    expect([m.count, m.provisional]).toEqual([5, 1]);
    expect(m.totals).toContainEqual({ currency: 'EUR', amount: '20.05', count: 4 });
    expect(summarizeMonth(expenses, '2026-11').provisional).toBe(0);
  });

  it('leaves out what waits for the user to confirm it, until it is accepted', () => {
    const waiting = { ...e('30.00', 'EUR', 'dining', '2026-11-20'), status: 'needs_review' as const };
    const asked = { ...waiting, reviewReason: 'awaiting_confirmation' };
    expect(summarizeMonth([...expenses, asked], '2026-11').totals).toContainEqual({
      currency: 'EUR',
      amount: '12.80',
      count: 3,
    });
    // Held for review for another reason (the LLM disagreed), it counts as heard.
    expect(
      summarizeMonth([...expenses, { ...waiting, reviewReason: 'llm_mismatch' }], '2026-11').totals,
    ).toContainEqual({
      currency: 'EUR',
      amount: '42.80',
      count: 4,
    });
  });

  // Amounts floats get wrong (0.29 * 100 = 28.999999999999996), in currencies of 0, 2 and 3
  // decimal places: the app keeps two places for all of them, and adds each in its own cents.
  it('adds amounts floats get wrong exactly, per currency, whatever its usual decimal places', () => {
    const m = summarizeMonth(
      [
        e('0.29', 'EUR', 'groceries', '2026-11-02'),
        e('1.15', 'EUR', 'groceries', '2026-11-03'),
        e('4.35', 'EUR', 'dining', '2026-11-04'),
        e('19.99', 'EUR', 'dining', '2026-11-05'),
        e('1999.00', 'JPY', 'dining', '2026-11-06'),
        e('1234567.00', 'JPY', 'housing', '2026-11-07'),
        e('4.35', 'KWD', 'transport', '2026-11-08'),
        e('19.99', 'KWD', 'transport', '2026-11-09'),
        e('1234567.89', 'BHD', 'housing', '2026-11-10'),
        e('0.29', 'TND', 'other', '2026-11-11'),
      ],
      '2026-11',
    );
    expect(m.totals).toEqual([
      { currency: 'JPY', amount: '1236566.00', count: 2 },
      { currency: 'BHD', amount: '1234567.89', count: 1 },
      { currency: 'EUR', amount: '25.78', count: 4 },
      { currency: 'KWD', amount: '24.34', count: 2 },
      { currency: 'TND', amount: '0.29', count: 1 },
    ]);
    expect(m.byCategory.map((c) => [c.category, c.currency, c.amount, c.cents])).toEqual([
      ['housing', 'BHD', '1234567.89', 123456789],
      ['dining', 'EUR', '24.34', 2434],
      ['groceries', 'EUR', '1.44', 144],
      ['housing', 'JPY', '1234567.00', 123456700],
      ['dining', 'JPY', '1999.00', 199900],
      ['transport', 'KWD', '24.34', 2434],
      ['other', 'TND', '0.29', 29],
    ]);
  });

  it('walks months across the year', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2026-01')).toBe('2026-02');
  });
});

describe('compareTotals', () => {
  const t = (currency: string, amount: string) => ({ currency, amount, count: 1 });
  it.each([
    ['the same total', [t('EUR', '12.80')], [t('EUR', '12.80')], { amount: '0.00', percent: 0 }],
    ['a rise', [t('EUR', '12.50')], [t('EUR', '10.00')], { amount: '2.50', percent: 25 }],
    // 30.10 - 40.00 in floats is -9.899999999999999; -24.75 % rounds half up.
    [
      'a fall, exact to the cent',
      [t('EUR', '30.10')],
      [t('EUR', '40.00')],
      { amount: '-9.90', percent: -24.7 },
    ],
    [
      'a third more, to one decimal place',
      [t('EUR', '4.00')],
      [t('EUR', '3.00')],
      { amount: '1.00', percent: 33.3 },
    ],
    ['nothing the month before', [t('EUR', '40.00')], [], { amount: '40.00', percent: null }],
    ['nothing this month', [], [t('EUR', '10.00')], { amount: '-10.00', percent: -100 }],
  ])('%s', (_name, current, previous, change) => {
    expect(compareTotals(current, previous)).toEqual([{ currency: 'EUR', ...change }]);
  });

  it('compares amounts floats get wrong to the exact cent, in any currency', () => {
    expect(
      compareTotals(
        [t('EUR', '19.99'), t('JPY', '1999.00'), t('KWD', '4.35'), t('BHD', '1234567.89')],
        [t('EUR', '10.00'), t('JPY', '1000.00'), t('KWD', '1.15'), t('BHD', '1234567.00')],
      ),
    ).toEqual([
      { currency: 'BHD', amount: '0.89', percent: 0 },
      { currency: 'EUR', amount: '9.99', percent: 99.9 },
      { currency: 'JPY', amount: '999.00', percent: 99.9 },
      { currency: 'KWD', amount: '3.20', percent: 278.3 },
    ]);
  });

  it('compares each currency with itself, never across, in currency order', () => {
    expect(
      compareTotals([t('USD', '20.00'), t('EUR', '5.00')], [t('EUR', '10.00'), t('GBP', '1.00')]),
    ).toEqual([
      { currency: 'EUR', amount: '-5.00', percent: -50 },
      { currency: 'GBP', amount: '-1.00', percent: -100 },
      { currency: 'USD', amount: '20.00', percent: null },
    ]);
  });
});
