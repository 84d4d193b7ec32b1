/**
 * The v6 rules, each a general mechanism rather than a phrase: number grammar, a price per one
 * thing times its count, what is added to or taken off a bill, money only thought of, and money
 * that comes back. One row per form; the sentences are new, not lines of a labelled set.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => parseExpenseText(text, TEST_OPTS);
const amounts = (text: string) => read(text).expenses.map((e) => `${e.amount} ${e.currency}`);

describe('number grammar', () => {
  it.each([
    ['le loyer, mille cent quatre-vingts euros', ['1180.00 EUR']],
    ['deux mille cent euros pour la cuisine', ['2100.00 EUR']],
    ['la pharmacie, douze virgule 05', ['12.05 EUR']],
    ['la pharmacie, douze virgule 5', ['12.50 EUR']],
    ['le pain, deux virgule zéro cinq', ['2.05 EUR']],
    ['A lollipop, 80p', ['0.80 GBP']],
    ['A pound fifty for the paper', ['1.50 GBP']],
    ['Couple of quid for the car park', ['2.00 GBP']],
    ['A euro twenty for the bread', ['1.20 EUR']],
    // A pound of apples is a weight, not money.
    ['A pound of apples, 3 euros', ['3.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('a price per one thing, times the count said', () => {
  it.each([
    ['la cantine, 4,10 le repas, 18 repas', ['73.80 EUR']],
    ['essence, 1,80 le litre, 40 litres', ['72.00 EUR']],
    ['cours de piano, 30 € la séance, 4 séances', ['120.00 EUR']],
    ['pneus été, 4 à 85 €', ['340.00 EUR']],
    // "de 4 à 90 €" is a range of prices, not four of them.
    ['des chaussures de 40 à 90 €', ['90.00 EUR']],
    // A small number after « à » that ends its clause is the price of the thing named.
    ['un burger 12 € et un coca à 3', ['12.00 EUR', '3.00 EUR']],
    ['kebab à deux, 18 €, moitié-moitié', ['9.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('what is added to a bill or taken off it', () => {
  it.each([
    ['un lit à 450 €, moins 50 de remise', ['400.00 EUR']],
    ['Boots 120 euros, 30 euros off', ['90.00 EUR']],
    ['Ordered a rug, 89 euros plus 7 for delivery', ['96.00 EUR']],
    ['Taxi, 26 euros, tipped 3', ['29.00 EUR']],
    ["brasserie 52 €, service non compris, j'ai rajouté 5", ['57.00 EUR']],
    ['3 € de pourboire en plus des 24 € de sushis', ['27.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });

  it('keeps the tip or the shipping of an amount kept to check', () => {
    const e = read('35 plus 6 shipping').expenses;
    expect(e.map((x) => [x.amount, x.reviewReason])).toEqual([['41.00', 'unclear_amount']]);
    expect(e[0]?.provenance?.amount?.from).toBe('parsed');
  });
});

describe('money only thought of is kept for review, never counted', () => {
  it.each([
    "j'ai failli craquer pour une montre à 180 €",
    "j'hésite à prendre le forfait à 25 € par mois",
    "l'électricien m'a dit que ça coûterait 400 €",
    'je compte mettre 60 € dans un cadeau pour Zoé',
    'Thinking about getting a 200 euro coat',
    'A new boiler would cost 2,000 euros',
  ])('%s', (text) => {
    const e = read(text).expenses;
    expect(e.length).toBe(1);
    expect(e[0]?.reviewReason).toBe('not_paid');
  });

  it('still counts what was bought beside a hedge', () => {
    expect(read('je pense que c’était 20 € le taxi').expenses[0]?.reviewReason).toBeUndefined();
  });
});

describe('money that comes back or is given', () => {
  it.each([
    ['Took the shoes back to the shop, got 60 euros back', 'refund'],
    ['Sam paid me back the 15 I lent him', 'repayment'],
    ["mes grands-parents m'ont envoyé 100 € pour le mois", 'income'],
    ["Léa m'a envoyé 14 € pour le ciné", 'repayment'],
  ])('%s → %s', (text, kind) => {
    const got = read(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement?.kind).toBe(kind);
  });

  it('reads a boarding kennel as an expense and « la boîte qui rembourse » as an aside', () => {
    expect(read('pension pour le chien, 120 €').expenses.map((e) => [e.amount, e.category])).toEqual([
      ['120.00', 'other'],
    ]);
    const aside = read("hôtel pour le salon, 140 €, c'est la boîte qui rembourse").expenses[0];
    expect([aside?.amount, aside?.reimbursable]).toEqual(['140.00', true]);
  });
});

describe('a shared currency word takes the money of the place named', () => {
  it.each([
    ['le zoo de Prague, 300 couronnes', ['300.00 CZK']],
    ['Dinner in Oslo, 600 crowns', ['600.00 NOK']],
    ['le métro à Montréal, 3,75 dollars', ['3.75 CAD']],
    ['A flat white in Melbourne, 5 dollars', ['5.00 AUD']],
    ['taxi, 20 dollars', ['20.00 USD']],
    // With no place, crowns are teeth (or a cake's), not money.
    ['deux couronnes chez le dentiste, 900 €', ['900.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});

describe('paid now for a day to come', () => {
  it('dates the payment today, with no review, when the paying is told in the past', () => {
    const paid = read("Next Friday's concert, I've paid 45 euros for it").expenses[0];
    expect([paid?.date, paid?.reviewReason]).toEqual(['2026-11-24', undefined]);
    const ahead = read('vendredi prochain, le concert, 45 €').expenses[0];
    expect([ahead?.date, ahead?.reviewReason]).toEqual(['2026-11-27', 'future_date']);
  });
});
