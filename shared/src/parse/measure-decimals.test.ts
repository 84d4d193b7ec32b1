import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// A measure said with its decimals as a number of their own (round v20a, issue 29). Each case
// failed before the rule; the "stays" cases are what it leaves alone.

describe('the number said after a unit is the measure’s part, never money', () => {
  it.each([
    // Were 3 € (« deux » kept as 2 € to look at), 15 €, 12 €, 7 € (the potatoes read as five
    // kilos), 4 €, 4 €, and 500 € + 7 € (« cinq cents » read as money).
    ['un kilo deux de prunes à 3 € le kilo', ['3.60 EUR']],
    ['un kilo trois de veau à 15 le kilo', ['19.50 EUR']],
    ['un mètre cinquante de tissu à 12 € le mètre', ['18.00 EUR']],
    ['two point five kilos of potatoes at 1.40 a kilo', ['3.50 EUR']],
    ['deux kilos deux cents de poires à 2 € le kilo', ['4.40 EUR']],
    ['2,5 litres de jus à 4 € le litre', ['10.00 EUR']],
    ['un kilo cinq cents de moules, 7 €', ['7.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Money after the part keeps it money; a price of all of it is not multiplied.
    ['un kilo 5 euros les pommes', ['5.00 EUR']],
    ['un kilo deux de saumon, 31 €', ['31.00 EUR']],
    ['deux kilos de pommes à 3 € le kilo', ['6.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

const FR_UNITS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const THINGS = ['prunes', 'tomates', 'poires', 'carottes', 'cerises', 'navets'];
const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

describe('any kilo said with its tenths, and any metre with its centimetres', () => {
  const whole = fc.integer({ min: 1, max: 9 });
  const tenth = fc.integer({ min: 1, max: 9 });
  const thing = fc.constantFrom(...THINGS);
  // Prices in tens of cents, so every product is whole cents.
  const price = fc.integer({ min: 10, max: 400 }).map((x) => x * 10);

  it('priced by the kilo, is that many kilos times the price', () => {
    fc.assert(
      fc.property(whole, tenth, thing, price, (w, t, what, cents) => {
        const kilos = `${FR_UNITS[w - 1]} ${w === 1 ? 'kilo' : 'kilos'} ${FR_UNITS[t - 1]}`;
        const said = `${kilos} de ${what} à ${euros(cents)} € le kilo`;
        expect(amountsOf(said)).toEqual([`${euros((cents * (10 * w + t)) / 10).replace(',', '.')} EUR`]);
      }),
      { seed: 20, numRuns: 200 },
    );
  });

  it('priced for all of it, is that price and nothing else', () => {
    fc.assert(
      fc.property(whole, tenth, thing, price, (w, t, what, cents) => {
        const said = `${FR_UNITS[w - 1]} ${w === 1 ? 'kilo' : 'kilos'} ${FR_UNITS[t - 1]} de ${what}, ${euros(cents)} €`;
        expect(amountsOf(said)).toEqual([`${euros(cents).replace(',', '.')} EUR`]);
      }),
      { seed: 21, numRuns: 200 },
    );
  });

  it('in metres and centimetres priced by the metre, is that many metres times the price', () => {
    fc.assert(
      fc.property(whole, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 40 }), (w, cm, each) => {
        const said = `${FR_UNITS[w - 1]} ${w === 1 ? 'mètre' : 'mètres'} ${cm} de tissu à ${each} € le mètre`;
        expect(amountsOf(said)).toEqual([`${euros(each * (100 * w + cm)).replace(',', '.')} EUR`]);
      }),
      { seed: 22, numRuns: 200 },
    );
  });
});
