/**
 * The moves37 rules, through the whole parser on Tuesday 24 November 2026: money said first and
 * someone else paying it told after (the passive), money given to the speaker said the British or
 * the passive way, a place's treat of one thing beside the rest paid, a thing got second-hand. Each
 * rule beside the look-alikes it must not change.
 */
import { describe } from 'vitest';
import { movedOrSpentCases } from './testing/test-parse.ts';

const cases = movedOrSpentCases;

describe('« payé par » a person told after the money is someone else paying, flagged not_paid', () => {
  cases([
    ['courses 50 €, payées par ma mère', 'spent 50.00 EUR groceries not_paid'],
    ['le plein 70 €, payé par mon père', 'spent 70.00 EUR transport not_paid'],
    ['le plein 70 €, payé par Julie', 'spent 70.00 EUR transport not_paid'],
    ['le resto 40 €, payé par mon boss', 'spent 40.00 EUR dining not_paid'],
    ['dinner paid for by my dad, 60', 'spent 60.00 EUR dining not_paid'],
    ['le dîner offert par mes beaux-parents, 120 €', 'spent 120.00 EUR dining not_paid'],
    ['courses payées par ma grand-mère, 50 €', 'spent 50.00 EUR groceries not_paid'],
    ['ma facture payée par ma mère, 60 €', 'spent 60.00 EUR utilities not_paid'],
    // The employer paying is a treat, as the active "work paid for the hotel" (money38).
    ['taxi paid by work, 30', 'spent 30.00 EUR transport not_paid'],
    // Look-alikes: paid by a means or an app, paid with no one named.
    ['courses 50 €, payées par carte', 'spent 50.00 EUR groceries'],
    ['courses payées par carte pour Julie, 50 €', 'spent 50.00 EUR groceries'],
    ['courses 50 €, payées par Lydia', 'spent 50.00 EUR groceries'],
    ['le loyer 800 €, payé par virement', 'spent 800.00 EUR housing'],
    ['resto payé par chèque 40 €', 'spent 40.00 EUR dining'],
    ['dinner paid by card, 60', 'spent 60.00 EUR dining'],
    // An invoice paid by a client or a company is the speaker's pay.
    ['facture payée par le client, 600 €', 'income 600.00 EUR'],
    ['facture payée par Dupont SARL, 900 €', 'income 900.00 EUR'],
    ['the car payment paid today, 200', 'spent 200.00 EUR transport'],
    // The speaker paid beside them: their own spending.
    ['le resto 80 €, payé par ma mère et moi', 'spent 80.00 EUR dining'],
    ['dinner 60, paid by my dad and me', 'spent 60.00 EUR dining'],
  ]);
});

describe('money given to the speaker said "paid in by" or British "off" someone is theirs, not spent', () => {
  cases([
    ['300 paid in by my dad', 'income 300.00 EUR'],
    ['got 45 quid off Dave for the tickets', 'repayment 45.00 GBP'],
    ['got 30 off Sam for his half of the taxi', 'repayment 30.00 EUR'],
    // Look-alikes: "paid by" someone pays for the speaker, "off" a thing or a shop is a discount.
    ['rent 800 paid by my dad', 'spent 800.00 EUR housing not_paid'],
    ['got 20 off the shoes', 'spent 20.00 EUR shopping'],
    ['got 15 off Zara for the jacket', 'spent 15.00 EUR shopping'],
  ]);
});

describe("the place's treat of one thing leaves the rest paid", () => {
  cases([
    ['dessert offert par la maison, menu 18 €', 'spent 18.00 EUR dining'],
    ['the dessert was on the house, dinner 45 euros', 'spent 45.00 EUR dining'],
    // Look-alikes: the treat alone with its money stays flagged.
    ['le café offert par la maison, 2 €', 'spent 2.00 EUR dining not_paid'],
    ['the coffees were on the house, 7 euros', 'spent 7.00 EUR dining not_paid'],
  ]);
});

describe('« récupéré un », « une » thing is got second-hand: bought', () => {
  cases([
    ["j'ai récupéré un vélo via Leboncoin, 80 €", 'spent 80.00 EUR transport'],
    ["j'ai récupéré une table basse sur Leboncoin, 40 €", 'spent 40.00 EUR housing'],
    // Look-alikes: money got back, a cheque or a transfer « de » its amount.
    ["j'ai récupéré mes 50 € de caution", 'refund 50.00 EUR'],
    ["j'ai récupéré l'argent du resto, 30 €", 'repayment 30.00 EUR'],
    ["j'ai récupéré un chèque de 50 €", 'repayment 50.00 EUR'],
    ["j'ai récupéré 20 € sur le ticket", 'repayment 20.00 EUR'],
  ]);
});
