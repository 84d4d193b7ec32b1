/**
 * The dates19 rules, through the whole parser on Tuesday 24 November 2026 at 12:30 in Paris: whole
 * weeks said beside a weekday, « samedi en huit » and "a week on Friday", the middle of a month,
 * dates in digits in the phone's order, evenings that run past midnight, the days that move with
 * Easter, holidays' days off and seasons (never sure). Each look-alike beside its rule passes
 * either way.
 */
import { describe, expect, it } from 'vitest';
import { PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const dated = (text: string, locale?: string) =>
  parseExpenseText(text, locale === undefined ? TEST_OPTS : { ...TEST_OPTS, locale }).expenses.map(
    (e) => `${e.amount} ${e.date}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
  );

describe('whole weeks said beside a weekday name that week’s day', () => {
  it.each([
    ['il y a deux semaines, mardi, le serrurier, 90 €', ['90.00 2026-11-10']],
    ['three weeks ago on Saturday, a new kettle, 30 euros', ['30.00 2026-11-07']],
    ['il y a trois semaines, lundi, un pull, 25 €', ['25.00 2026-11-02']],
    ['mercredi il y a quinze jours, le garage, 120 €', ['120.00 2026-11-11']],
    ['Monday two weeks ago, the locksmith, 80 euros', ['80.00 2026-11-09']],
    ['the Saturday before last, a board game, 35 euros', ['35.00 2026-11-14']],
    // Look-alikes: weeks alone, a weekday alone, "a week ago today".
    ['il y a deux semaines, le serrurier, 90 €', ['90.00 2026-11-10']],
    ['last Saturday, a board game, 35 euros', ['35.00 2026-11-21']],
    ['a week ago today, a haircut, 20 euros', ['20.00 2026-11-17']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('« samedi en huit », "a week on Friday": the coming day, a week on', () => {
  it.each([
    ['dimanche en huit je paierai le traiteur, 200 €', ['200.00 2026-12-06 future_date']],
    ['jeudi en quinze je réglerai le plombier, 150 €', ['150.00 2026-12-10 future_date']],
    ["a week on Monday I'll pay the builder, 500 euros", ['500.00 2026-12-07 future_date']],
    ["a week from Thursday I'll pay the florist, 60 euros", ['60.00 2026-12-03 future_date']],
    // « le solde du traiteur » is what is left to pay him, a day to come (« le solde du compte » is a balance).
    ['samedi je paierai le solde du traiteur, 300 €', ['300.00 2026-11-28 future_date']],
    // Look-alikes: the coming day alone, and "a week from now".
    ['dimanche je paierai le traiteur, 200 €', ['200.00 2026-11-29 future_date']],
    ["a week from now I'll pay the florist, 60 euros", ['60.00 2026-12-01 future_date']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('the middle of a month is its 15th', () => {
  it.each([
    ['au milieu du mois dernier, un manteau, 90 €', ['90.00 2026-10-15']],
    ['halfway through the month I paid 40 euros for the vet', ['40.00 2026-11-15']],
    ['in the middle of next month I will pay the dentist 70 euros', ['70.00 2026-12-15 future_date']],
    // Look-alike: the end of last month stays its last day.
    ['à la fin du mois dernier, un manteau, 90 €', ['90.00 2026-10-31']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('a date in digits is read in the phone’s order', () => {
  it.each([
    ['on 11/5 I paid 30 euros for parking', 'en-US', ['30.00 2026-11-05']],
    ['10/30, a costume, 25 euros', 'en-US', ['25.00 2026-10-30']],
    ['on 5/11 I paid 30 euros for parking', 'en-GB', ['30.00 2026-11-05']],
    ['le 5/11, parking, 30 €', 'fr-FR', ['30.00 2026-11-05']],
    // No locale: day first, and a month past 12 is no date.
    ['on 5/11 I paid 30 euros for parking', undefined, ['30.00 2026-11-05']],
  ])('%s (%s) → %j', (text, locale, want) => {
    expect(dated(text, locale)).toEqual(want);
  });
});

describe('an evening that runs past midnight', () => {
  it.each([
    ['vendredi soir, rentrés à 4h du matin, le taxi, 30 €', ['30.00 2026-11-21']],
    ['Saturday night we got home at 3 am, the cab was 28 euros', ['28.00 2026-11-22']],
    ['hier soir, taxi à 2h du matin, 25 €', ['25.00 2026-11-24']],
    ['last night at quarter past two, a kebab, 7 euros', ['7.00 2026-11-24']],
    ['cette nuit, le taxi, 22 €', ['22.00 2026-11-23']],
    // Look-alikes: an hour of the evening, an evening with no hour, an hour not said as the morning's.
    ['vendredi soir à 11h, le taxi, 30 €', ['30.00 2026-11-20']],
    ['Saturday night, the cab, 28 euros', ['28.00 2026-11-21']],
    ['samedi soir, 3 bières à 5 €, 15 € en tout', ['15.00 2026-11-21']],
    ['last night at 11 pm, a kebab, 7 euros', ['7.00 2026-11-23']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('the days that move with Easter, and names that say their day', () => {
  it.each([
    ['le lundi de Pâques, une chasse aux œufs, 12 €', ['12.00 2026-04-06']],
    ['à la Pentecôte, un pique-nique, 30 €', ['30.00 2026-05-24']],
    ['on Good Friday, hot cross buns, 6 euros', ['6.00 2026-04-03']],
    ["à l'Ascension, une sortie en bateau, 45 €", ['45.00 2026-05-14']],
  ])('%s → %j', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe('holidays’ days off and seasons name no day: read, never sure', () => {
  const read = (text: string) => parseExpenseText(text, TEST_OPTS);
  it.each([
    ['pendant les vacances de Pâques, un stage de foot, 90 €', '2026-04-05'],
    ['over the Christmas holidays, a sledge, 40 euros', '2025-12-25'],
    ["l'été dernier, une location de vélo, 60 €", '2026-06-01'],
    ['au printemps, un rosier, 25 €', '2026-03-01'],
    ['last summer, a festival ticket, 80 euros', '2026-06-01'],
  ])('%s → %s, unsure', (text, date) => {
    const got = read(text);
    expect(got.expenses.map((e) => e.date)).toEqual([date]);
    expect(got.confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it.each([
    // A season or a holiday that is a thing's stays today's.
    ["la colo de l'été pour Léo, 400 €", '2026-11-24'],
    ['des pneus hiver, 320 €', '2026-11-24'],
    ["j'ai réservé le gîte pour les vacances de Noël, 200 €", '2026-11-24'],
    ['summer sale, a dress, 30 euros', '2026-11-24'],
  ])('%s → %s', (text, date) => {
    expect(read(text).expenses.map((e) => e.date)).toEqual([date]);
  });
});

describe('a day said after a preposition, then a thing, leads the lone amount after it', () => {
  it.each([
    ['yesterday lunch was 14 euros and on Sunday the cinema, 22 euros', ['2026-11-23', '2026-11-22']],
    // A day after the money with no thing of its own is still that money's.
    ['lunch 14 euros on Sunday', ['2026-11-22']],
    ['hier le déjeuner 14 euros et dimanche le cinéma, 22 euros', ['2026-11-23', '2026-11-22']],
  ])('%s → %j', (text, dates) => {
    expect(parseExpenseText(text, TEST_OPTS).expenses.map((e) => e.date)).toEqual(dates);
  });
});
