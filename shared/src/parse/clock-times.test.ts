/** Hours and clock times said beside money: neither a day nor an amount. */
import { describe, expect, it } from 'vitest';
import { clockPhraseEnd, hourAfterDay } from './clock-times.ts';
import { PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { tokenize } from './tokenize.ts';

const NOW = { now: new Date('2026-11-24T12:30:00+01:00'), timeZone: 'Europe/Paris', currency: 'EUR' };
const read = (text: string) => {
  const r = parseExpenseText(text, NOW);
  const e = r.expenses[0];
  return `${e?.amount} ${e?.date} ${r.confidence >= PARSER_CONFIDENT ? 'sure' : 'unsure'}`;
};

describe('clock times', () => {
  it.each([
    ['half past six', 0, 3],
    ['a quarter to eight', 0, 4],
    ['quarter past 9', 0, 3],
    ['half the bill', 0, 0],
    ['half past the bridge', 0, 0],
  ])('reads %j from %i to %i', (text, at, end) => {
    expect(clockPhraseEnd(tokenize(text), at, 'en')).toBe(end);
  });

  it.each([
    ['at 7, pizza', 'en', 2],
    ['around 8 pm', 'en', 3],
    ['vers 7, kebab', 'fr', 2],
    ['à 8 heures', 'fr', 3],
    ['à 20 €', 'fr', 0],
    ['at 7 euros', 'en', 0],
    ['a 3 course meal', 'en', 0],
  ])('after a day, reads %j (%s) as an hour up to %i', (text, lang, end) => {
    expect(hourAfterDay(tokenize(text), 0, lang as 'fr' | 'en')).toBe(end);
  });

  it.each([
    ['at half past six I bought flowers for 12 euros', '12.00 2026-11-24 sure'],
    ['quarter to eight, taxi, 15 euros', '15.00 2026-11-24 sure'],
    ['yesterday at 7, pizza, 12 euros', '12.00 2026-11-23 sure'],
    ['Saturday around 8, drinks 30 euros', '30.00 2026-11-21 sure'],
    ['hier à 20 €, un kebab', '20.00 2026-11-23 sure'],
  ])('parses %j as %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
