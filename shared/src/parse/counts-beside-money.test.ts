import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Counts, quantities and names beside money (round v15a, issue 29): which number a price is of,
// and which numbers name a thing. Each case failed before its rule.

describe('the count nearest before a price is the one it prices', () => {
  it.each([
    // A measure of another thing said first was taken as the count (were 160, 113.64, 48, 84).
    ['10 kilos de pommes, 4 cafés à 16 euros', ['64.00 EUR']],
    ['pendant 12 heures, cinq cahiers à 9,47 €', ['47.35 EUR']],
    ['8 kilos of apples, five beers at 6 euros each', ['30.00 EUR']],
    ['for 12 hours, three notebooks at £7 each', ['21.00 GBP']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // The measure priced is still counted when nothing is counted between.
    ['40 litres de gazole à 1,75', ['70.00 EUR']],
    ['2 heures de ménage à 15 euros', ['30.00 EUR']],
  ])('a measure alone before its price still counts: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe("a model's number after a name an article names is no money when money is named", () => {
  it.each([
    // Were 3008 € and 320 €, 6010 € and 41 €.
    ['la Peugeot 3008, révision 320 euros', ['320.00 EUR']],
    ["le TGV 6010, j'ai payé 41 euros", ['41.00 EUR']],
    ['la Peugeot 208, trois bières, 57 francs suisses en tout', ['57.00 CHF']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Two figures after a shop's name may be its price; with no money named, a figure is kept.
    ["j'ai payé la Fnac 30 et le resto 20 euros", ['30.00 EUR', '20.00 EUR']],
    ['la Peugeot 3008', ['3008.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a price each, however it is said, times the things or the people paid for', () => {
  it.each([
    // « chaque » after the price (was 4), "apiece" after a bare figure (was nothing: a time « at 9 »).
    ['cinq bières, 4 euros chaque', ['20.00 EUR']],
    ['three pizzas at 9 apiece', ['27.00 EUR']],
    // The speaker paid for the people counted (was 12): a price each of them.
    ["j'ai payé les places pour nous trois, 12 euros chacune", ['36.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // With no payer said, each paid their own: the price stays one person's.
    ['les places pour nous trois, 12 euros chacune', ['12.00 EUR']],
    ['dinner, 25 euros each for the four of us', ['25.00 EUR']],
  ])('stays one price when nobody paid for all: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('half a kilo priced by the kilo is half the price', () => {
  it.each([
    // Were 30 and 9: the price of a whole kilo.
    ['half a kilo of prawns at 30 euros a kilo', ['15.00 EUR']],
    ['un demi-kilo de cerises à 9 euros le kilo', ['4.50 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('digits said one by one after the units are cents', () => {
  it.each([
    // Were 2 € and 5 €, and 5 €.
    ['the parking meter took two oh five', ['2.05 EUR']],
    ['le ticket un zéro cinq', ['1.05 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it('leaves a lone "oh" alone', () => {
    expect(amountsOf('oh no, coffee 3 euros')).toEqual(['3.00 EUR']);
  });
});

describe('a part said alone after its whole is inside it', () => {
  it.each([
    // Were two expenses each (70 and 25, 80 and 30).
    ["l'addition 70 euros, le vin à lui seul 25", ['70.00 EUR']],
    ['le resto 80 euros, rien que le vin 30', ['80.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Said before the whole, or larger than anything said before it, it is its own.
    ['the wine alone was 30, dinner 80 euros', ['30.00 EUR', '80.00 EUR']],
    ['rien que pour le parking 20 euros et 45 euros de courses', ['20.00 EUR', '45.00 EUR']],
  ])('stays apart: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe("figures written against capital letters are a model's code", () => {
  it.each([
    // Were 2 200 (two MacBooks), 1 300, 3 € + 120 €, 320 € + 90 €.
    ['un MacBook M2 à 1100 euros', ['1100.00 EUR']],
    ['un T2 à 650 euros', ['650.00 EUR']],
    ['une Audi A3, vidange 120 euros', ['120.00 EUR']],
    ['un Airbus A320, billet 90 euros', ['90.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A currency's code and a thousand written against the figures stay money.
    ['CHF20 le sandwich', ['20.00 CHF']],
    ['3K euros la voiture', ['3000.00 EUR']],
  ])('money written against its letters stays money: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a total named first, then its parts', () => {
  it.each([
    // Were 120 € + 40 €, and 60 € + 45 € + 15 €: the parts that add up to it are inside it.
    ['the total was 120 euros, 80 for the room and 40 for dinner', ['120.00 EUR']],
    ['le total était de 60 euros, 45 pour le menu et 15 pour le vin', ['60.00 EUR']],
    // "of which": a part of the bill said before (was 75 € + 15 €).
    ['groceries 75 euros, 15 of which was wine', ['75.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it('keeps parts that do not add up to it', () => {
    expect(amountsOf('le total était de 60 euros, et le taxi 25 euros')).toEqual(['60.00 EUR', '25.00 EUR']);
  });
});

describe('a measure counted in words, then its price', () => {
  it.each([
    // Was 1.80 and 1,75: the price of one litre.
    ['ten litres of diesel at 1.80', ['18.00 EUR']],
    ['quarante litres de gazole à 1,75', ['70.00 EUR']],
    ['un litre de lait à 1,20', ['1.20 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('the size of a pack is no count of packs', () => {
  it.each([
    // Were 288, 170, 75 and 18: the pack's size taken as a count of it.
    ['une caisse de 6 bouteilles à 48 euros', ['48.00 EUR']],
    ['un carnet de 10 tickets à 17 euros', ['17.00 EUR']],
    ['2 lots de 3 t-shirts à 25 euros', ['50.00 EUR']],
    ['deux boîtes de 6 œufs à 3 euros', ['6.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a count in words before « à », "at" and a bare figure: a price each', () => {
  it.each([
    // Were nothing: the figure read as a time of day.
    ['deux crêpes à 4', ['8.00 EUR']],
    ['three ciders at 5', ['15.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it('keeps friends met at an hour a time', () => {
    expect(amountsOf('rendez-vous avec trois amis à 15')).toEqual([]);
  });
});

describe("a model's number beside another figure said", () => {
  it('is the name, the other figure the money (was 4 € + 8 500 €)', () => {
    expect(amountsOf("la Twingo 4 m'a coûté 8500")).toEqual(['8500.00 EUR']);
  });
});

describe('a count right after a thing sold as one sizes it', () => {
  it.each([
    // Were 38, 800 and 180: the size taken as a count of the price.
    ['une formule 2 plats à 19 euros', ['19.00 EUR']],
    ['une carte 10 séances à 80 euros', ['80.00 EUR']],
    ['un abonnement 3 mois à 60 euros', ['60.00 EUR']],
    // Counted before the thing, it still multiplies.
    ["3 mois d'abonnement à 20 euros", ['60.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a figure after « à », "at" that ends its clause prices a noun of a noun', () => {
  it.each([
    // Were 12 € alone and 14 € alone: the glass of wine's price vanished.
    ['6 huîtres à 2 euros et un verre de vin à 6', ['12.00 EUR', '6.00 EUR']],
    ['a burger for 14 euros and a glass of wine at 7', ['14.00 EUR', '7.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Of a place, or a thing that leaves or begins at an hour, it is a time.
    ['le train de Paris à 9, café 3 euros', ['3.00 EUR']],
    ['le train de nuit à 9, café 3 euros', ['3.00 EUR']],
  ])('not the hour of a departure: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a price each corrected keeps its count', () => {
  it.each([
    // Were 2.50 and 6: the corrected price read alone.
    ['trois cafés à 2 euros, non 2,50', ['7.50 EUR']],
    ['3 bières à 5 euros, pardon 6', ['18.00 EUR']],
    ['le taxi 20 euros, non 22', ['22.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('units then cents in words after things counted and « à » are a price each', () => {
  it('multiplies (was 12,50 to look at, read as maybe an hour)', () => {
    expect(amountsOf('quatre places à douze cinquante')).toEqual(['50.00 EUR']);
  });

  it('leaves friends met at half past eight a time', () => {
    expect(amountsOf('rendez-vous avec deux amis à huit trente, café 3 euros')).toEqual(['3.00 EUR']);
  });
});
