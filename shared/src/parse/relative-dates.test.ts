import { describe, expect, it } from 'vitest';
import { nearMonthDay, pastDayOfMonth } from './day-of-month.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

/** The date of "… 10 € de taxi" said at `now` in `timeZone`. */
const dateOf = (words: string, now: string, timeZone = 'Europe/Paris') =>
  parseExpenseText(`${words}, 10 € de taxi`, { now: new Date(now), timeZone, currency: 'EUR' }).expenses[0]
    ?.date;

// Tuesday 24 November 2026, lunchtime in Paris.
const NOW = '2026-11-24T12:30:00+01:00';

describe('relative dates', () => {
  it.each([
    ["aujourd'hui", '2026-11-24'],
    ['ce matin', '2026-11-24'],
    ['ce midi', '2026-11-24'],
    ['ce soir', '2026-11-24'],
    ['hier', '2026-11-23'],
    ['hier soir', '2026-11-23'],
    ['avant-hier', '2026-11-22'],
    ['lundi dernier', '2026-11-23'],
    ['lundi', '2026-11-23'],
    ['mardi', '2026-11-17'],
    ['samedi soir', '2026-11-21'],
    ['la semaine dernière', '2026-11-17'],
    ['il y a trois jours', '2026-11-21'],
    ['il y a 2 semaines', '2026-11-10'],
    ['le 3', '2026-11-03'],
    ['le 1er', '2026-11-01'],
    ['le 28', '2026-10-28'],
    ['3 novembre', '2026-11-03'],
    ['le trois novembre', '2026-11-03'],
    ['le 3/11', '2026-11-03'],
    ['le 12/10/2025', '2025-10-12'],
    ['le 15 décembre', '2026-12-15'],
    // No tense: the last one gone, but for a day in the coming two months (December, January 10th).
    ['le 15 février', '2026-02-15'],
    ['le 15 février je paierai', '2027-02-15'],
    ["j'ai payé le 15 février", '2026-02-15'],
    ['la semaine prochaine, lundi', '2026-11-30'],
    ['Car insurance on January 10th', '2027-01-10'],
    ['yesterday', '2026-11-23'],
    ['last night', '2026-11-23'],
    ['the day before yesterday', '2026-11-22'],
    ['last Friday', '2026-11-20'],
    ['on Sunday', '2026-11-22'],
    ['on the 3rd', '2026-11-03'],
    ['November 3', '2026-11-03'],
    ['the 21st of October', '2026-10-21'],
    ['3 days ago', '2026-11-21'],
    ['last week', '2026-11-17'],
  ])('"%s" is %s', (words, date) => {
    expect(dateOf(words, NOW)).toBe(date);
  });

  it('reads a month and day told in the past as behind, and one with no tense as the nearer', () => {
    const on = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];
    expect(on('Paid the car insurance on January 10th, 420 euros')?.date).toBe('2026-01-10');
    const ahead = on('Car insurance on January 10th, 420 euros');
    expect([ahead?.date, ahead?.reviewReason]).toEqual(['2027-01-10', 'future_date']);
    expect(on('le 1er, le loyer part, 780 €')?.date).toBe('2026-12-01');
    expect(on('ma part du loyer le 1er, 300 €')?.date).toBe('2026-11-01');
  });

  it('takes the calendar day in the speaker’s zone, not UTC', () => {
    // 23:30 UTC is already the 25th in Paris, still the 24th in New York.
    expect(dateOf('hier', '2026-11-24T23:30:00Z')).toBe('2026-11-24');
    expect(dateOf('hier', '2026-11-24T23:30:00Z', 'America/New_York')).toBe('2026-11-23');
    expect(dateOf("aujourd'hui", '2026-11-24T23:30:00Z', 'Pacific/Auckland')).toBe('2026-11-25');
  });

  it('crosses month and year boundaries', () => {
    expect(dateOf('hier', '2026-01-01T00:30:00+01:00')).toBe('2025-12-31');
    expect(dateOf('le 31', '2026-01-01T09:00:00+01:00')).toBe('2025-12-31');
    expect(dateOf('hier', '2026-03-01T09:00:00+01:00')).toBe('2026-02-28');
    expect(dateOf('hier', '2028-03-01T09:00:00+01:00')).toBe('2028-02-29');
    expect(dateOf('la semaine dernière', '2026-01-03T09:00:00+01:00')).toBe('2025-12-27');
  });

  it('puts a day of the month behind, and a month day ahead only when it is near', () => {
    expect(pastDayOfMonth('2026-11-24', 28)).toBe('2026-10-28');
    expect(pastDayOfMonth('2026-11-24', 24)).toBe('2026-11-24');
    // No 30 February: the 30th said on 1 March is January's.
    expect(pastDayOfMonth('2026-03-01', 30)).toBe('2026-01-30');
    // Less than 45 days ahead is to come; further ahead is last year's.
    expect(nearMonthDay('2026-11-24', 12, 15, null)).toBe('2026-12-15');
    expect(nearMonthDay('2026-11-24', 1, 15, null)).toBe('2026-01-15');
    expect(nearMonthDay('2026-11-24', 2, 29, null)).toBe('2024-02-29');
  });

  it.each([
    ['demain 50 € de loyer', '2026-11-25'],
    ['je paierai le plombier 120 € jeudi', '2026-11-26'],
    ['loyer de 800 € prélevé le 1er décembre', '2026-12-01'],
    ['train mardi prochain 65 €', '2026-12-01'],
    ['hotel next Tuesday, 140 pounds', '2026-12-01'],
    ['je paierai la cantine le 28, 40 €', '2026-11-28'],
    ['après-demain coiffeur 35 €', '2026-11-26'],
  ])('keeps a payment to come, "%s", on its day (%s) for review', (text, date) => {
    const { expenses } = parseExpenseText(text, TEST_OPTS);
    expect(expenses).toMatchObject([{ date, reviewReason: 'future_date' }]);
  });

  it('reads a bare weekday as behind unless the sentence speaks of days to come', () => {
    expect(parseExpenseText('jeudi resto 30 €', TEST_OPTS).expenses[0]?.date).toBe('2026-11-19');
    expect(parseExpenseText('jeudi dernier resto 30 €, il sera remboursé', TEST_OPTS).expenses[0]?.date).toBe(
      '2026-11-19',
    );
    expect(parseExpenseText('resto jeudi 30 €, ce sera ma tournée', TEST_OPTS).expenses[0]?.date).toBe(
      '2026-11-26',
    );
  });
});

describe('a date that belongs to the thing booked, not to the payment', () => {
  const on = (text: string) =>
    parseExpenseText(text, { now: new Date(NOW), timeZone: 'Europe/Paris', currency: 'EUR' }).expenses[0];

  it.each([
    'I booked a concert on Friday, 35 euros',
    'paid the deposit for the wedding venue on the 12th of June, 500 euros',
    "j'ai réservé une table pour samedi, 20 € d'acompte",
    "j'ai versé les arrhes du gîte pour le 3 janvier, 150 €",
  ])('dates %j today, not flagged', (text) => {
    const e = on(text);
    expect(e?.date).toBe('2026-11-24');
    expect(e?.reviewReason).toBeUndefined();
  });

  it.each([
    ['booked on Friday, hotel, 80 euros', '2026-11-20'],
    ['I booked the hotel last Friday, 80 euros', '2026-11-20'],
    ['acompte versé le 3 novembre, 200 €', '2026-11-03'],
    ["j'ai réservé l'hôtel hier, 90 €", '2026-11-23'],
  ])('keeps %j on the day it was booked (%s)', (text, day) => {
    expect(on(text)?.date).toBe(day);
  });
});
