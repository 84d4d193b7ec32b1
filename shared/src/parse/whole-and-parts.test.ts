/**
 * The v9 rules on amounts that are not each an expense (whole-and-parts.ts): a total worked out
 * aloud and its parts, a part of a whole said after it, money handed over and its change. One row
 * per form; the sentences are new, not lines of a labelled set.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => parseExpenseText(text, TEST_OPTS);
const amounts = (text: string) => read(text).expenses.map((e) => `${e.amount} ${e.currency}`);

describe('a total worked out aloud is one expense', () => {
  it.each([
    // The result word before the total: the parts counted add up to it.
    ['quatre thés à 3,10 ça fait 12,40', ['12.40 EUR']],
    ['deux menus enfant à 8,50 et un adulte à 16 ça fait 33', ['33.00 EUR']],
    ['3 bières à 7 donc 21 € au pub', ['21.00 EUR']],
    ['two sandwiches at 4.50 so 9 euros', ['9.00 EUR']],
    ['croissant 1.20 and juice 3.30, that’s 4.50', ['4.50 EUR']],
    ['taxi 28 € plus 3 de pourboire, ça fait 31', ['31.00 EUR']],
    // "total" before the amount names the amount after it.
    ['deux places de bus à 1,70 total 3,40', ['3.40 EUR']],
    // Every number said before it, a count read as money too.
    ['apples 2 pears 1.50 and plums 2.50, 6 in total', ['6.00 EUR']],
    // After a price of one, a total of a few is no cents of it; cents before "comes to" are.
    ['three passes at 12 pounds 36 in total for the zoo', ['36.00 GBP']],
    ['3 bus tickets at 2 euros 10 comes to 6.30', ['6.30 EUR']],
    ['douze euros cinquante au total au marché', ['12.50 EUR']],
    // No result word: a price counted, then the product said.
    ['cinq cartes postales à 1,20 euro, 6 euros', ['6.00 EUR']],
    // The sum said last, alone after a comma, of two or more amounts before it.
    ['une chemise à 35 € et une cravate à 20 €, 55 €', ['55.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });

  it.each([
    // What does not add up stays two expenses.
    ['café 2 € et 2 € de croissants', ['2.00 EUR', '2.00 EUR']],
    ['deux cafés à 2 € et 4 € de croissants', ['4.00 EUR', '4.00 EUR']],
    ['pain 3 € donc 5 € de fromage', ['3.00 EUR', '5.00 EUR']],
    ['pain 2 €, fromage 8 €, vin 10 €', ['2.00 EUR', '8.00 EUR', '10.00 EUR']],
    // A result word first opens the story: what follows is no part of it unless it adds up.
    ['so £12 on a movie ticket and £6 on a coffee', ['12.00 GBP', '6.00 GBP']],
    ["ça m'a fait 62 € le garagiste, 40 de pièces et 22 de main d'œuvre", ['62.00 EUR']],
    // A last amount that happens to be the sum, with a thing of its own named before it.
    [
      'des courses 13 balles, un sandwich à 45 euros, des courses au bar, 58 €',
      ['13.00 EUR', '45.00 EUR', '58.00 EUR'],
    ],
    [
      'coffee 7 euros, a book 12 euros, a haircut at the bar, 19 euros',
      ['7.00 EUR', '12.00 EUR', '19.00 EUR'],
    ],
  ])('keeps apart what is no total: %s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('a part said after its whole is the expense', () => {
  it.each([
    ['le pot de départ coûtait 180 €, j’ai mis 20', ['20.00 EUR']],
    ['sur les 60 € de l’essence j’en ai payé 25', ['25.00 EUR']],
    ['the leaving present was 90 pounds, I chipped in 15', ['15.00 GBP']],
    ['my share of the 120 euro cottage was 40', ['40.00 EUR']],
    // « ma part » after a total: the part, not the total split.
    ['cagnotte pour Paul 200 € au total ma part 25', ['25.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });

  it('keeps a second purchase that is no part: « j’ai mis 40 € d’essence »', () => {
    expect(amounts('courses 80 €, et j’ai mis 40 € d’essence')).toEqual(['80.00 EUR', '40.00 EUR']);
  });
});

describe('money handed over and its change', () => {
  it.each([
    ['j’ai donné 20 au fleuriste, il m’a rendu 5', ['15.00 EUR']],
    ['le cordonnier m’a rendu 4 € sur 30', ['26.00 EUR']],
    ['gave the barber 40 and got 8 back', ['32.00 EUR']],
    ['paid the bakery with a twenty and got 13 change', ['7.00 EUR']],
    ['got 6 change out of 20 at the newsagent', ['14.00 EUR']],
    ['got 7 change out of a 20 at the chemist', ['13.00 EUR']],
    ['il m’a rendu 10 € sur le billet de 50 à la station', ['40.00 EUR']],
    ['billet de vingt à la boulangerie, rendu 12 €', ['8.00 EUR']],
    // The price said too stays the expense.
    ['le plombier c’était 85, j’ai donné 100, il m’a rendu 15', ['85.00 EUR']],
    ['pharmacie 16,40, j’ai payé avec un billet de 20', ['16.40 EUR']],
    // The change kept: the money handed is what was spent.
    ['the pizza was 18, I gave him 20 and said keep the change', ['20.00 EUR']],
    ['un billet de 10 au coiffeur pour une coupe à 9, il a gardé la monnaie', ['10.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });

  it('says no money came back to the speaker: change is no repayment', () => {
    const r = read('gave the driver 25 and he gave me 5 back');
    expect(r.movement).toBeUndefined();
    expect(r.expenses.map((e) => e.amount)).toEqual(['20.00']);
  });

  it('keeps a part of a debt paid back a repayment, not change', () => {
    expect(read('Paul m’a rendu 20 € sur les 50 que je lui avais prêtés').movement?.kind).toBe('repayment');
  });

  it('keeps money given with nothing before it as the expense', () => {
    expect(amounts('j’ai donné 5 € au musicien de rue')).toEqual(['5.00 EUR']);
  });
});

it('adds a tip « mis » on the bill: « resto 50 €, j’ai mis 10 de pourboire » is 60', () => {
  expect(amounts('resto 50 €, j’ai mis 10 de pourboire')).toEqual(['60.00 EUR']);
});

describe('a tip named after its bill goes on it', () => {
  it.each([
    // Linked as an add-on is: "for the tip", « pour le pourboire », "as a tip".
    ['the meal was 70 and I left 10 for the tip', ['80.00 EUR']],
    ['lunch 40 euros and I left 5 as a tip', ['45.00 EUR']],
    ["resto 62 euros et j'ai laissé 8 pour le pourboire", ['70.00 EUR']],
    // A tip word is no count of tips, and names its amount with no joining word.
    ['dinner 70 euros, left 10 tip', ['80.00 EUR']],
    ['taxi 30 euros, 5 for the tip', ['35.00 EUR']],
    // Said inside the bill, it is part of it.
    ['resto 45 € dont 5 € de pourboire', ['45.00 EUR']],
    ['dinner 60 euros including a 6 euro tip', ['60.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('an amount said as a difference from another compares, beside a price', () => {
  it.each([
    ['5 euros de plus que prévu, 45 euros le resto', ['45.00 EUR']],
    ['I paid 10 euros more than last time, 60 euros for the haircut', ['60.00 EUR']],
    ["le taxi 30 euros, 3 euros de moins qu'hier", ['30.00 EUR']],
    // Alone, it is the only money said: kept.
    ["j'ai payé 5 euros de plus que prévu", ['5.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe("the speaker's part said after the whole", () => {
  it.each([
    // Each one's part after the whole.
    ["l'Airbnb 540 euros, on est 6, chacun 90", ['90.00 EUR']],
    ['dinner 120 euros, there were 4 of us, each 30', ['30.00 EUR']],
    // Given in the present.
    ['100 euros pour le cadeau, je mets 25', ['25.00 EUR']],
    ['le cadeau de Léa 120 euros, je participe à hauteur de 30', ['30.00 EUR']],
    // Paid their own part: the bill shared by the people counted; with no count, the amount said.
    ["le resto 120 euros, on était 4, j'ai payé pour moi", ['30.00 EUR']],
    ['dinner 80 euros, there were 4 of us, I paid for myself', ['20.00 EUR']],
    ["le resto, j'ai payé pour moi, 25 euros", ['25.00 EUR']],
    ["j'ai payé pour moi 12 euros de pain", ['12.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('a fee added to a price goes on it', () => {
  it.each([
    ['2 nuits à 89 euros plus 4 euros de taxe de séjour', ['182.00 EUR']],
    ['hotel 120 euros plus 5 euros tourist tax', ['125.00 EUR']],
    ['concert 45 euros plus 6 euros booking fee', ['51.00 EUR']],
    ['billet 30 euros + 2,50 de frais de service', ['32.50 EUR']],
    // Alone, the fee is the expense.
    ['la taxe de séjour 4 euros', ['4.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('a part then the whole it is of (round v17a): the whole is no second expense', () => {
  it.each([
    // Were 20 € + 60 €, 30 € + 90 €, 40 € + 120 €.
    ['ma part 20 sur les 60 du resto', ['20.00 EUR']],
    ["j'ai payé ma part, 30 sur 90, pour le gîte", ['30.00 EUR']],
    ['I paid 40 of the 120 for the villa', ['40.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it.each([
    // Change given back on a note, a discount off a price.
    ["la pharmacienne m'a rendu 7 € sur 20", ['13.00 EUR']],
    ['10 de réduction sur 50 euros', ['40.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});
