import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const money = (text: string) => parseExpenseText(text, TEST_OPTS).expenses.map((e) => [e.amount, e.currency]);

describe('the money a sentence is in', () => {
  it.each([
    // A number with no currency, spent at a place whose money is another: that place's money.
    ['un taxi à Chicago, 30', [['30.00', 'USD']]],
    ['hotel in Edinburgh, 140', [['140.00', 'GBP']]],
    ['à Lausanne, le parking m’a coûté 12', [['12.00', 'CHF']]],
    // Kept to look at when nothing names what it paid, still in the place's money.
    ['à Tokyo, 800 le truc', [['800.00', 'JPY']]],
    // A place that is only where one goes, or the money said, keeps the money said or the default.
    ['billet de train pour Londres, 120', [['120.00', 'EUR']]],
    ['un guide de New York, 15', [['15.00', 'EUR']]],
    ['60 euros le taxi à Londres', [['60.00', 'EUR']]],
    // Québec's dollars.
    ['15 piasses pour la poutine', [['15.00', 'CAD']]],
    // The same amount said again in another money is a comparison, not a second expense.
    ['le pain 2 €, ça fait 13 francs', [['2.00', 'EUR']]],
    ['50 pounds for the hotel, that’s about 58 euros', [['50.00', 'GBP']]],
    ["la place de ciné 11 euros, soit 72 francs de l'époque", [['11.00', 'EUR']]],
    // Francs with no country beside euros are the old French franc; in Switzerland, Swiss.
    ["le café 2 €, 13 francs, c'est fou", [['2.00', 'EUR']]],
    [
      'une bière à 5 € à la frontière puis une fondue à Zermatt, 40 francs',
      [
        ['5.00', 'EUR'],
        ['40.00', 'CHF'],
      ],
    ],
    // Two things in two moneys are two expenses.
    [
      '20 € de courses et 30 francs suisses de fondue',
      [
        ['20.00', 'EUR'],
        ['30.00', 'CHF'],
      ],
    ],
    // One buck is money: "bucks" leave open which dollar, not whether it is one (were no expense).
    ['some medicine for one buck', [['1.00', 'USD']]],
    ['a buck for gum', [['1.00', 'USD']]],
    ['gum, a buck fifty', [['1.50', 'USD']]],
    // A code is written before its figures: "a USD 3 tip" is 3, not one dollar and "3 tip".
    ['a beer for 5 dollars plus a USD 3 tip', [['8.00', 'USD']]],
    ['paid a EUR 20 fee', [['20.00', 'EUR']]],
    // "un livre", "une livre de tomates" stay a book and a weight.
    ['un livre à 12 €', [['12.00', 'EUR']]],
  ])('"%s" is %j', (text, want) => {
    expect(money(text)).toEqual(want);
  });

  it('takes a number with no currency at a place as that place money, not an unclear amount', () => {
    const got = parseExpenseText('Omamori in Kyoto, 800', TEST_OPTS).expenses;
    expect(got.map((e) => [e.amount, e.currency, e.reviewReason])).toEqual([['800.00', 'JPY', undefined]]);
  });
});

describe('slang that is a thing too', () => {
  it.each([
    // « boules » are euros only when nothing else is money: beside euros they are scoops.
    ['glace deux boules 4 euros', [['4.00', 'EUR']]],
    ['deux boules vanille chocolat 5,50 €', [['5.50', 'EUR']]],
    ['deux boules, 4 euros', [['4.00', 'EUR']]],
    // Counted things before « à »: a price each follows.
    ['trois boules à 2 euros', [['6.00', 'EUR']]],
    // Alone, they are the money.
    ['trente boules le t-shirt', [['30.00', 'EUR']]],
    ['vingt boules le ciné', [['20.00', 'EUR']]],
    // « sacs » the same: alone they are euros, counted or beside money they are bags.
    ['vingt sacs le ciné', [['20.00', 'EUR']]],
    ["j'ai claqué cinquante sacs au resto", [['50.00', 'EUR']]],
    ['3 sacs à 5 euros', [['15.00', 'EUR']]],
    ['deux sacs de courses 40 euros', [['40.00', 'EUR']]],
    ['deux sacs poubelle 40 euros', [['40.00', 'EUR']]],
    ['un sac à dos 45 euros', [['45.00', 'EUR']]],
  ])('%s → %j', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });
});
