/**
 * The money38 rules, through the whole parser on Tuesday 24 November 2026: a debt of the speaker's
 * said beside someone else paying is their part of the thing, kept and flagged, never nothing; who
 * is after « payé par », "paid by" (a pronoun, the employer) paid for the speaker; money paid to
 * someone with « virée à », "sent to" left the speaker. Each rule beside the look-alikes it must
 * not change.
 */
import { describe } from 'vitest';
import { movedOrSpentCases } from './testing/test-parse.ts';

const cases = movedOrSpentCases;

describe("the speaker's debt beside someone else paying is their part, kept and flagged not_paid", () => {
  cases([
    ['Paul a réglé les places du concert, je lui dois 30 €', 'spent 30.00 EUR leisure not_paid'],
    ['les billets de train payés par ma sœur, je lui dois 45 €', 'spent 45.00 EUR transport not_paid'],
    ["c'est Hugo qui a payé l'essence, je lui dois 20 €", 'spent 20.00 EUR transport not_paid'],
    ['Sam got the gig tickets, I owe him 30', 'spent 30.00 EUR leisure not_paid'],
    // Look-alikes: a debt alone, one owed to the speaker, one paid back, the speaker paying too.
    ['je dois 20 € à Paul pour le concert', 'spent 20.00 EUR leisure not_paid'],
    ['Paul me doit 35 €', 'loan 35.00 EUR'],
    ["j'ai payé les places, Paul me doit 35 €", 'loan 35.00 EUR'],
    ['Paul a payé le resto, je lui ai remboursé 20 €', 'repayment 20.00 EUR'],
    ["Marc a payé l'essence et moi le péage, 12 €", 'spent 12.00 EUR transport'],
  ]);
});

describe('« payé par » a pronoun or the employer paid for the speaker, flagged not_paid', () => {
  cases([
    ['le resto, 55 €, payé par lui', 'spent 55.00 EUR dining not_paid'],
    ["les billets d'avion payés par eux, 300 €", 'spent 300.00 EUR travel not_paid'],
    ['dinner, 70, paid by them', 'spent 70.00 EUR dining not_paid'],
    // « la boîte » after « payé par » is who paid, the employer, no night club.
    ['le resto 40 €, payé par la boîte', 'spent 40.00 EUR dining not_paid'],
    ["le dîner d'équipe, 60 €, réglé par l'entreprise", 'spent 60.00 EUR dining not_paid'],
    // Look-alikes: the speaker paid them, a claim to come, a means, a night club.
    ['je lui ai payé un verre, 5 €', 'spent 5.00 EUR dining'],
    ['I bought her flowers, 20', 'spent 20.00 EUR gifts'],
    ['hôtel 98 €, remboursé par la boîte', 'spent 98.00 EUR travel'],
    ['courses payées par carte, 50 €', 'spent 50.00 EUR groceries'],
    ['une soirée en boîte, 30 €', 'spent 30.00 EUR leisure'],
  ]);
});

describe('alimony « virée à », "sent to" someone, or a pay word « virée à » someone, left the speaker', () => {
  cases([
    ['la pension alimentaire des enfants virée à leur mère, 280 €', 'spent 280.00 EUR other'],
    ['ma pension alimentaire virée à mon ex, 280 €', 'spent 280.00 EUR other'],
    // Look-alikes: alimony sent to the speaker, the speaker's pension or pay come in.
    ['my ex sent the maintenance money, 300', 'income 300.00 EUR'],
    ["mon ex m'a viré la pension alimentaire, 250 €", 'income 250.00 EUR'],
    ['ma pension virée par la caisse, 900 €', 'income 900.00 EUR'],
    ['mon salaire viré ce matin, 2000 €', 'income 2000.00 EUR'],
  ]);
});

describe('money an app or a transfer brought from a person holds across the clause of what it was for', () => {
  cases([
    ['Lydia de Thomas, 17 € pour les pizzas', 'repayment 17.00 EUR'],
    ['Wero de Chloé, 14 € pour le ciné', 'repayment 14.00 EUR'],
    ['virement de Léa, 30 €, pour les courses', 'repayment 30.00 EUR'],
    // Look-alikes: sent to a person for a thing, one's own share, from one's own account.
    ['Lydia à Yanis, 12 € pour les pizzas', 'spent 12.00 EUR dining'],
    ['Wero à Emma, 16 € pour ma part du resto', 'spent 16.00 EUR dining'],
    ['virement de mon compte, 50 €, pour les courses', 'spent 50.00 EUR groceries'],
  ]);
});

