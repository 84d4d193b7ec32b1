import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';

const OPTIONS = { now: new Date('2026-11-24T12:30:00+01:00'), timeZone: 'Europe/Paris', currency: 'EUR' };
const amounts = (text: string) =>
  parseExpenseText(text, OPTIONS).expenses.map((e) => `${e.amount} ${e.currency}`);

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
