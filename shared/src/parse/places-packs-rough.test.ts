import { describe, expect, it } from 'vitest';
import { PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { amountsOf, TEST_OPTS } from './testing/test-parse.ts';

// A place's number, a pack's size, a rough figure and a tradesman's call-out beside money (round
// v17a, issue 29). Each case failed before its rule; the "stays" cases are what the rule leaves alone.

describe("a place's or a turn's number, while the sentence names its money, is no second amount", () => {
  it.each([
    // Were 102 € + 4 €, 58 € + 12 €, 14 € + 9 €, 12 € + 25 €; 22 € or 6 € flagged as unclear.
    ['place 102 au parking relais, 4 euros', ['4.00 EUR']],
    ['ticket 58 au rayon traiteur, 12 euros de taboulé', ['12.00 EUR']],
    ['locker 22 at the pool, 2 euros', ['2.00 EUR']],
    ['bay 6 at the jet wash, 5 euros', ['5.00 EUR']],
    ['stand 14 au marché, 9 euros de fromage', ['9.00 EUR']],
    ['pitch 12 at the campsite, 25 euros a night', ['25.00 EUR']],
    // Were 4 521 € + 38 €, 1 043 € + 120 €: an order's or a bill's number.
    ['commande 4521, 38 euros de livres', ['38.00 EUR']],
    ['invoice 1043, 120 euros for the plumber', ['120.00 EUR']],
    // Round 22, were 37 € + 640 €, 7 € + 55 €: a paid invoice's short number, a number written with a leading zero.
    ['réglé facture 37, 640 euros pour le site', ['640.00 EUR']],
    ['order 007, 55 euros of plants', ['55.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Money put by (« placé »), figures in groups of three.
    ["j'ai placé 3 000 € sur le livret", []],
    ['ticket 2 000 €', ['2000.00 EUR']],
    // A bill's sum after its article.
    ['la facture 1200, et 30 euros de frais', ['1200.00 EUR', '30.00 EUR']],
    // A short number after a word that may be a count or a receipt of money.
    ['facture 85, 20 euros de TVA', ['85.00 EUR', '20.00 EUR']],
    ['facture 85 €', ['85.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it('keeps « casier 5 » said alone to look at, or nothing: never a sure 5 €', () => {
    const got = parseExpenseText('casier 5', TEST_OPTS);
    expect(got.expenses.every(() => got.confidence < PARSER_CONFIDENT)).toBe(true);
  });
});

describe("a pack's size is no count of packs nor money", () => {
  it.each([
    // Were 540 €, 250 € + 2,60 €, 140 €, 6 € + 3,20 €.
    ['une carte de 12 entrées à 45 euros', ['45.00 EUR']],
    ['une plaquette de 250 de beurre à 2,60', ['2.60 EUR']],
    ['un sac de 10 kilos de riz à 14 euros', ['14.00 EUR']],
    ['un paquet de 6 à 3,20', ['3.20 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Packs counted, things counted at a price each, kilos priced by the kilo.
    ['2 lots de 3 t-shirts à 25 €', ['50.00 EUR']],
    ['3 cafés à 2 euros', ['6.00 EUR']],
    ['5 kilos de pommes à 2 euros le kilo', ['10.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('an amount framed as rough is kept and never sure', () => {
  it.each([
    'close to 45 euros for the boots',
    "de l'ordre de 300 € la réparation",
    'in the 60 euro range for dinner',
    'in the region of 200 euros for the boiler service',
    // A bound said, one of two figures, a round sum and some more.
    'plus de 50 euros le resto',
    'over 100 euros at the vet',
    "jusqu'à 40 euros le taxi",
    '30 euros max le resto',
    'soit 12 soit 15 euros le kebab',
    'mille euros et quelques la moto',
  ])('%j', (text) => {
    const got = parseExpenseText(text, TEST_OPTS);
    expect(got.expenses).toHaveLength(1);
    expect(got.confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it.each([['a flat close to the station, 900 euros'], ['un hôtel près de la plage, 120 euros']])(
    'stays sure when the words frame a place, not the money: %j',
    (text) => {
      expect(parseExpenseText(text, TEST_OPTS).confidence).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
    },
  );
});

describe("a tradesman's call-out goes on the bill", () => {
  it.each([
    // Were 80 € (the 20 lost) and 120 €.
    ['the dentist was 80 plus 20 call-out', ['100.00 EUR']],
    ['le serrurier 120 euros plus 40 de déplacement', ['160.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
