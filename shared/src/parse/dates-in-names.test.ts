/**
 * The datemove17 date rules, through the whole parser on Tuesday 24 November 2026: a date that is
 * part of a name (a street, a place written with its article, a brand, "24/7") is no day of the
 * payment; « la fin du mois dernier » is its last day; a day after « pour le … de » is the thing
 * paid for's; days counted back count nothing bought.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const dated = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map(
    (e) => `${e.amount} ${e.date}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
  );

describe('a date inside a name is no day of the payment', () => {
  it.each([
    ['pharmacie du boulevard du 11 Novembre, 12 €', ['12.00 2026-11-24']],
    ['un café place du 8 Mai, 2,50 €', ['2.50 2026-11-24']],
    ['coiffeur rue du Vingt-Neuf Juillet, 25 €', ['25.00 2026-11-24']],
    ['dîner à la brasserie Le 1er Mai, 38 €', ['38.00 2026-11-24']],
    ['bought water at a 7-Eleven, 2 euros', ['2.00 2026-11-24']],
    ['the gym is open 24/7, paid 30 euros for the month', ['30.00 2026-11-24']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });

  it.each([
    // The day said as a day stays one: « le 11 novembre » with no street before it.
    ['le 11 novembre, cérémonie, une gerbe à 40 €', ['40.00 2026-11-11']],
    // « le 24/7 » is the 24th of July, said with its article.
    ["j'ai payé le loyer le 24/7, 600 €", ['600.00 2026-07-24']],
    ['on the 7th I bought a lamp, 20 euros', ['20.00 2026-11-07']],
  ])('%s → %j (a day)', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('a day that says the kind of a thing is no day of the payment (dates-in-names.ts dayOfKind)', () => {
  const days = (text: string) => parseExpenseText(text, TEST_OPTS).expenses.map((e) => e.date);
  it.each([
    ['a Sunday roast at the Crown, 18 euros', ['2026-11-24']],
    ['un poulet du dimanche, 14 €', ['2026-11-24']],
    ['le brunch du dimanche, 25 €', ['2026-11-24']],
  ])('%s → %j', (text, want) => expect(days(text)).toEqual(want));

  it.each([
    ['Sunday: roast at the Crown, 18 euros', ['2026-11-22']],
    ['dimanche, resto, 30 €', ['2026-11-22']],
    ['le brunch de dimanche, 25 €', ['2026-11-22']],
    ['on Sunday a roast, 18 euros', ['2026-11-22']],
  ])('%s → %j (the day it was paid)', (text, want) => expect(days(text)).toEqual(want));
});

describe('the end of a month said of last month or the next is its last day', () => {
  it.each([
    ["fin du mois dernier j'ai payé l'eau, 31 €", ['31.00 2026-10-31']],
    ['paid the window cleaner at the end of last month, 15 euros', ['15.00 2026-10-31']],
    ['je réglerai le solde à la fin du mois prochain, 300 €', ['300.00 2026-12-31 future_date']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('a day said of the thing paid for, after « pour … de », is the thing’s', () => {
  it.each([
    ['virement de 60 € à la baby-sitter pour la soirée de samedi', ['60.00 2026-11-24']],
    // Sent to a person for a thing (« rendu », paying a person back for theirs, is a repayment: no expense).
    ["j'ai viré 18 € à Paul pour le ciné d'hier", ['18.00 2026-11-24']],
    // No « pour »: the day said is the payment's.
    ["j'ai payé le ménage de lundi, 30 €", ['30.00 2026-11-23']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('days counted back are a date, no count of what was bought', () => {
  it.each([
    ['il y a quatre jours, un jeu à 15 €', ['15.00 2026-11-20']],
    ['two days ago, a scarf at 18 euros', ['18.00 2026-11-22']],
    // A count of hours right before its price still counts.
    ['3 heures de baby-sitting à 12 €', ['36.00 2026-11-24']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});
