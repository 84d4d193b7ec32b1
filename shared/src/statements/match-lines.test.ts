import { describe, expect, it } from 'vitest';
import { type MatchExpense, type MatchLine, matchLines } from './match-lines.ts';

const line = (id: string, over: Partial<MatchLine> = {}): MatchLine => ({
  id,
  date: '2026-11-30',
  valueDate: null,
  cents: 4210,
  currency: 'EUR',
  originalCents: null,
  originalCurrency: null,
  words: [],
  category: null,
  ...over,
});
const expense = (id: string, over: Partial<MatchExpense> = {}): MatchExpense => ({
  id,
  date: '2026-11-28',
  cents: 4210,
  currency: 'EUR',
  words: [],
  category: 'other',
  ...over,
});

describe('matchLines', () => {
  it.each([
    ['the same amount and currency, two days later', line('l'), [expense('e')], [['l', 'e']], []],
    ['a different amount', line('l', { cents: 4211 }), [expense('e')], [], []],
    ['a different currency', line('l', { currency: 'USD' }), [expense('e')], [], []],
    ['an expense the person took the line apart from', line('l', { apart: ['e'] }), [expense('e')], [], []],
    [
      'two of the amount, the person having taken the line apart from one: the other is asked about',
      line('l', { apart: ['a'] }),
      [expense('a'), expense('b', { words: ['resto'] })],
      [],
      [['l', ['b']]],
    ],
    [
      'a line the person took apart, its other fit taken by a line of its own',
      [line('l', { apart: ['a'] }), line('m', { words: ['resto'] })],
      [expense('a'), expense('b', { words: ['resto'] })],
      [['m', 'b']],
      [],
    ],
    [
      'a bank date a day before the expense',
      line('l', { date: '2026-11-27' }),
      [expense('e')],
      [['l', 'e']],
      [],
    ],
    ['a bank date two days before', line('l', { date: '2026-11-26' }), [expense('e')], [], []],
    ['a bank date five days after', line('l', { date: '2026-12-03' }), [expense('e')], [['l', 'e']], []],
    ['a bank date six days after', line('l', { date: '2026-12-04' }), [expense('e')], [], []],
    [
      'a booking date out of the window but a value date in it',
      line('l', { date: '2026-12-10', valueDate: '2026-11-28' }),
      [expense('e')],
      [['l', 'e']],
      [],
    ],
    [
      'the original foreign amount and currency of a card payment abroad',
      line('l', { cents: 4635, originalCents: 5000, originalCurrency: 'USD' }),
      [expense('e', { cents: 5000, currency: 'USD' })],
      [['l', 'e']],
      [],
    ],
    [
      'two expenses of the amount, the label naming one',
      line('l', { words: ['carrefour'] }),
      [expense('a', { words: ['resto'] }), expense('b', { words: ['courses', 'carrefour'] })],
      [['l', 'b']],
      [],
    ],
    [
      'two expenses of the amount, the category naming one',
      line('l', { words: ['franprix'], category: 'groceries' }),
      [expense('a', { category: 'dining' }), expense('b', { category: 'groceries' })],
      [['l', 'b']],
      [],
    ],
    [
      'two expenses the label cannot tell apart',
      line('l', { words: ['leclerc'] }),
      [
        expense('a', { words: ['pain'], category: 'groceries' }),
        expense('b', { words: ['essence'], category: 'transport' }),
      ],
      [],
      [['l', ['a', 'b']]],
    ],
    [
      'two identical coffees and two identical lines',
      [line('l1', { cents: 250 }), line('l2', { cents: 250 })],
      [expense('a', { cents: 250, words: ['cafe'] }), expense('b', { cents: 250, words: ['cafe'] })],
      [
        ['l1', 'a'],
        ['l2', 'b'],
      ],
      [],
    ],
    ['one expense and two lines: one line only', [line('l1'), line('l2')], [expense('e')], [['l1', 'e']], []],
  ] as [string, MatchLine | MatchLine[], MatchExpense[], [string, string][], [string, string[]][]][])(
    'matches %s',
    (_what, lines, expenses, matched, ambiguous) => {
      const result = matchLines(Array.isArray(lines) ? lines : [lines], expenses);
      expect(result.matched.map((m) => [m.lineId, m.expenseId])).toEqual(matched);
      expect(result.ambiguous.map((a) => [a.lineId, a.candidates])).toEqual(ambiguous);
    },
  );

  it('frees a line once a better-named line takes the other candidate', () => {
    const result = matchLines(
      [line('zinc', { words: ['petit', 'zinc'] }), line('other', { words: ['leclerc'] })],
      [expense('a', { words: ['petit', 'zinc'] }), expense('b', { words: ['essence'] })],
    );
    expect(result.matched).toEqual([
      { lineId: 'other', expenseId: 'b' },
      { lineId: 'zinc', expenseId: 'a' },
    ]);
  });

  it('gives the same pairs whatever order the lines and expenses come in', () => {
    const lines = Array.from({ length: 60 }, (_, i) =>
      line(`l${i}`, {
        cents: 100 + (i % 7),
        date: `2026-11-${String(10 + (i % 9)).padStart(2, '0')}`,
        words: [i % 3 ? 'cafe' : 'pain'],
      }),
    );
    const expenses = Array.from({ length: 50 }, (_, i) =>
      expense(`e${i}`, {
        cents: 100 + (i % 7),
        date: `2026-11-${String(9 + (i % 8)).padStart(2, '0')}`,
        words: [i % 2 ? 'cafe' : 'pain'],
      }),
    );
    const once = matchLines(lines, expenses);
    const again = matchLines([...lines].reverse(), [...expenses].reverse());
    expect(again).toEqual(once);
    const expenseIds = once.matched.map((m) => m.expenseId);
    expect(new Set(expenseIds).size).toBe(expenseIds.length);
    expect(once.matched.length).toBeGreaterThan(0);
    expect(once.ambiguous.length).toBeGreaterThan(0);
  });
});
