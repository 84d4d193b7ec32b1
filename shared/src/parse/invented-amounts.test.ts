import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// No amount invented (round amounts21, issue 29). A count multiplies a price only when it names
// things: before a word of sums (« moins », "minus", "less") a number is money, and money coming
// back ("10 back", "5 change") counts nothing bought. Each case failed before its rule.

describe('a number before a word of sums or of change multiplies no price', () => {
  it.each([
    // Were 1,350 € ("90 minuses" × 15), 300 € ("10 backs" × 30 each), 15 €, 100 €.
    ['dinner 90 minus a 15 euro gift card', ['75.00 EUR']],
    ['paid 30 euros each, got 10 back', ['30.00 EUR']],
    ["le resto 90 moins 15 € de bon d'achat", ['75.00 EUR']],
    ['tickets were 20 euros each, got 5 change', ['20.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Counts said as counts still multiply their price.
    ['bagels are 1.50 each, got five', ['7.50 EUR']],
    ['bought 4 mugs at 6 euros each', ['24.00 EUR']],
    ['trois cafés à 2 € chacun', ['6.00 EUR']],
    ['3 coffees a 2 euros', ['6.00 EUR']],
    ['2 baguettes à 1,10', ['2.20 EUR']],
    // Change from money handed is still taken off it.
    ['I gave 50 and got 12 back for the groceries', ['38.00 EUR']],
    ['the hotel was 200 minus a 30 euro voucher', ['170.00 EUR']],
  ])('unchanged: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('time passing after a price each is no count of things taken', () => {
  it.each([
    // Was 540 €: "took 45" read as 45 taken.
    ['paid 12 euros each, took 45 minutes', ['12.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    ['les places de concert 45 € chacune, j’en ai acheté trois', ['135.00 EUR']],
    ['le kilo de pêches à 3,20, j’en ai pris deux', ['6.40 EUR']],
    ['les mandarines à 2,50 le kilo, j’en ai pris trois kilos', ['7.50 EUR']],
  ])('unchanged: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('"less" takes off as "minus" does', () => {
  it.each([
    // Was 10 €: the coupon alone.
    ['the groceries were 60 less a 10 euro coupon', ['50.00 EUR']],
    ['the sofa was 500 less 50 for the scratch', ['450.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a minus sign before a rate is a discount', () => {
  it.each([
    // Was 150 €: the tokenizer dropped the sign.
    ['le manteau à 150 avec -20 %', ['120.00 EUR']],
    ['-30 % sur le canapé à 900 €', ['630.00 EUR']],
    ['the jacket was 80 with -25%', ['60.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // The price said to be what was left to pay, or paid, has the discount taken off already.
    ['-20 % sur les courses, 64 euros au final', ['64.00 EUR']],
    ["soldes -20 %, j'ai payé 32 €", ['32.00 EUR']],
    // A hyphen inside words or between figures is no sign.
    ['un aller-retour Paris-Lyon 20-25 euros', ['25.00 EUR']],
  ])('unchanged: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a price per head, the speaker paying « pour les cinq », is times the heads', () => {
  it.each([
    // Was 25 €: « pour les cinq » counted no people.
    ["l'escape game à 25 € par personne, j'ai réglé pour les cinq", ['125.00 EUR']],
    ['le bowling 8 € par personne, j’ai payé pour les quatre', ['32.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // No payer for all said, or a unit after the count: the price of one.
    ['le menu à 19 € par personne, on était quatre', ['19.00 EUR']],
    ['le musée 12 € par personne pour les 3 ans de Léo', ['12.00 EUR']],
  ])('unchanged: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a price brought down replaces the one said before it', () => {
  it.each([
    // Were two prices, 70 € and 49 €; 120 € and 80 €.
    ['le jean à 70, remisé à 49', ['49.00 EUR']],
    ['the coat was 120, marked down to 80', ['80.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A discount in money is still taken off.
    ['une remise de 10 € sur le pull à 50', ['40.00 EUR']],
  ])('unchanged: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
