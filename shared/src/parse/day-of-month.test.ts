/** Calendar days named by number, on their own: "le 3", "3 novembre 2025", "the 3rd of November". */
import { describe, expect, it } from 'vitest';
import { matchDayOfMonth, nearMonthDay, pastDayOfMonth } from './day-of-month.ts';
import { tokenize } from './tokenize.ts';
import type { Lang } from './types.ts';

const TODAY = '2026-11-24';

/** "date →end" of the day named at word `at`, "…!" when it is to come, or null. */
function day(
  text: string,
  options: { lang?: Lang; today?: string; ahead?: boolean; past?: boolean; at?: number } = {},
) {
  const m = matchDayOfMonth(tokenize(text), options.at ?? 0, {
    today: options.today ?? TODAY,
    lang: options.lang ?? 'fr',
    ...(options.ahead ? { ahead: true } : {}),
    ...(options.past ? { past: true } : {}),
  });
  if (!m) return null;
  expect(m.weak).toBe(false);
  return `${m.date}${m.future ? '!' : ''} →${m.end}`;
}

describe('pastDayOfMonth', () => {
  it.each([
    ['2026-11-24', 24, '2026-11-24'],
    ['2026-11-24', 3, '2026-11-03'],
    ['2026-11-24', 28, '2026-10-28'],
    ['2026-11-24', 25, '2026-10-25'],
    ['2026-03-10', 31, '2026-01-31'],
    ['2026-03-10', 29, '2026-01-29'],
    ['2024-03-10', 29, '2024-02-29'],
    ['2026-01-10', 15, '2025-12-15'],
    ['2026-01-10', 31, '2025-12-31'],
  ])('on %s, "le %i" is %s', (today, n, date) => {
    expect(pastDayOfMonth(today, n)).toBe(date);
  });

  it('finds no month with a 32nd', () => {
    expect(pastDayOfMonth(TODAY, 32)).toBeNull();
  });
});

describe('nearMonthDay', () => {
  it.each([
    // month, day, year, date
    [11, 3, null, '2026-11-03'],
    [11, 24, null, '2026-11-24'],
    [12, 1, null, '2026-12-01'],
    // 45 days ahead at most: 8 January is, 9 January is not (last year's then).
    [1, 8, null, '2027-01-08'],
    [1, 9, null, '2026-01-09'],
    [12, 31, null, '2026-12-31'],
    [2, 29, null, '2024-02-29'],
    [11, 24, 2026, '2026-11-24'],
    [3, 5, 2025, '2025-03-05'],
    [3, 5, 2027, '2027-03-05'],
  ])('on 24 November 2026, %i/%i (year %s) is %s', (month, d, year, date) => {
    expect(nearMonthDay(TODAY, month, d, year)).toBe(date);
  });

  it('finds nothing for a day the month lacks, with or without a year', () => {
    expect(nearMonthDay(TODAY, 2, 30, null)).toBeNull();
    expect(nearMonthDay(TODAY, 2, 29, 2026)).toBeNull();
    expect(nearMonthDay('2026-01-10', 2, 29, null)).toBe('2024-02-29');
    // A day later in the year and more than 45 days ahead is last year's.
    expect(nearMonthDay('2026-01-10', 12, 15, null)).toBe('2025-12-15');
    expect(nearMonthDay('2026-01-10', 3, 1, null)).toBe('2025-03-01');
  });
});

