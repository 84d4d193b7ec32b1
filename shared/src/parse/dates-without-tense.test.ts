/**
 * The dates20 rules, through the whole parser on Tuesday 24 November 2026 at 12:30 in Paris: a month
 * day said with no tense is the last one gone (but for the coming two months, or a deadline), told
 * in the past always; two days before or after a holiday; the days people keep by custom; the
 * weekend before; a day number said right after its month; an hour in figures after an evening.
 * Each look-alike beside its rule passes either way.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const dated = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map(
    (e) => `${e.amount} ${e.date}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
  );

describe('a month day said with no tense is the last one gone', () => {
  it.each([
    ['le 3 mars, le ramoneur, 80 €', ['80.00 2026-03-03']],
    ['April 12th, a jacket, 60 euros', ['60.00 2026-04-12']],
    // Told in the past: last year's, however near it comes on the calendar.
    ["le 22 décembre j'ai acheté un sapin, 40 €", ['40.00 2025-12-22']],
    // Said ahead, or after a deadline: the next one, as far as a year.
    ['le 3 mars je paierai le ramoneur, 80 €', ['80.00 2027-03-03 future_date']],
    ['à régler avant le 15 février, la cantine, 90 €', ['90.00 2027-02-15 future_date']],
    // Look-alike: a day in the coming weeks is a bill or a booking noted ahead.
    ["le 10 décembre, l'abonnement du club, 30 €", ['30.00 2026-12-10 future_date']],
    // « dernier », "last" after the month: the last one gone, however near (amounts36).
    ["le 10 décembre dernier, l'abonnement du club, 30 €", ['30.00 2025-12-10']],
    ['the 2nd of December last, a coat, 90 euros', ['90.00 2025-12-02']],
    // Look-alike: « dernier » of the thing after a pause is no day's.
    ['le 10 décembre, dernier cours du club, 30 €', ['30.00 2026-12-10 future_date']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('two days before or after a holiday, and the days kept by custom', () => {
  it.each([
    ["l'avant-veille de la Toussaint, des fleurs, 20 €", ['20.00 2026-10-30']],
    ['le surlendemain de Noël, les soldes, 50 €', ['50.00 2025-12-27']],
    ['two days before Christmas, wrapping paper, 8 euros', ['8.00 2025-12-23']],
    ['à la Chandeleur, des crêpes, 8 €', ['8.00 2026-02-02']],
    ["on St Patrick's Day we had a round, 25 euros", ['25.00 2026-03-17']],
    ["à la Saint-Nicolas, du pain d'épices, 6 €", ['6.00 2025-12-06']],
    ['on the Fourth of July, fireworks, 20 dollars', ['20.00 2026-07-04']],
    // Shrove Tuesday moves with Easter, 47 days before it (amounts35).
    ['à Mardi gras, des beignets, 9 €', ['9.00 2026-02-17']],
    ['on Pancake Day, lemons and sugar, 4 euros', ['4.00 2026-02-17']],
    // Look-alikes: the eve, one day off; « pour » names a purpose, not a day.
    ['la veille de Noël, des huîtres, 30 €', ['30.00 2025-12-24']],
    ['pour la Chandeleur, de la farine, 3 €', ['3.00 2026-11-24']],
    // The weekday alone is a week back; the costume is for the day, not bought on it.
    ['mardi, du gras double, 12 €', ['12.00 2026-11-17']],
    ['a costume for Mardi Gras, 25 euros', ['25.00 2026-11-24']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('the weekend before, and a day number said after its month', () => {
  it.each([
    ["le week-end d'avant, un brunch, 30 €", ['30.00 2026-11-14']],
    ['the weekend before, a brunch, 30 euros', ['30.00 2026-11-14']],
    ['en septembre, le 20 je crois, le dentiste, 60 €', ['60.00 2026-09-20']],
    ['back in October, on the 3rd, a coat, 90 euros', ['90.00 2026-10-03']],
    // Look-alikes: the weekend gone; a month with a count after it.
    ['le week-end passé, un brunch, 30 €', ['30.00 2026-11-21']],
    ['en octobre, 3 cafés, 6 €', ['6.00 2026-10-01']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('an hour from 1 to 5 in figures after an evening is the small hours', () => {
  it.each([
    ['samedi soir, le taxi vers 3h, 25 €', ['25.00 2026-11-22']],
    ['Friday night we left at 2h, the cab, 20 euros', ['20.00 2026-11-21']],
    // Look-alike: an hour of the evening.
    ['samedi soir, le taxi vers 23h, 25 €', ['25.00 2026-11-21']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('a meal or food said on a month day past the coming weeks, with no tense, was had (amounts35)', () => {
  it.each([
    ['le 18 janvier, la pizzeria, 42 €', ['42.00 2026-01-18']],
    ['on January 14th, groceries at Lidl, 65 euros', ['65.00 2026-01-14']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });

  it.each([
    // A bill or a booking that far ahead is noted ahead, a meal said ahead is to come.
    ['on January 12th, the car insurance, 300 euros', ['300.00 2027-01-12 future_date']],
    ['le 18 janvier, le concert, 55 €', ['55.00 2027-01-18 future_date']],
    ['le 18 janvier je paierai la pizzeria, 42 €', ['42.00 2027-01-18 future_date']],
    // In the coming weeks any day is read as coming, a meal's too.
    ['le 5 décembre, le traiteur, 300 €', ['300.00 2026-12-05 future_date']],
  ])('%s stays %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});