describe('« m\'a laissé N € de plus », "gave me an extra 5": more than was owed came to the speaker', () => {
  cases([
    ["la dame m'a laissé 15 € de plus", 'income 15.00 EUR'],
    ["le client m'a laissé 10 € de plus pour le dérangement", 'income 10.00 EUR'],
    ['she gave me an extra 5', 'income 5.00 EUR'],
    // Look-alikes: the speaker left it, a trade took more, a price went over.
    ["j'ai laissé 5 € de plus au livreur", 'spent 5.00 EUR other'],
    ["le garagiste m'a pris 20 € de plus", 'spent 20.00 EUR transport'],
    ["le taxi m'a coûté 10 € de plus que prévu", 'spent 10.00 EUR transport'],
  ]);
});

describe('a fee « facturé » for moving money, and money sent to the landlord, are spent', () => {
  cases([
    ["la banque m'a facturé 3 € pour le retrait", 'spent 3.00 EUR other'],
    ['800 € versés par virement au proprio', 'spent 800.00 EUR housing'],
    ['virement de 760 € au propriétaire', 'spent 760.00 EUR housing'],
    // Look-alikes: a withdrawal, money to one's savings or to family, the landlord giving back.
    ['retrait de 50 € au distributeur', 'transfer 50.00 EUR'],
    ['500 € versés par virement sur mon livret', 'transfer 500.00 EUR'],
    ["le proprio m'a rendu la caution, 900 €", 'refund 900.00 EUR'],
  ]);
});

describe('money « versé par » a payer said before its amount came in; sales paid out, a grant come in', () => {
  cases([
    ["l'aide au logement versée par la CAF, 210 €", 'income 210.00 EUR'],
    ["ma pension d'invalidité versée par la caisse, 650 €", 'income 650.00 EUR'],
    // « du mois » after « pension » says which month's pension, no boarding.
    ['ma pension du mois versée par la caisse, 1 200 €', 'income 1200.00 EUR'],
    ['le loyer versé par le locataire, 600 €', 'income 600.00 EUR'],
    ['le remboursement versé par la mutuelle, 20 €', 'refund 20.00 EUR'],
    ['200 paid in by the council', 'income 200.00 EUR'],
    ['Etsy paid out my sales, 230', 'income 230.00 EUR'],
    // A grant come in, as a pay or a benefit: « la bourse du Crous est arrivée ».
    ['la bourse du Crous est arrivée, 330 €', 'income 330.00 EUR'],
    ['sick pay from work went in, 540', 'income 540.00 EUR'],
    // Look-alikes: a parcel sent by a shop, groceries sent by a person, an insurer's payout, a loan.
    ['le colis envoyé par Amazon, 30 €', 'spent 30.00 EUR shopping'],
    ['les courses envoyées par ma mère, 50 €', 'spent 50.00 EUR groceries'],
    ['the insurance paid out 400 for the car', 'refund 400.00 EUR'],
    ['the bank paid out my loan, 5000', 'loan 5000.00 EUR'],
    ['une bourse en cuir, 30 €', 'spent 30.00 EUR shopping'],
    ['la pension du lapin, 60 €', 'spent 60.00 EUR other'],
    ['la pension du cheval pour le mois, 250 €', 'spent 250.00 EUR other'],
    ['went in the shop, 20', 'spent 20.00 EUR shopping'],
    ['my pay went on rent, 800', 'spent 800.00 EUR housing'],
  ]);
});

describe("a debt's fee given back is a refund; someone else paying « qui les a payées »", () => {
  cases([
    ['the bank refunded the overdraft fee, 15', 'refund 15.00 EUR'],
    ["mes baskets, 90 €, c'est ma marraine qui les a payées", 'spent 90.00 EUR shopping not_paid'],
    // Look-alikes: the speaker's own loan paid back, the speaker paid.
    ['remboursé le prêt de la voiture, 230 €', 'spent 230.00 EUR transport'],
    ["les baskets, 90 €, c'est moi qui les ai payées", 'spent 90.00 EUR shopping'],
  ]);
});
