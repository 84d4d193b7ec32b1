/**
 * The dates24 rules, through the whole parser on Tuesday 24 November 2026: time gone by said as
 * « ça fait … », ahead as "… from now", "the night before last" and its kin, « quinze jours » and
 * « huit jours » as two weeks and one, and a registration's day the event's, the payment today's.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const dated = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map(
    (e) => `${e.amount} ${e.date}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
  );

describe('time counted back or ahead, said many ways', () => {
  it.each([
    ['ça fait trois semaines, le vaccin du chien, 60 €', ['60.00 2026-11-03']],
    ['cela fait 2 jours, le taxi, 20 €', ['20.00 2026-11-22']],
    ["three days from now I'll pay the roofer 300 euros", ['300.00 2026-11-27 future_date']],
    ['the evening before last, a takeaway curry, 18 euros', ['18.00 2026-11-22']],
    ['night before last I paid the taxi 30 euros', ['30.00 2026-11-22']],
    ['the week before last, a new lamp, 40 euros', ['40.00 2026-11-10']],
    // A French fortnight is fifteen days said, fourteen counted, in words or digits.
    ['ça fait quinze jours, le serrurier, 80 €', ['80.00 2026-11-10']],
    ['il y a 15 jours, le coiffeur, 20 €', ['20.00 2026-11-10']],
    ['il y a 16 jours, le coiffeur, 20 €', ['20.00 2026-11-08']],
    ['dans 8 jours je paierai le loyer, 700 €', ['700.00 2026-12-01 future_date']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });

  it.each([
    // « ça fait » of money is no time: the amount stays, the day is today's.
    ['ça fait 15 euros le kilo', ['15.00 2026-11-24']],
    // "last" said of what follows is not "the day before last".
    ["the day before last month's bill, 20 euros", ['20.00 2026-11-24']],
  ])('%s → %j (no time counted)', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('a registration books the day of the event; the payment is today’s', () => {
  it.each([
    ["l'inscription au trail des Monts du 14 juin, 40 €", ['40.00 2026-11-24']],
    ['registration for the triathlon on June 7th, 80 euros', ['80.00 2026-11-24']],
    ['je me suis inscrit au stage du 12 avril, 90 €', ['90.00 2026-11-24']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });

  it.each([
    // With no booking word, « du 3 novembre » is the day of the thing and of its payment.
    ["j'ai payé la facture du 3 novembre, 60 €", ['60.00 2026-11-03']],
    // A registration whose payment's day is said keeps that day.
    ["l'inscription au club de judo, payée le 3 septembre, 150 €", ['150.00 2026-09-03']],
  ])('%s → %j (the payment’s day)', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});
