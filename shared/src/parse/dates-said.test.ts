import { describe, expect, it } from 'vitest';
import { PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

// Said on Tuesday 24 November 2026, lunchtime in Paris (TEST_OPTS).
const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
const first = (text: string) => parse(text).expenses[0];

describe('a month said alone is read as a day of it (month-dates.ts)', () => {
  it.each([
    ["en juillet j'ai payé le camping, 240 €", '2026-07-01'],
    ['back in June I paid 55 euros for the chimney sweep', '2026-06-01'],
    ["en décembre dernier j'ai acheté un manteau, 120 €", '2025-12-01'],
    ["en avril 2025 j'avais payé 80 € de cotisation", '2025-04-01'],
    ["en février de l'année dernière, un vélo à 300 €", '2025-02-01'],
    ['début septembre, fournitures scolaires, 64 €', '2026-09-01'],
    ['mi-octobre, ramonage, 70 €', '2026-10-15'],
    ['late September, a new mattress, 400 euros', '2026-09-30'],
    ['fin août, 38 € de glaces', '2026-08-31'],
    ["au mois d'août, location du mobil-home, 300 €", '2026-08-01'],
    ["au début d'octobre, 45 € de bois", '2026-10-01'],
    ['à la fin de septembre, 30 € de cahiers', '2026-09-30'],
  ])('%s → %s', (text, date) => {
    expect(first(text)?.date).toBe(date);
    expect(first(text)?.reviewReason).toBeUndefined();
  });

  it('a month told ahead is the next one, to confirm', () => {
    const e = first('je paierai la taxe d’habitation en janvier, 350 €');
    expect([e?.date, e?.reviewReason]).toEqual(['2027-01-01', 'future_date']);
  });
});

describe('months and years ago (relative-dates.ts)', () => {
  it.each([
    ["il y a un mois j'ai payé le ramoneur, 65 €", '2026-10-24'],
    ['il y a trois mois, un casque, 90 €', '2026-08-24'],
    ['three months ago I paid 90 euros for headphones', '2026-08-24'],
    ["il y a deux ans j'ai acheté ce frigo, 500 €", '2024-11-24'],
    ['a year ago today I paid 120 euros for the course', '2025-11-24'],
    ["l'an dernier, un sapin à 40 €", '2025-11-24'],
    ['last year I paid 60 euros for the fishing licence', '2025-11-24'],
    ['y a trois jours, une pizza, 11 €', '2026-11-21'],
    ['y a une semaine, un kebab, 8 €', '2026-11-17'],
    ['il y a une dizaine de jours, des bougies, 12 €', '2026-11-14'],
    ['il y a trois samedis, vide-grenier, 20 €', '2026-11-07'],
    ['two Sundays ago, car wash, 15 euros', '2026-11-15'],
  ])('%s → %s', (text, date) => {
    expect(first(text)?.date).toBe(date);
  });
});

describe('holidays and named days (named-days.ts)', () => {
  it.each([
    ["à Noël j'ai payé le traiteur, 180 €", '2025-12-25'],
    ['last Christmas I paid 70 euros for the turkey', '2025-12-25'],
    ['le jour de l’an, resto, 75 €', '2026-01-01'],
    ['au nouvel an, champagne, 30 €', '2026-01-01'],
    ['la veille de Noël, taxi, 40 €', '2025-12-24'],
    ['on Halloween, a costume, 25 euros', '2026-10-31'],
    ['à Pâques, un gigot, 35 €', '2026-04-05'],
    ["on Valentine's Day I spent 60 euros on flowers", '2026-02-14'],
    ['à la Toussaint, des fleurs au cimetière, 30 €', '2026-11-01'],
    ['le soir de la Saint-Sylvestre, le bar, 45 €', '2025-12-31'],
  ])('%s → %s', (text, date) => {
    expect(first(text)?.date).toBe(date);
  });

  it.each([
    ["on Black Friday I'll get the headphones, 150 euros", '2026-11-27'],
    ['à Noël je paierai le gîte, 400 €', '2026-12-25'],
    // « le Black Friday » told ahead, even after « pour »: a day of sales is when things are bought.
    ['pour le Black Friday je prendrai la console, 299 €', '2026-11-27'],
    ['le Black Friday je vais acheter un aspirateur, 149 €', '2026-11-27'],
  ])('told ahead: %s → %s, to confirm', (text, date) => {
    const e = first(text);
    expect([e?.date, e?.reviewReason]).toEqual([date, 'future_date']);
  });

  it.each([
    ['cadeaux pour Noël, 120 €'],
    ['marché de Noël, vin chaud, 4 €'],
    ['a Christmas tree, 45 euros'],
    ['Black Friday deals, a TV, 300 euros'],
    ['le Noël des enfants du comité, 50 €'],
    // With no tense, « le Black Friday » names the sale (amounts34): today.
    ['le Black Friday, une télé, 400 €'],
    ["j'ai acheté la télé pour le Black Friday, 400 €"],
    ['un billet pour le 15 décembre, 40 €'],
  ])('%s names a purpose or a thing, not a day: today', (text) => {
    expect(first(text)?.date).toBe('2026-11-24');
  });
});

describe('a past day that names none is today, never sure', () => {
  it.each([
    ["l'autre jour, un taxi, 25 €"],
    ['récemment, un abonnement à la salle, 30 €'],
    ['the other day I paid 20 euros for a haircut'],
    ['recently I bought a 40 euro lamp'],
    ['a while ago, 15 euros for a book'],
  ])('%s', (text) => {
    const got = parse(text);
    expect(got.expenses[0]?.date).toBe('2026-11-24');
    expect(got.confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it('a day named stays sure', () => {
    expect(parse('hier, un taxi, 25 €').confidence).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
  });
});

describe('the day booked is the thing’s, the payment today (thing-dates.ts)', () => {
  it.each([
    ["j'ai réservé un cours de surf dimanche, 40 €", '2026-11-24'],
    ['I reserved a table Saturday, 25 euros deposit', '2026-11-24'],
    ['acompte pour la salle des fêtes en mai, 200 €', '2026-11-24'],
    ['le billet de train pour Nice en février, 90 €', '2026-11-24'],
    ["dimanche dernier j'ai réservé un cours de surf, 40 €", '2026-11-22'],
  ])('%s → %s', (text, date) => {
    expect(first(text)?.date).toBe(date);
    expect(first(text)?.reviewReason).toBeUndefined();
  });
});

describe('a span of days is read as its first', () => {
  it.each([
    ['dans la nuit de vendredi à samedi, VTC, 28 €', '2026-11-20'],
    ['from Friday to Sunday, the campsite, 90 euros', '2026-11-20'],
    ['du 3 au 5 novembre, hôtel, 240 €', '2026-11-03'],
  ])('%s → %s', (text, date) => {
    expect(first(text)?.date).toBe(date);
  });
});

describe('a debit said in the future of the thing is ahead (tense.ts)', () => {
  it.each([
    ['le prélèvement de la mutuelle passera le 5, 48 €', '2026-12-05'],
    ["l'abonnement partira le 2, 12 €", '2026-12-02'],
  ])('%s → %s, to confirm', (text, date) => {
    const e = first(text);
    expect([e?.date, e?.reviewReason]).toEqual([date, 'future_date']);
  });
});

describe("a debit's participle before a bare day names this month's day (day-of-month.ts)", () => {
  it.each([
    ['la complémentaire santé, prélevée le 6, 41 €', '2026-11-06', undefined],
    ["l'abonnement du club, 22 €, prélevé le 12 de chaque mois", '2026-11-12', undefined],
    ['frais de tenue de compte débités le 2, 3 €', '2026-11-02', undefined],
    // This month's day still to come is to confirm, not last month's.
    ['le prêt étudiant, 120 €, prélevé le 27', '2026-11-27', 'future_date'],
    // Look-alikes it must not move: a future said, and a bare day with no participle.
    ['la box sera prélevée le 6, 30 €', '2026-12-06', 'future_date'],
    ['le 27, le garagiste, 80 €', '2026-10-27', undefined],
  ])('%s → %s', (text, date, reason) => {
    expect([first(text)?.date, first(text)?.reviewReason]).toEqual([date, reason]);
  });
});

describe("a month's weekday by its rank (weekday-of-month.ts)", () => {
  it.each([
    ['le premier jeudi du mois, la réunion de copro, 15 €', '2026-11-05', undefined],
    ['the third Wednesday of the month, book club, 12 euros', '2026-11-18', undefined],
    ['le dernier samedi de septembre, la brocante, 20 €', '2026-09-26', undefined],
    ['the last Thursday of the month, quiz night, 10 euros', '2026-11-26', 'future_date'],
    ['le deuxième dimanche du mois dernier, le vide-grenier, 8 €', '2026-10-11', undefined],
    // Look-alikes: a rank of something else, and a weekday said alone.
    ['mon premier café du mois, 2 €', '2026-11-24', undefined],
    ['the first time on a Saturday, 30 euros', '2026-11-21', undefined],
  ])('%s → %s', (text, date, reason) => {
    expect([first(text)?.date, first(text)?.reviewReason]).toEqual([date, reason]);
  });
});

describe('the eve or the day after a date said by its number (named-days.ts)', () => {
  it.each([
    ['la veille du 8 mai, le traiteur, 60 €', '2026-05-07'],
    ['le lendemain du 15 août, le garagiste, 90 €', '2026-08-16'],
    ["la veille du jour de l'an, le traiteur, 45 €", '2025-12-31'],
    // Look-alikes: an eve of no date keeps the day it was said, a date alone its own day.
    ['la veille du départ, le pressing, 12 €', '2026-11-24'],
    ['le 8 mai, le traiteur, 60 €', '2026-05-08'],
  ])('%s → %s', (text, date) => {
    expect(first(text)?.date).toBe(date);
  });
});