describe('matchDayOfMonth', () => {
  it.each([
    ['le 3', '2026-11-03 →2'],
    ['le 28', '2026-10-28 →2'],
    ['le 1er', '2026-11-01 →2'],
    ['1er', '2026-11-01 →1'],
    ['le premier', '2026-11-01 →2'],
    ['3 novembre', '2026-11-03 →2'],
    ['le trois novembre', '2026-11-03 →3'],
    ['3 novembre 2025', '2025-11-03 →3'],
    ['le 5 décembre', '2026-12-05! →3'],
    ['le 15 décembre', '2026-12-15! →3'],
    // A month and day with no tense is the last one gone, but for one in the coming two months
    // (a bill or a booking noted ahead): 20 January is 57 days ahead, 25 January 62.
    ['le 20 janvier', '2027-01-20! →3'],
    ['le 25 janvier', '2026-01-25 →3'],
    ['le 25 avril', '2026-04-25 →3'],
    ['le 1er mai', '2026-05-01 →3'],
    ['le 25 juin', '2026-06-25 →3'],
    ['le 20 du mois dernier', '2026-10-20 →5'],
    ['le 3 du mois prochain', '2026-12-03! →5'],
    ['le 31 septembre', null],
    ['le 3 €', null],
    ['le 3 k', null],
    ['le 3 %', null],
    ['le 3 euros', null],
    ['3', null],
    ['trois', null],
    ['le trois', null],
    ['le 32', null],
    ['le 0', null],
    ['le 123', null],
    ['novembre', null],
    ['le 3 novembre 1850', '2026-11-03 →3'],
    ['3 novembre 20261', '2026-11-03 →2'],
    ['3 novembre 12026', '2026-11-03 →2'],
    ['le 24', '2026-11-24 →2'],
    ['24 novembre', '2026-11-24 →2'],
    ['le trente et un octobre', '2026-10-31 →5'],
  ])('reads %j as %s (French)', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it.each([
    ['the 3rd', '2026-11-03 →2'],
    ['3rd', '2026-11-03 →1'],
    ['November 3rd', '2026-11-03 →2'],
    ['November the 3rd', '2026-11-03 →3'],
    ['the 3rd of November', '2026-11-03 →4'],
    ['the twenty-first', '2026-11-21 →3'],
    ['the twenty first of November', '2026-11-21 →5'],
    ['the thirty first of October', '2026-10-31 →5'],
    ['the twenty-fifth', '2026-10-25 →3'],
    ['three November', '2026-11-03 →2'],
    ['November 3 2025', '2025-11-03 →3'],
    ['the twenty', null],
    ['the twenty tenth', null],
  ])('reads %j as %s (English)', (text, expected) => {
    expect(day(text, { lang: 'en' })).toBe(expected);
  });

  it('reads "le 28" ahead when the sentence speaks of days to come', () => {
    expect(day('le 28', { ahead: true })).toBe('2026-11-28! →2');
    expect(day('le 24', { ahead: true })).toBe('2026-12-24! →2');
    expect(day('le 3', { ahead: true })).toBe('2026-12-03! →2');
    expect(day('le 31', { ahead: true, today: '2026-01-31' })).toBe('2026-03-31! →2');
    expect(day('le 31', { ahead: true, today: '2026-12-05' })).toBe('2026-12-31! →2');
    expect(day('le 15', { ahead: true, today: '2026-12-20' })).toBe('2027-01-15! →2');
  });

  it('reads a month day told in the past as the last one gone, however near it comes', () => {
    expect(day('le 20 décembre', { past: true })).toBe('2025-12-20 →3');
    expect(day('le 1er décembre', { past: true })).toBe('2025-12-01 →3');
    expect(day('le 3 novembre', { past: true })).toBe('2026-11-03 →3');
    expect(day('le 20 décembre')).toBe('2026-12-20! →3');
  });

  it('reads a month day after a deadline ahead, as far as a year', () => {
    expect(day('avant le 31 janvier', { at: 1 })).toBe('2027-01-31! →4');
    expect(day('due by March 1st', { lang: 'en', at: 2 })).toBe('2027-03-01! →4');
    expect(day('le 31 janvier', { at: 0 })).toBe('2026-01-31 →3');
  });

  it('reads at the word it is given', () => {
    expect(day('payé le 3 novembre', { at: 1 })).toBe('2026-11-03 →4');
    expect(day('payé le 3 novembre', { at: 3 })).toBeNull();
  });
});

describe('an ordinal of an age, a model or someone is no day', () => {
  it.each([
    ["a cake for my son's 6th birthday", 5, null],
    ['her 21st, drinks', 1, null],
    ['Sam’s 30th', 2, null],
    ['son 3e anniversaire', 1, null],
    ['an iPad 10th gen', 2, null],
    ['our 5th wedding anniversary', 1, null],
    ['mon 2e café', 1, null],
    ['sa 3e séance', 1, null],
    ['the 3rd round of drinks', 0, null],
    // Look-alikes kept: the day said, then what was paid for.
    ['on the 6th, birthday cake', 1, '2026-11-06 →3'],
    ['the 21st', 0, '2026-11-21 →2'],
    ['le 3 anniversaire de Léo', 0, '2026-11-03 →2'],
    ['le 3e, anniversaire de Léo', 0, '2026-11-03 →2'],
    ['payé le 2, mon café', 1, '2026-11-02 →3'],
    ['on the 3rd, a round of drinks', 1, '2026-11-03 →3'],
  ])('reads %j at %i as %s', (text, at, expected) => {
    expect(day(text, { lang: 'en', at })).toBe(expected);
  });
});
