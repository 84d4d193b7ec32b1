/**
 * The daymove16 date rules, through the whole parser on Tuesday 24 November 2026: a day said of a
 * delivery or of a start is the thing's, an hour after midnight said of last night is today's,
 * "early last week" is its Monday, « ce week-end » told ahead is the next one, and a day of the
 * month said in words is that day.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const dated = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map(
    (e) => `${e.amount} ${e.date}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
  );

describe('a day said of a delivery or of a start is the thing’s, the payment today’s', () => {
  it.each([
    ["j'ai acheté un matelas à 400 €, livraison vendredi", ['400.00 2026-11-24']],
    ["j'ai réglé la table 250 €, elle sera livrée lundi", ['250.00 2026-11-24']],
    ['bought a sofa for 600 euros, delivered on Thursday', ['600.00 2026-11-24']],
    ['paid 70 euros for a rug, arriving on Saturday', ['70.00 2026-11-24']],
    ["le cours de poterie démarre jeudi, j'ai payé 90 €", ['90.00 2026-11-24']],
    ["le stage commence le 2, j'ai réglé 150 €", ['150.00 2026-11-24']],
    ['paid 20 euros for a magazine subscription that begins on Friday', ['20.00 2026-11-24']],
    // The thing's day said as what it is: « le voyage est le 12 décembre », "the gig is on Friday".
    ["j'ai acheté les billets 60 €, le voyage est le 12 décembre", ['60.00 2026-11-24']],
    ['bought the tickets for 35 euros, the gig is on Friday', ['35.00 2026-11-24']],
    ["j'ai payé 200 € pour le mariage du 12 juin", ['200.00 2026-11-24']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });

  it.each([
    // The day a delivery was paid, said as the payment's, stays that day.
    ['samedi dernier j’ai payé la livraison, 15 €', ['15.00 2026-11-21']],
    // « la facture du 3 novembre » paid: no « pour », the day said is the bill's and the payment's.
    ["j'ai payé la facture du 3 novembre, 60 €", ['60.00 2026-11-03']],
    // « c'est samedi que » says the payment's day.
    ["c'est samedi que j'ai payé le cours, 40 €", ['40.00 2026-11-21']],
    // A day with no delivery or start before it is the payment's.
    ["jeudi j'ai payé le cours de poterie, 90 €", ['90.00 2026-11-19']],
    // The delivery paid on a day: that day.
    ["j'ai payé la livraison samedi, 12 €", ['12.00 2026-11-21']],
    // « un livre samedi » is a book bought on Saturday, not a delivery.
    ["j'ai acheté un livre samedi, 20 €", ['20.00 2026-11-21']],
    // "starts" said of a day to pay keeps the payment on it.
    ['the rent increase starts on the 1st, I will pay 820 euros', ['820.00 2026-12-01 future_date']],
  ])('but %s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('an hour after midnight said of last night is today', () => {
  it.each([
    ['la nuit dernière vers 2h du matin, taxi, 28 €', ['28.00 2026-11-24']],
    ['last night at 1 am I got a burger, 8 euros', ['8.00 2026-11-24']],
    ['last night around 3 in the morning, cab, 35 euros', ['35.00 2026-11-24']],
    ['last night after midnight, taxi, 22 euros', ['22.00 2026-11-24']],
    ['la nuit dernière après minuit, un kebab, 8 €', ['8.00 2026-11-24']],
    // Before midnight, or with no hour, the night is the evening before.
    ['la nuit dernière vers 23h, un mojito, 9 €', ['9.00 2026-11-23']],
    ['last night at 10 pm, cinema, 12 euros', ['12.00 2026-11-23']],
    ['last night, drinks, 30 euros', ['30.00 2026-11-23']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('the start of last week is its Monday', () => {
  it.each([
    ['early last week, new glasses, 150 euros', ['150.00 2026-11-16']],
    ['au début de la semaine dernière, ramoneur, 60 €', ['60.00 2026-11-16']],
    ['en début de semaine dernière, 12 € de fleurs', ['12.00 2026-11-16']],
    ['at the start of last week I paid 40 euros for a lesson', ['40.00 2026-11-16']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('« ce week-end » told ahead is the next one, to confirm', () => {
  it.each([
    ['ce week-end je paierai 30 € pour le vide-grenier', ['30.00 2026-11-28 future_date']],
    ['this weekend I will pay 45 euros for the escape game', ['45.00 2026-11-28 future_date']],
    // Told in the past, it is the one gone by.
    ["ce week-end j'ai payé 30 € au vide-grenier", ['30.00 2026-11-21']],
    ['over the weekend I spent 20 euros on plants', ['20.00 2026-11-21']],
    // A present alone tells of either weekend: the one gone by, as before.
    ['ce week-end je fais un resto, 45 €', ['45.00 2026-11-21']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('a day of the month said in words is that day', () => {
  it.each([
    ['le seize, garage, 120 €', ['120.00 2026-11-16']],
    ["le vingt et un j'ai payé le traiteur, 300 €", ['300.00 2026-11-21']],
    ['le deux, cinéma, 11 €', ['11.00 2026-11-02']],
    // A count of things or of people after « le » is no day.
    ['le deux pièces, 850 € par mois', ['850.00 2026-11-24']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});
