/** Whole sentences through parseExpenseText: amounts and asides as a person means them (round v11). */
import { describe, expect, it } from 'vitest';
import { PARSER_CONFIDENT } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
/** "amount currency" per expense, then the movement's kind if any. */
const amounts = (text: string) => {
  const r = parse(text);
  return [
    ...r.expenses.map((e) => `${e.amount} ${e.currency}`),
    ...(r.movement ? [`movement ${r.movement.kind}`] : []),
  ];
};

describe('English "a" after the things counted is a price each', () => {
  it.each([
    ['3 coffees a 2 euros', '6.00 EUR'],
    ['4 tickets a 12 dollars at the cinema', '48.00 USD'],
    // No count, or no thing between the count and "a": the article of a note.
    ['paid with a 20 euro note at the bakery', '20.00 EUR'],
    ['the 2 of us, a 30 euro taxi', '30.00 EUR'],
  ])('reads %j', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });
});

describe('a figure denied right after the amount is taken back', () => {
  it.each([
    ["non attends c'était 24 pas 22 pour le poulet rôti", '24.00 EUR'],
    ['the taxi was 24 euros, not 22', '24.00 EUR'],
    ['30 euros et pas 25 le coiffeur', '30.00 EUR'],
  ])('reads %j', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });

  it('still reads steps walked as no money', () => {
    expect(amounts("j'ai fait 10000 pas aujourd'hui")).toEqual([]);
  });
});

describe('a round sum and a little more is said roughly', () => {
  it.each([
    ['vingt-deux euros et des poussières le resto', '22.00 EUR'],
    ['the cab was 20 euros and change', '20.00 EUR'],
  ])('flags %j for a look', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
    expect(parse(text).confidence).toBeLessThan(PARSER_CONFIDENT);
  });

  it('keeps the exact figure said after it', () => {
    expect(amounts('Total, le plein, 14 € et des poussières, 14,30')).toEqual(['14.30 EUR']);
  });
});

describe('units then cents in words beside a thing are a price', () => {
  it.each([
    ['dix-neuf quatre-vingt-dix le bouquin', '19.90'],
    ['douze cinquante le bouquin', '12.50'],
  ])('reads %j as money, not a number to look at', (text, expected) => {
    const [e] = parse(text).expenses;
    expect(e?.amount).toBe(expected);
    expect(e?.reviewReason).toBeUndefined();
  });

  it('leaves an hour after « à » to look at', () => {
    expect(parse('rendez-vous à huit trente').expenses[0]?.reviewReason).toBe('unclear_amount');
  });
});

describe('a number before a street is a house, not a day', () => {
  it.each([
    ["j'ai mis 40 euros d'essence à la station du 14 avenue Foch", '2026-11-24'],
    ['le resto du 14 rue de la Paix, 30 euros', '2026-11-24'],
    // Without a street after it, « le 14 » is still the day.
    ['courses le 14, 30 euros', '2026-11-14'],
  ])('dates %j on %s', (text, date) => {
    expect(parse(text).expenses[0]?.date).toBe(date);
  });
});

describe('« en » and money coming back is an aside on the expense just said', () => {
  it.each([
    ["le dermato m'a coûté 50 euros j'en récupère 30 avec la Sécu", '50.00'],
    ['kiné 60 euros, on en touchera la moitié avec la mutuelle', '60.00'],
    ['lunettes 300 euros, je vais en récupérer une partie', '300.00'],
  ])('keeps %j whole and reimbursable', (text, amount) => {
    const r = parse(text);
    expect(r.movement).toBeUndefined();
    expect(r.expenses.map((e) => [e.amount, e.reimbursable])).toEqual([[amount, true]]);
  });

  it('still reads money got back with nothing spent as a refund', () => {
    expect(amounts("j'ai récupéré 30 euros de la Sécu")).toEqual(['movement refund']);
  });
});

describe('a price a seller asked, then the price paid', () => {
  it.each([
    ["la brocanteuse demandait 30 € pour le miroir, je l'ai eu à 25", '25.00 EUR'],
    ['he was asking 60 euros for the bike, I got it for 45', '45.00 EUR'],
  ])('reads %j as the price paid', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });

  it('keeps a price asked alone to look at', () => {
    expect(parse('le garagiste demandait 80 euros').expenses.map((e) => e.reviewReason)).toEqual([
      'not_paid',
    ]);
  });

  it('still reads a count after a verb as no price', () => {
    expect(amounts("leçon de conduite, 52 euros l'heure, j'en ai pris deux")).toEqual(['104.00 EUR']);
  });
});

