import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RecurringCreateSchema } from './recurring.ts';
import {
  dueOccurrences,
  firstOccurrence,
  followingOccurrence,
  occurrenceDate,
  rescheduledOccurrence,
  upcomingRecurring,
} from './recurring-dates.ts';

describe('the rule’s day in a month', () => {
  it.each([
    ['2026-01', 31, '2026-01-31'],
    ['2026-02', 31, '2026-02-28'],
    ['2028-02', 31, '2028-02-29'],
    ['2028-02', 29, '2028-02-29'],
    ['2026-02', 29, '2026-02-28'],
    ['2026-04', 31, '2026-04-30'],
    ['2026-04', 30, '2026-04-30'],
    ['2026-11', 1, '2026-11-01'],
    ['2100-02', 29, '2100-02-28'],
  ])('%s, day %i → %s', (month, day, date) => {
    expect(occurrenceDate(month, day)).toBe(date);
  });

  it('keeps the 31st after a short month (31 Jan → 28 Feb → 31 Mar)', () => {
    expect(followingOccurrence('2026-01-31', 31)).toBe('2026-02-28');
    expect(followingOccurrence('2026-02-28', 31)).toBe('2026-03-31');
    expect(followingOccurrence('2026-12-15', 15)).toBe('2027-01-15');
  });
});

describe('what is due', () => {
  it.each([
    // today, day → first occurrence (created at once when today is on or after it)
    ['2026-11-20', 12, '2026-11-12'],
    ['2026-11-05', 12, '2026-11-12'],
    ['2026-02-10', 31, '2026-02-28'],
  ])('a rule made on %s for day %i starts at %s', (today, day, first) => {
    expect(firstOccurrence(today, day)).toBe(first);
  });

  it.each([
    // today, day, startMonth → first occurrence
    ['2026-11-20', 12, '2026-12', '2026-12-12'],
    ['2026-11-20', 31, '2027-02', '2027-02-28'],
    ['2026-11-20', 12, '2026-11', '2026-11-12'],
    // A month gone by starts this month: nothing is made for the past.
    ['2026-11-20', 12, '2026-09', '2026-11-12'],
  ])('a rule made on %s for day %i from %s starts at %s', (today, day, start, first) => {
    expect(firstOccurrence(today, day, start)).toBe(first);
  });

  it.each([
    // next, day, today → due, next after
    ['2026-11-12', 12, '2026-11-11', [], '2026-11-12'],
    ['2026-11-12', 12, '2026-11-12', ['2026-11-12'], '2026-12-12'],
    ['2026-11-30', 31, '2027-03-05', ['2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28'], '2027-03-31'],
  ])('from %s (day %i) on %s: %j, then %s', (next, day, today, due, after) => {
    expect(dueOccurrences(next, day, today)).toEqual({ due, next: after });
  });

  it('catches up at most `max` months at once', () => {
    expect(dueOccurrences('2020-01-05', 5, '2026-11-29', 3).due).toEqual([
      '2020-01-05',
      '2020-02-05',
      '2020-03-05',
    ]);
  });

  it('moves the pending occurrence within its month when the day changes', () => {
    expect(rescheduledOccurrence('2026-02-28', 15)).toBe('2026-02-15');
    expect(rescheduledOccurrence('2026-02-15', 30)).toBe('2026-02-28');
  });

  it('lists the rules still to come this month, soonest first', () => {
    const rules = [{ nextDate: '2026-11-30' }, { nextDate: '2026-12-01' }, { nextDate: '2026-11-25' }];
    expect(upcomingRecurring(rules, '2026-11-24')).toEqual([
      { nextDate: '2026-11-25' },
      { nextDate: '2026-11-30' },
    ]);
  });

  it('leaves out today’s (made today, not to come) and keeps the order of equal days', () => {
    const a = { nextDate: '2026-11-28', name: 'a' };
    const b = { nextDate: '2026-11-26', name: 'b' };
    const c = { nextDate: '2026-11-28', name: 'c' };
    const today = { nextDate: '2026-11-24', name: 'today' };
    expect(upcomingRecurring([a, today, b, c], '2026-11-24').map((r) => r.name)).toEqual(['b', 'a', 'c']);
    expect(upcomingRecurring([c, b, a], '2026-11-24').map((r) => r.name)).toEqual(['b', 'c', 'a']);
  });
});

describe('RecurringCreateSchema', () => {
  it('takes a rule with a day from 1 to 31', () => {
    const rule = {
      amount: '9.99',
      currency: 'EUR',
      category: 'leisure',
      description: 'Netflix',
      dayOfMonth: 31,
    };
    expect(v.parse(RecurringCreateSchema, rule)).toEqual(rule);
  });

  it.each([0, 32, 1.5, '5'])('refuses dayOfMonth %j', (dayOfMonth) => {
    const rule = { amount: '9.99', currency: 'EUR', category: 'leisure', dayOfMonth };
    expect(v.safeParse(RecurringCreateSchema, rule).success).toBe(false);
  });
});
