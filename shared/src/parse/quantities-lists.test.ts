import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { amountsOf, TEST_OPTS } from './testing/test-parse.ts';

// Amounts beside quantities, unit prices and lists (round v19a, issue 29). Each case failed before
// its rule; the "stays" cases are what the rule leaves alone.

describe('things each said with their price, the currency said once at the end, are as many expenses', () => {
  it.each([
    // Were 12 €, 11 €, 16 €: the bare figures before the last were lost.
    ['la housse 8 et le coussin 12 euros', ['8.00 EUR', '12.00 EUR']],
    ['gloves 9, scarf 11 euros', ['9.00 EUR', '11.00 EUR']],
    ['milk 1, eggs 3 and butter 16 euros', ['1.00 EUR', '3.00 EUR', '16.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A figure in groups names something; a total said after has no thing before it.
    ['mon numéro de client 318 554, abonnement box 30 euros', ['30.00 EUR']],
    ['le menu 22, et 30 au total avec le vin', ['30.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a half in a quantity is of the measure, never a share nor money', () => {
  it.each([
    // Were 3 €, 1 €, 3 €, 2 €, 6 € (the half read as half of the count or the bill).
    ['three and a half kilos of pears for 6 euros', ['6.00 EUR']],
    ['two and a half kilos of plums at 2 euros a kilo', ['5.00 EUR']],
    ['a kilo and a half of figs at 6 euros a kilo', ['9.00 EUR']],
    ['four and a half hours of gardening at 20 an hour', ['90.00 EUR']],
    ['an hour and a half of tennis court, 12 euros', ['12.00 EUR']],
    // Were 6 €, 2,40 €: the half not counted.
    ['trois kilos et demi de poires à 2 € le kilo', ['7.00 EUR']],
    ['deux litres et demi de lait à 1,20 le litre', ['3.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Nothing: "at 12" read as noon. A price per unit is no time of day.
    ['three hours of tutoring at 12 an hour', ['36.00 EUR']],
    // Nothing (amounts46): "at 8", "at 3" read as hours; a price by the litre or the metre is none.
    ['4 litres of oil at 8 a litre', ['32.00 EUR']],
    ['6 metres of rope at 3 a metre', ['18.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A price of all of it, a half of the bill, a half in money.
    ['un kilo et demi de pommes pour 4 euros', ['4.00 EUR']],
    ['dinner 60 euros, I paid half', ['30.00 EUR']],
    ['twelve and a half euros for the cinema', ['12.50 EUR']],
    ['rendez-vous à 12, le déjeuner 18 euros', ['18.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe("a pack's size, and a size said as two sides, are no money", () => {
  it.each([
    // Were 50 €, 30 € (« sacs » read as slang money), 26 € (4 × 6,50), 140 € + 399 €, 160 € + 120 €.
    ['un rouleau de 50 sacs poubelle à 3,90', ['3.90 EUR']],
    ['un paquet de 30 sacs congélation 2,50', ['2.50 EUR']],
    ['a 4 pack of cider at 6.50', ['6.50 EUR']],
    ['un matelas 140 par 190, 399 euros', ['399.00 EUR']],
    ['a rug 160 by 230, 120 euros', ['120.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Things counted at a price each; a count times a price.
    ['trois sacs à 5 €', ['15.00 EUR']],
    ['2 x 15 euros de parking', ['30.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('« et » joining two complements of one noun, before any money, keeps one clause', () => {
  it.each([
    // Were an expense of the second thing, the first read sure (the movement's words cut off at « et »).
    ["Léo m'a remis sa part de l'essence et du parking, 22 €", 'repayment'],
    ['Tom paid me back his share of the hotel and the taxi, 60 euros', 'repayment'],
  ])('%j', (text, kind) => {
    const got = parseExpenseText(text, TEST_OPTS);
    expect([got.expenses.length, got.movement?.kind]).toEqual([0, kind]);
  });

  it.each([
    // Two things bought, money said first; one thing of two words.
    ['20 € de pain et du fromage 5 €', ['20.00 EUR', '5.00 EUR']],
    ["la facture d'eau et d'électricité, 80 euros", ['80.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a pound of weight is no pound sterling, and a price per one of the things counted is money', () => {
  it.each([
    // Were 6 USD + 1 GBP (« a pound » read as £1), 5 GBP (the bag's weight), 9,50 € to look at.
    ['two pounds of grapes at 3 dollars a pound', ['6.00 USD']],
    ['a 5 pound bag of flour at 3.20', ['3.20 EUR']],
    ['quatre places à 9,50 la place', ['38.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A banknote in pounds, pounds paid.
    ['a 20 pound note for the taxi', ['20.00 GBP']],
    ['the cab was 12 pounds', ['12.00 GBP']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