describe('a price for one, then how many it was paid for', () => {
  it.each([
    ['la cantine 4 euros par enfant pour les deux', '8.00 EUR'],
    ['les places 12 euros chacune pour mes trois neveux', '36.00 EUR'],
    ['passes 12 euros each for the four kids', '48.00 EUR'],
    // A unit after the number, or "of us": no count of what was paid for.
    ['le gâteau 30 euros chacun pour les 3 ans de Léo', '30.00 EUR'],
    ['passes 12 euros each for the four of us', '12.00 EUR'],
  ])('reads %j', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });
});

describe('« à nous quatre » shares the bill among us', () => {
  it.each([
    ['une raclette 80 euros à nous quatre', '20.00 EUR'],
    ['le resto à nous trois 90 euros', '30.00 EUR'],
  ])('reads %j', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });
});

describe('a tip left to the speaker is pay', () => {
  it.each([
    ["une cliente m'a laissé 5 euros de pourboire", 'movement income'],
    ['a customer left me a 10 euro tip', 'movement income'],
    // Left by the speaker, it is spent.
    ["j'ai laissé 3 euros de pourboire au resto", '3.00 EUR'],
  ])('reads %j', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });
});

describe('the price paid names the thing asked about', () => {
  it('takes the description and, naming nothing, the category of the price not paid', () => {
    const [e] = parse("le marchand voulait 300 dirhams pour le bidule, je l'ai eu à 200").expenses;
    expect([e?.amount, e?.currency, e?.category]).toEqual(['200.00', 'MAD', 'travel']);
  });

  it('keeps a category of its own', () => {
    const [e] = parse("la brocanteuse demandait 30 € pour la lampe, je l'ai eue à 25").expenses;
    expect([e?.amount, e?.description, e?.category]).toEqual(['25.00', 'Lampe', 'shopping']);
  });
});

describe('a price looked at or tried on, then the one bought', () => {
  it.each([
    ['tried on a 90 euro coat, got the 50 euro one', ['50.00 EUR Coat']],
    ['looked at an 80 euro lamp, then bought a 45 euro one', ['45.00 EUR Lamp']],
    // A menu looked at names no price; the steak is bought.
    ['looked at the menu, steak 25 euros', ['25.00 EUR Looked at the menu']],
  ])('reads %j', (text, expected) => {
    expect(parse(text).expenses.map((e) => `${e.amount} ${e.currency} ${e.description}`)).toEqual(expected);
  });

  it('keeps a price only looked at to look at', () => {
    expect(parse('I looked at a 300 euro bike').expenses.map((e) => e.reviewReason)).toEqual(['not_paid']);
  });
});

describe('a place one is at « de » a city says its money', () => {
  it.each([
    ['au souk de Marrakech, un sac à 200', '200.00 MAD'],
    ['à la médina de Fès, un tapis 300', '300.00 MAD'],
    // Where a train comes from is no place one is at.
    ['le train de Londres, 80', '80.00 EUR'],
  ])('reads %j', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });
});

describe('a size before its number names a size, not money', () => {
  it.each([
    ['pointure 42, les baskets 89', ['89.00 EUR']],
    ['taille 38, la robe 59 euros', ['59.00 EUR']],
    ['size 10, the dress 59 euros', ['59.00 EUR']],
  ])('%s → %j', (text, want) => {
    const r = parseExpenseText(text, TEST_OPTS);
    expect(r.expenses.map((e) => `${e.amount} ${e.currency}`)).toEqual(want);
  });

  it('is sure of the price when the size is said beside it', () => {
    expect(parseExpenseText('taille 38, la robe 59 euros', TEST_OPTS).confidence).toBeGreaterThanOrEqual(
      PARSER_CONFIDENT,
    );
  });
});

describe('the number after an airline code names the flight', () => {
  it.each([
    ['le vol AF 447, 210 euros', ['210.00 EUR']],
    ['flight BA 304 was 180 pounds', ['180.00 GBP']],
  ])('%s → %j, sure', (text, want) => {
    const r = parseExpenseText(text, TEST_OPTS);
    expect(r.expenses.map((e) => `${e.amount} ${e.currency}`)).toEqual(want);
    expect(r.confidence).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
  });
});
