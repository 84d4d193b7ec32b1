import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Parts, tips, times and corrections said around money (round v20a, issue 29). Each case failed
// before its rule; the "stays" cases are what the rules leave alone.

describe('a part named, then the fraction of the whole it is', () => {
  it.each([
    // Were the whole: « ma part » or "my half" before the amount said it was the part already.
    ['ma part, un quart des 200 euros du gîte', ['50.00 EUR']],
    ['my half of the 64 euro curry', ['32.00 EUR']],
    ['ma moitié des 90 euros de courses', ['45.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // The part said as an amount of its own.
    ['ma moitié du loyer, 450 €', ['450.00 EUR']],
    ['ma part du loyer, 450 €', ['450.00 EUR']],
    ['my half of the rent, 600', ['600.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('money for the one who served is their tip, added to the bill', () => {
  it.each([
    // Were two expenses, or the bill alone.
    ['cocktails 42 and left 5 for the waitress', ['47.00 EUR']],
    ['le couscous livré 28 € plus 3 € pour le livreur', ['31.00 EUR']],
    ['the pho was 30 and we added 10 percent for service', ['33.00 EUR']],
    ['le resto 60 € et 10 % pour le serveur', ['66.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([['le resto 50 € pour le dîner de Paul', ['50.00 EUR']]])(
    'stays as it was: %j',
    (text, expected) => {
      expect(amountsOf(text)).toEqual(expected);
    },
  );
});

describe('numbers of a clock or an age, a correction, a voucher taken off', () => {
  it.each([
    // Were 52 € + 14,20 €; 70 € + 45 €; 12,90 € + 13,90 €; 20 €.
    ['le bus de 18 h 52 pour Rouen, 14,20', ['14.20 EUR']],
    ['flowers for my mum who turned 70, 45 euros', ['45.00 EUR']],
    ['the cab was 12.90, hang on, 13.90', ['13.90 EUR']],
    ['the room was 180 minus a 20 euro voucher', ['160.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Hours then a number with no preposition of a time: the price, as before.
    ['ménage 2 h 40', ['40.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
