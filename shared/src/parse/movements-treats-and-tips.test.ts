/**
 * The moves34 rules, through the whole parser on Tuesday 24 November 2026: a treat (someone paid
 * for the speaker's meal or outing) is no money received; the speaker buying "my" thing spends; a
 * tip takes the trade tipped; a place after the one money is sent to is where they live, not a
 * currency; "paid me 15 back", "advanced my sister 80"; a « distributeur » named by what it sells
 * is a vending machine; "my pay landed" and a cheque "cashed" came in. Each rule beside the look-alikes it must not change.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpent } from './testing/test-parse.ts';

const read = movedOrSpent;

describe('a treat is no money received: flagged, as "my boss paid for lunch"', () => {
  it.each([
    ["Marie m'a payé le resto 40 €", 'spent 40.00 EUR dining not_paid'],
    ["ma collègue m'a offert le café, 3 €", 'spent 3.00 EUR dining not_paid'],
    ["Thomas m'a invité au ciné, 12 €", 'spent 12.00 EUR leisure not_paid'],
    ["mes parents m'ont payé le billet de train, 95 €", 'spent 95.00 EUR transport not_paid'],
    ["mon patron m'a payé le resto, 45 €", 'spent 45.00 EUR dining not_paid'],
    // Look-alikes: money itself given, work, a bill or a thing sold paid, a club paying work.
    ["ma tante m'a offert 100 € pour Noël", 'income 100.00 EUR'],
    ["papi m'a offert un billet de 20 € pour mes bonnes notes", 'income 20.00 EUR'],
    ["mon patron m'a payé les heures de samedi, 96 €", 'income 96.00 EUR'],
    ["un client m'a payé ma facture, 800 €", 'income 800.00 EUR'],
    ["une acheteuse Vinted m'a payé la veste 35 €", 'income 35.00 EUR'],
    ["le club m'a payé l'arbitrage du match, 40 €", 'income 40.00 EUR'],
    ["Uber Eats m'a payé mes livraisons de la semaine, 310 €", 'income 310.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('"bought my" is a sale only when someone else bought', () => {
  it.each([
    ["bought my brother's birthday present, 35", 'spent 35.00 EUR gifts'],
    ['I bought my mum flowers, 25', 'spent 25.00 EUR gifts'],
    // Look-alikes: someone bought the speaker's thing.
    ['Tom bought my old bike for 80', 'income 80.00 EUR'],
    ['a guy bought my old amp for 45 euros', 'income 45.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a tip takes the trade tipped; a tip alone is a meal', () => {
  it.each([
    ['laissé 3 € de pourboire au coiffeur', 'spent 3.00 EUR shopping'],
    ['10 € de pourboire au chauffeur de taxi', 'spent 10.00 EUR transport'],
    ['tipped the hairdresser 5', 'spent 5.00 EUR shopping'],
    // Look-alikes: a tip with no trade, or to the waiter, stays dining.
    ['5 € de pourboire', 'spent 5.00 EUR dining'],
    ['2 € de pourboire au serveur', 'spent 2.00 EUR dining'],
    ['tipped the waiter 5', 'spent 5.00 EUR dining'],
    ['tipped 4', 'spent 4.00 EUR dining'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a place after the one money is sent to is where they live', () => {
  it.each([
    ['sent 150 to my brother in Kraków via Wise', 'transfer 150.00 EUR'],
    ['sent 100 to my parents in Tokyo', 'transfer 100.00 EUR'],
    // Look-alikes: a place one is at keeps its money.
    ['dîner chez ma sœur à Londres, 40', 'spent 40.00 GBP dining'],
    ['in London, the tube 8.50', 'spent 8.50 GBP transport'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('money given back and lent, the figure inside the verb', () => {
  it.each([
    ['Jack paid me 15 back for the taxi', 'repayment 15.00 EUR'],
    ['Jack sent me 15 back', 'repayment 15.00 EUR'],
    ['advanced my sister 80 for her groceries', 'loan 80.00 EUR'],
    ['advanced her 50 for the train', 'loan 50.00 EUR'],
    // Look-alikes: an advanced course and an advance booking are bought.
    ['an advanced French course, 200 euros', 'spent 200.00 EUR education'],
    ['advanced booking for the hotel, 120', 'spent 120.00 EUR travel'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a machine named by what it sells is a vending machine, whatever the sum', () => {
  it.each([
    ["j'ai payé 50 € au distributeur de boissons pour le bureau", 'spent 50.00 EUR other'],
    ['payé 40 € au distributeur de snacks', 'spent 40.00 EUR dining'],
    // Look-alikes: a cash machine, named by its place, its bank or its notes.
    ["j'ai retiré 50 € au distributeur de la boulangerie", 'transfer 50.00 EUR'],
    ['retiré 60 € au distributeur de billets', 'transfer 60.00 EUR'],
    ['sorti 40 € au distributeur du Crédit Agricole', 'transfer 40.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('"my pay landed", a cheque cashed: money came in', () => {
  it.each([
    ['my pay landed this morning, 2,400 euros', 'income 2400.00 EUR'],
    ["cashed Grandpa's birthday cheque, 40 quid", 'income 40.00 GBP'],
    // Look-alikes: a pay-and-display ticket, pay got then spent.
    ['got a pay and display ticket, 4 euros', 'spent 4.00 EUR transport'],
    ['got my pay and spent 35 on groceries', 'spent 35.00 EUR groceries'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
