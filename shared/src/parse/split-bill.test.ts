import { describe, expect, it } from 'vitest';
import { divideHalfUp } from '../money.ts';
import { PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { percentHalfUp } from './split-bill.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import type { ParseOptions } from './types.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
const described = (text: string, options: Partial<ParseOptions> = {}) =>
  parseExpenseText(text, { ...TEST_OPTS, ...options }).expenses.map((e) => `${e.amount} ${e.description}`);
const amounts = (text: string) => parse(text).expenses.map((e) => `${e.amount} ${e.currency}`);

describe('the speaker’s share of a bill', () => {
  it.each([
    ["On a payé 86 € au resto, j'ai payé la moitié.", '43.00 EUR'],
    ['48 € de courses en tout, on partage avec ma coloc.', '24.00 EUR'],
    ["L'addition faisait 120 euros, divisé par trois.", '40.00 EUR'],
    ['Resto 75 euros à partager en trois.', '25.00 EUR'],
    ['Location de voiture 210 euros à trois.', '70.00 EUR'],
    ['Le gîte 450 euros, on était trois, chacun sa part.', '150.00 EUR'],
    ['Courses 52,60 € moitié-moitié avec Paul.', '26.30 EUR'],
    ["L'addition était de 100 euros, on était trois, chacun sa part.", '33.33 EUR'],
    ['Cinéma 24 euros pour nous deux, j’ai payé ma moitié.', '12.00 EUR'],
    ['Lunch was 60 dollars, split between the 4 of us.', '15.00 USD'],
    ['Dinner for 120 pounds split four ways.', '30.00 GBP'],
    ['Split the 45 euro cab fare three ways.', '15.00 EUR'],
    ['Taxi 50 euros, we split it in half.', '25.00 EUR'],
    ['Rent is 1,800 dollars, I pay a third.', '600.00 USD'],
    ['Fuel 41.50, half is mine.', '20.75 EUR'],
  ])('"%s" is %s', (text, amount) => {
    expect(amounts(text)).toEqual([amount]);
  });

  it.each([
    ["Ma part du resto c'est 28 euros.", '28.00 EUR'],
    ['My share of the taxi was 9 pounds.', '9.00 GBP'],
    ['Dinner with friends, we split it, my share was 32 euros.', '32.00 EUR'],
    ['Restaurant 80 euros, on était 4', '80.00 EUR'],
    ['Pull à moitié prix, 20 euros.', '20.00 EUR'],
    ['Half a pizza, 6 euros.', '6.00 EUR'],
    ['3 cafés à 2,10.', '6.30 EUR'],
  ])('keeps "%s" at %s (the part was said, or nothing was shared)', (text, amount) => {
    expect(amounts(text)).toEqual([amount]);
  });

  it.each([
    ["On a payé 86 € au resto, j'ai payé la moitié.", 'Resto (part de 86 €)'],
    ['Courses 63,40 € moitié-moitié.', 'Courses (part de 63,40 €)'],
    ['Lunch was 60 dollars, split between the 4 of us.', 'Lunch (share of $60)'],
    ['Rent 1,800 euros, I pay a third.', 'Rent (share of €1,800)'],
  ])('says in "%s" what the whole was: "%s"', (text, description) => {
    expect(parse(text).expenses[0]?.description).toBe(description);
  });

  it('is less sure when no one said by how many', () => {
    expect(parse('Uber 24 euros, we split it.').confidence).toBeLessThan(PARSER_CONFIDENT);
    expect(parse('Uber 24 euros, split between the 3 of us.').confidence).toBeGreaterThanOrEqual(
      PARSER_CONFIDENT,
    );
  });
});

describe('tips', () => {
  it.each([
    ['Taxi 18 euros plus 2 de pourboire.', '20.00 EUR'],
    ['Brasserie 30 € et 3 € de pourboire.', '33.00 EUR'],
    ['Dîner 46 €, avec 4 € de pourboire.', '50.00 EUR'],
    ['Dinner 60 pounds plus 10% tip.', '66.00 GBP'],
    ['Resto 80 euros plus 10 % de pourboire.', '88.00 EUR'],
    ['Taxi 33,30 € plus 15 % de pourboire.', '38.30 EUR'],
    ['Lunch was 12.50 dollars with a 20% tip on top.', '15.00 USD'],
    ['Haircut 30 euros plus fifteen percent tip.', '34.50 EUR'],
    ['Cab 40 dollars plus a 5 dollar tip.', '45.00 USD'],
    ['Addition 64 euros dont 4 de pourboire.', '64.00 EUR'],
    ['Addition 38 €, service compris.', '38.00 EUR'],
    ['Pourboire de 5 euros au serveur.', '5.00 EUR'],
    ['Uber 18 euros avec le pourboire.', '18.00 EUR'],
    ['Taxi 25 euros, tip included.', '25.00 EUR'],
    ['Resto 80 € plus 10 % de pourboire, on partage.', '44.00 EUR'],
  ])('"%s" is %s', (text, amount) => {
    expect(amounts(text)).toEqual([amount]);
  });

  it('keeps the category of what the tip was left with', () => {
    expect(parse('Uber 14,20 € plus 1 € de pourboire.').expenses[0]?.category).toBe('transport');
  });

  it.each([
    [100_00, 3, 33_33],
    [200_00, 3, 66_67],
    [1, 2, 1],
    [3, 2, 2],
    [86_00, 2, 43_00],
  ])('divides %i cents by %i to %i, half up', (cents, n, expected) => {
    expect(divideHalfUp(cents, n)).toBe(expected);
  });

  it.each([
    [33_30, 1500, 5_00],
    [60_00, 1000, 6_00],
    [1_05, 1000, 11],
    [99_999_999_99, 10_000, 99_999_999_99],
  ])('takes %i cents × %i bp as %i cents, half up', (cents, bp, expected) => {
    expect(percentHalfUp(cents, bp)).toBe(expected);
  });
});

describe('the count and the part, however the sharing is said (v9)', () => {
  it.each([
    // After « nous », "us", the count needs nothing after it.
    ['partagé entre nous quatre le chalet coûtait 800 €', '200.00 EUR'],
    ['le gîte 270 € pour nous trois j’ai payé ma part', '90.00 EUR'],
    // « à trois » with an amount right after it, in a bill paid together.
    ['on a payé le taxi à deux 36 €', '18.00 EUR'],
    // Each paid their part: the part said is the speaker's, or the bill divided.
    ['resto 96 €, on était quatre, chacun a payé 24', '24.00 EUR'],
    ['verres au bar, on était trois, 60 €, chacun a payé pour soi', '20.00 EUR'],
    ['there were two of us at the cafe, 18 euros, each paid our own', '9.00 EUR'],
    ['the cab was 45 between the three of us', '15.00 EUR'],
    ['split the bill 50 50, 84 euros', '42.00 EUR'],
    ['facture d’eau 120 €, je paie un quart', '30.00 EUR'],
    // A part in several parts of the bill, in whole cents.
    ['j’ai payé les trois quarts des 90 € de plein', '67.50 EUR'],
    ['la location 600 €, je règle les deux tiers', '400.00 EUR'],
    // People who pay the bill together share it.
    ['l’abonnement internet fait 40 €, on est deux à le payer', '20.00 EUR'],
    // Each one's part worked out after the whole is the speaker's, not multiplied.
    ['karting 90 € pour nous trois, soit 30 par tête', '30.00 EUR'],
    // A price per head is one person's part: times the heads the speaker paid for, never divided.
    ['place de concert à 45 € par personne pour moi et mon fils', '90.00 EUR'],
    ['brunch 28 per person, there were three of us, I paid', '84.00 EUR'],
    ['menu à 32 € par personne, on était cinq, chacun sa part', '32.00 EUR'],
    ['menu à 32 € par personne, on était cinq', '32.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(amounts(text)).toEqual([want]);
  });
});

describe('the count of a split read from the words around it (issue 29)', () => {
  const shared = (text: string, locale: string) =>
    parseExpenseText(text, { ...TEST_OPTS, locale, currency: 'EUR' }).expenses.map(
      (e) => `${e.amount} ${e.currency}`,
    );

  it.each([
    // "for N people", « pour N personnes »: the people at the table, the divisor of the split.
    ['Dinner for four people, 160 euros, we split it evenly', '40.00 EUR'],
    ['Hotel for three persons, 300 euros, we split the bill equally', '100.00 EUR'],
    ['Dîner pour quatre personnes, 160 euros, on partage', '40.00 EUR'],
    ['Resto pour 6 personnes, 120 euros, divisé équitablement', '20.00 EUR'],
    // The manner of the split comes between it and its count.
    ['105 euros, we split it evenly between the three of us', '35.00 EUR'],
    ['105 euros, we split it evenly among the three of us', '35.00 EUR'],
    ['Dinner, 160 euros, split evenly between four', '40.00 EUR'],
    ['Pizza 40 euros split equally four ways', '10.00 EUR'],
    ['Gîte 450 euros, partagé à parts égales entre nous trois', '150.00 EUR'],
    ['Resto, 160 euros, partagé équitablement par quatre', '40.00 EUR'],
    // Whom a thing was for, then who was there: the people there share it.
    ['pour 2 personnes le taxi 125 €, on était cinq, on a partagé', '25.00 EUR'],
    ['for 2 people the pizza, 130 euros, there were five of us, we split it evenly', '26.00 EUR'],
    // The count said apart from the split word, after a comma.
    ['105 euros, we split it, between the three of us', '35.00 EUR'],
    ['90 euros, on a partagé, entre nous trois', '30.00 EUR'],
  ])('"%s" is %s in fr-FR and en-GB', (text, amount) => {
    expect([shared(text, 'fr-FR'), shared(text, 'en-GB')]).toEqual([[amount], [amount]]);
  });

  it.each([
    // People counted with no split: the bill is the speaker's.
    ['Taxi for 2 people, 30 euros', '30.00 EUR'],
    ['Dîner pour 4 personnes, 160 euros', '160.00 EUR'],
    // After « pour », "for", a count of nights or days is no people.
    ['Gîte pour 3 nuits, 300 euros, on partage', '150.00 EUR'],
  ])('"%s" stays %s', (text, amount) => {
    expect(shared(text, 'fr-FR')).toEqual([amount]);
  });
});

describe('what a shared bill is described as', () => {
  it('is the thing bought, not how it was split, in a French locale with dollars by default', () => {
    expect(
      described('Dinner for four, 160 euros, we split it evenly', { locale: 'fr-FR', currency: 'USD' }),
    ).toEqual(['40.00 Dinner (share of €160)']);
  });

  it.each([
    ['Dinner for three, 105 euros, split evenly', '35.00 Dinner (share of €105)'],
    ['on a pris une pizza à deux, 24 €, moitié-moitié', '12.00 Pizza (part de 24 €)'],
    ['Uber at 2 in the morning, 27 euros', '27.00 Uber'],
    // A manner of sharing names nothing bought: with nothing else said, the usual fallback.
    ['We paid 105 euros and split it three ways, evenly', '35.00 Expense (share of €105)'],
    ['90 €, partagé équitablement à trois', '30.00 Dépense (part de 90 €)'],
    ['60 €, on partage à parts égales à deux', '30.00 Dépense (part de 60 €)'],
  ])('"%s" is %s', (text, expense) => {
    expect(described(text)).toEqual([expense]);
  });

  it("leaves a sum of the sentence's second expense to its own words", () => {
    expect(described('Pizza 12 €, et 8 €')).toEqual(['12.00 Pizza', '8.00 Dépense']);
  });
});

describe('the people a thing was for', () => {
  const read = (text: string) =>
    parseExpenseText(text, TEST_OPTS).expenses.map(
      (e) => `${e.amount} ${e.category} ${e.reviewReason ?? 'sure'}`,
    );

  it.each([
    ['Table for six, 240 euros', '240.00 dining sure'],
    ['table pour 6, 210 €', '210.00 dining sure'],
    ['Dinner for four, 160 euros', '160.00 dining sure'],
    ['dîner pour deux, 60 euros', '60.00 dining sure'],
    // Whom a room or a ticket was for is no company at a table.
    ['Room for two people, 110 euros', '110.00 other sure'],
  ])('"%s" is %s, the count no money', (text, reading) => {
    expect(read(text)).toEqual([reading]);
  });
});
