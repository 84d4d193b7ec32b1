/**
 * The moves39 rules, through the whole parser on Tuesday 24 November 2026: the speaker's debt said
 * beside someone else paying after « et je », "and I", or to one named with a capital only ("Jen"),
 * is their part of the thing, kept and flagged, never nothing; money "sent by" a person of one's own
 * came in (as « virés par mon père »); a rent or a thing « payé par » a tenant or a buyer is the
 * speaker's let or sale, income; alimony « à » someone is spent however it is said; a thing « m'a
 * vendu », "sold me" is bought; a horse's livery « du mois du cheval » is spent; "Revolut from", "PayPal
 * from" a person came in as "Wero from" does; an amount « il me doit encore », "still owes me" is owed,
 * nothing moved. Each rule beside the look-alikes it must not change.
 */
import { describe } from 'vitest';
import { movedOrSpentCases } from './testing/test-parse.ts';

const cases = movedOrSpentCases;

describe('the speaker\'s debt after « et je », "and I", or to any name, beside someone else paying', () => {
  cases([
    ['Paul a payé le resto et je lui dois 20 €', 'spent 20.00 EUR dining not_paid'],
    ['Sam paid for dinner and I owe him 25', 'spent 25.00 EUR dining not_paid'],
    ['Jen paid for the cinema, I owe her 12', 'spent 12.00 EUR leisure not_paid'],
    ['Bex paid for the taxi and I owe her 8', 'spent 8.00 EUR transport not_paid'],
    // Look-alikes: a debt alone, owed to the speaker, the speaker paying too, a capital that is a thing.
    ['je dois 20 € à Paul', 'loan 20.00 EUR'],
    ['Paul me doit 35 €', 'loan 35.00 EUR'],
    ["j'ai payé les places, Paul me doit 35 €", 'loan 35.00 EUR'],
    ["Paul a payé le resto et j'ai payé le taxi, 20 €", 'spent 20.00 EUR transport'],
    ['Jen paid for the cinema and I paid the popcorn, 12', 'spent 12.00 EUR leisure'],
    ['Parking paid 5 euros', 'spent 5.00 EUR transport'],
    ['Jen paid me back 12', 'repayment 12.00 EUR'],
  ]);
});

describe('"sent by", "wired by" a person of one\'s own came to the speaker', () => {
  cases([
    ['300 sent by my dad', 'income 300.00 EUR'],
    ['300 euros wired by my mum', 'income 300.00 EUR'],
    // Look-alikes: sent to a person, sent by post, sent to one's savings, sent by them to another.
    ['sent 300 to my dad', 'transfer 300.00 EUR'],
    ['300 sent by post', 'transfer 300.00 EUR'],
    ['300 sent to my savings by standing order', 'transfer 300.00 EUR'],
    ['300 sent by my dad to my sister', 'transfer 300.00 EUR'],
  ]);
});

describe('« payé par » a tenant or a buyer, said before the amount, came in', () => {
  cases([
    ['le loyer du studio payé par ma locataire, 550 €', 'income 550.00 EUR'],
    ['the rent paid by my tenant, 600', 'income 600.00 EUR'],
    ["le vélo payé par l'acheteur, 80 €", 'income 80.00 EUR'],
    // Look-alikes: paid by the boss, by one's mother, by the CAF, by the speaker: no let nor sale.
    ['le resto payé par mon patron, 40 €', 'spent 40.00 EUR dining not_paid'],
    ['les courses payées par ma mère, 50 €', 'spent 50.00 EUR groceries not_paid'],
    ['le loyer payé par la CAF, 300 €', 'spent 300.00 EUR housing'],
    ['mon loyer payé, 700 €', 'spent 700.00 EUR housing'],
  ]);
});

describe('alimony to someone, however said, and a thing sold to the speaker are spent', () => {
  cases([
    ['virement de la pension alimentaire à mon ex, 300 €', 'spent 300.00 EUR other'],
    ['maintenance paid to my ex, 300', 'spent 300.00 EUR other'],
    ["le vélo que Paul m'a vendu, 80 €", 'spent 80.00 EUR transport'],
    ["Paul m'a revendu sa console, 120 €", 'spent 120.00 EUR shopping'],
    ['the bike Tom sold me, 80', 'spent 80.00 EUR transport'],
    // Look-alikes: alimony come to the speaker, a pension of one's own, the speaker selling.
    ['my ex sent the maintenance money, 300', 'income 300.00 EUR'],
    ["mon ex m'a viré la pension alimentaire, 250 €", 'income 250.00 EUR'],
    ['ma pension de retraite virée au compte joint, 900 €', 'income 900.00 EUR'],
    ["j'ai vendu mon vélo à Paul, 80 €", 'income 80.00 EUR'],
    ['sold my bike to Tom, 80', 'income 80.00 EUR'],
  ]);
});

describe('the month\'s livery of an animal, and "Revolut from", "PayPal from" a person', () => {
  cases([
    ['la pension du mois du cheval, 150 €', 'spent 150.00 EUR other'],
    ['la pension du mois de la jument, 200 €', 'spent 200.00 EUR other'],
    ['Revolut from Ollie, 15', 'income 15.00 EUR'],
    ['Revolut from Ollie, 22 for the bowling', 'repayment 22.00 EUR'],
    ['PayPal from my mum, 50', 'income 50.00 EUR'],
    // Look-alikes: the month's pension of one's own, paid with an app, moved from one's own app.
    ['ma pension du mois versée par la caisse, 1 200 €', 'income 1200.00 EUR'],
    ['ma pension du mois de novembre, 1 200 €', 'income 1200.00 EUR'],
    ['paid with Revolut, 20', 'spent 20.00 EUR other'],
    ['transferred 100 from Revolut to my bank', 'transfer 100.00 EUR'],
    ['moved 50 from PayPal to my account', 'transfer 50.00 EUR'],
  ]);
});

describe('an amount the clause says is still owed to the speaker moved nothing', () => {
  cases([
    ['Paul a payé sa place, il me doit encore 10 €', 'loan 10.00 EUR'],
    ['Tom paid his share, he still owes me 10', 'loan 10.00 EUR'],
    // Look-alikes: what was paid back before the rest owed, money lent, a place paid by another.
    ["Paul m'a remboursé 20 €, il me doit encore 10 €", 'repayment 20.00 EUR'],
    ['Tom paid me back 20, he still owes me 10', 'repayment 20.00 EUR'],
    ["j'ai prêté 50 € à Paul, il me doit encore tout", 'loan 50.00 EUR'],
    ['Paul a payé sa place, 30 €', 'spent 30.00 EUR other not_paid'],
  ]);
});
