import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { amountsOf, TEST_OPTS } from './testing/test-parse.ts';

// Numbers beside money that are not money, and a part said before its total (round v16a, issue 29).
// Each case failed before its rule; the "stays" cases are what the rule must leave alone.

describe("a year beside a thing is the thing's, when the sentence names its money", () => {
  it.each([
    // Were 2012 € + 78 €, 2008 € + 60 €, 2011 € + 80 €, 2026 € + 12 €.
    ['ma voiture de 2012, le contrôle technique 78 €', ['78.00 EUR']],
    ['un champagne de 2008, la bouteille 60 euros', ['60.00 EUR']],
    ['class of 2011 gala, 80 euros', ['80.00 EUR']],
    ['the 2026 calendar from the museum, 12 euros', ['12.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Money said on the year itself, a price before other money, a round hundred.
    ["j'ai payé 2015 euros", ['2015.00 EUR']],
    ['le loyer 1950, et 80 € de charges', ['1950.00 EUR', '80.00 EUR']],
    ['une facture de 2000, et 30 € de frais', ['2000.00 EUR', '30.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a phone number written with its zero is never money', () => {
  it.each([
    // Were 7 911 £ + 120 £ and 147 $ + 25 $.
    ['called the electrician on 07911 123456, 120 pounds', ['120.00 GBP']],
    ['taxi number 555 0147, 25 dollars', ['25.00 USD']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it("is no day of the month either: « c'est le 07 81 22 33 44 »", () => {
    // Was dated the 7th.
    const text = "mon numéro c'est le 07 81 22 33 44, livraison 5 euros";
    expect(parseExpenseText(text, TEST_OPTS).expenses[0]?.date).toBe('2026-11-24');
  });

  it('leaves a thousand written in groups alone', () => {
    expect(amountsOf('ticket de métro 1 060 €')).toEqual(['1060.00 EUR']);
  });
});

describe('the minutes of a duration and a level below the street are no money', () => {
  it.each([
    // Were 15 € + 70 € and 7 € (« moins 1 » taken off the 8).
    ["un massage d'une heure quinze, 70 euros", ['70.00 EUR']],
    ['parking au niveau moins 1, 8 euros', ['8.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Money said right after the hours, or no other money named: the figure is the price.
    ['parking 2 heures 30 euros', ['30.00 EUR']],
    ['le baby-sitting 3 heures 45', ['45.00 EUR']],
    ['10 euros moins 2', ['8.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe("a person's or a pet's age, a thing's years, a connection's speed and a flat's number are no money", () => {
  it.each([
    // Were 100 € (the age taken for the bill a service went on), 140 € at 0.65 beside a leftover 11, and
    // 500 € + 35 €.
    ['my daughter is 10, I paid 90 euros for the service', ['90.00 EUR']],
    ['our fibre is 300 megabits, 30 euros a month', ['30.00 EUR']],
    // An English flat's number, as « appartement 12 » already was (was 12 € + 900 €).
    ['apartment 12, rent 900 euros', ['900.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it('"the 18-year-old whisky" names no day of the month', () => {
    // Was dated the 18th.
    expect(parseExpenseText('the 18-year-old whisky was 80 pounds', TEST_OPTS).expenses[0]?.date).toBe(
      '2026-11-24',
    );
  });

  it.each([
    // No money named elsewhere: the figure may be the price.
    ['my son is 7', ['7.00 EUR']],
    ['the bill is 40, plus 5 euros tip', ['45.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('"two of them" counts the things, and the price after it is for all', () => {
  it('"I bought two of them for 30" is 30', () => {
    // Was 2 € + 30 €.
    expect(amountsOf('I bought two of them for 30')).toEqual(['30.00 EUR']);
  });

  it.each([
    // « en » stands for the things: were 4 € and 3 €.
    ["j'en ai pris trois à 4 euros", ['12.00 EUR']],
    ["j'en prends deux à 3 euros", ['6.00 EUR']],
  ])("and so does « j'en ai pris trois »: %j", (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it("leaves money put in alone: « j'en ai mis 30 pour le cadeau »", () => {
    expect(amountsOf("j'en ai mis 30 pour le cadeau")).toEqual(['30.00 EUR']);
  });
});

describe('a part said before a total that says it is one is inside it', () => {
  it.each([
    // Were two expenses each: the part, then the total.
    ['13 le burger, 18 en tout avec la boisson', ['18.00 EUR']],
    ['12 for the pasta, 20 altogether with the wine', ['20.00 EUR']],
    ["l'abonnement 30, 42 avec les options", ['42.00 EUR']],
    ['le plat 15 euros, 22 au total avec le dessert et le café', ['22.00 EUR']],
    ['the pizza was 12, and 15 with the beer', ['15.00 EUR']],
    // "in all", "all told" are totals too (were three expenses: the parts and the total).
    ['a scarf for 14, a hat for 9, 23 in all', ['23.00 EUR']],
    ['socks 5, a belt 20, 25 all told', ['25.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Company is no part of a bill; a larger amount with no total word and no clause of its own is a thing of its own.
    ['le taxi 20, 45 avec Paul', ['20.00 EUR', '45.00 EUR']],
    ['le taxi 20 €, le resto 45 € avec les collègues', ['20.00 EUR', '45.00 EUR']],
    ['taxi 20, resto 45, 65 en tout', ['65.00 EUR']],
    ['in all honesty the taxi was 20', ['20.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
