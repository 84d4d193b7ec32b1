/**
 * The v9 date rules, through the whole parser on Tuesday 24 November 2026: a day to pay by is the
 * next one, a week then a weekday is that week's day, the French future speaks of days to come,
 * and an ordinal that ranks a floor is no day.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const dated = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map(
    (e) => `${e.amount} ${e.date}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
  );

describe('a deadline or a debit puts the expense on its day to come', () => {
  it.each([
    ['cantine 58 € à régler avant le 5', ['58.00 2026-12-05 future_date']],
    ["assurance habitation 120 € d'ici le 30", ['120.00 2026-11-30 future_date']],
    ['taxe 95 €, au plus tard le 2', ['95.00 2026-12-02 future_date']],
    ['le prélèvement de 40 € tombe le 3', ['40.00 2026-12-03 future_date']],
    ['le forfait de 20 € part le 6', ['20.00 2026-12-06 future_date']],
    ['gas bill, 70 euros, to pay before the 12th', ['70.00 2026-12-12 future_date']],
    // Told in the past, the day is behind.
    ["j'ai payé l'amende avant le 10, 35 €", ['35.00 2026-11-10']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('the days of a week named before them', () => {
  it.each([
    ['la semaine dernière, lundi, kiné 30 €', ['30.00 2026-11-16']],
    ['last week Monday, cinema, 12 euros', ['12.00 2026-11-16']],
    ['la semaine prochaine mercredi, ostéo 55 €', ['55.00 2026-12-02 future_date']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('the French future speaks of days to come', () => {
  it.each([
    ["samedi j'achèterai le cadeau de Léa, 40 €", ['40.00 2026-11-28 future_date']],
    ['le 30 on réglera la nounou 300 €', ['300.00 2026-11-30 future_date']],
    // An aside about who pays back is no future.
    ['samedi, dentiste 60 €, je me ferai rembourser', ['60.00 2026-11-21']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

it('reads « au 3e étage » as a floor and « la 3e fois » as a time, not the 3rd', () => {
  expect(dated("livraison au 3e étage d'un canapé, 60 €")).toEqual(['60.00 2026-11-24']);
  expect(dated('3e fois que je paie 20 € de parking')).toEqual(['20.00 2026-11-24']);
});
