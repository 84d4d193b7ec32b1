import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const amounts = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map((e) => `${e.amount} ${e.currency}`);

describe('money said the way people say it', () => {
  it.each([
    // Banknotes: the number of a note is money, never « à 20 h » nor twenty notes.
    ['Paid with a 20 note at the bakery', ['20.00 EUR']],
    ['Gave the cabbie a twenty and told him to keep the change', ['20.00 EUR']],
    ['Paid with a fifty note at the newsagent, got 12 back', ['38.00 EUR']],
    ['paid with a 20 note at the bakery, 5 in change', ['15.00 EUR']],
    ['payé avec un billet de 20 à la boulangerie', ['20.00 EUR']],
    ['A tenner for the car wash', ['10.00 EUR']],
    ['A fiver for a coffee and a muffin', ['5.00 EUR']],
    ['A grand for the new laptop', ['1000.00 EUR']],
    // A count then its price, in English.
    ['Theatre tickets, 2 at 35', ['70.00 EUR']],
    // French cents from 80 up, and a thousand said short.
    ['dix-neuf quatre-vingt-dix-neuf, le forfait téléphone', ['19.99 EUR']],
    ['trente-neuf quatre-vingt-dix la paire de baskets', ['39.90 EUR']],
    ['mille deux pour le nouveau frigo chez Darty', ['1200.00 EUR']],
    ['mille deux euros le frigo', ['1002.00 EUR']],
    // Not money: a road, a time with money beside it.
    ['Toll on the A6, 19.80', ['19.80 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('words people use for trades, money and who paid', () => {
  const first = (text: string) => parseExpenseText(text, TEST_OPTS);
  it.each([
    ['consultation chez l’avocat, 150 €', 'other'],
    ['mille deux cents euros pour réparer la toiture', 'housing'],
    ['licence de foot du petit, 130 €', 'leisure'],
    ['samedi on achète le sapin, 35 €', 'shopping'],
    ['douze cinquante chez le boulanger', 'groceries'],
    ['Boulanger 299 € pour une machine à laver', 'housing'],
    ['Filled up the tank, 58 euros', 'transport'],
    ['Twenty quid at the chippy', 'dining'],
    ['I covered the whole round, 48 euros', 'dining'],
    ['Solicitor’s fee, 400 pounds', 'other'],
    ['Donated 20 euros to the food bank', 'gifts'],
  ])('%s → %s', (text, category) => {
    expect(first(text).expenses.map((e) => e.category)).toEqual([category]);
  });

  it('reads kronor as Swedish crowns', () => {
    expect(first('Coffee in Stockholm, 45 kronor').expenses[0]).toMatchObject({
      amount: '45.00',
      currency: 'SEK',
    });
  });

  it('hears money from family as income, and an invitation as someone else paying', () => {
    expect(first('Got 50 euros from grandma')).toMatchObject({ expenses: [], movement: { kind: 'income' } });
    expect(first('Thomas m’a invité au resto, 70 € quand même').expenses[0]?.reviewReason).toBe('not_paid');
  });
});
