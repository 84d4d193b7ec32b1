/**
 * The moves36 rules, through the whole parser on Tuesday 24 November 2026: treats said the English
 * way and « nous » treated (flagged, never the speaker's spending), while the speaker treating said
 * the same way stays spent; alimony said with its month still paid out; savings put away after a
 * time said first. Each rule beside the look-alikes it must not change.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpent } from './testing/test-parse.ts';

const read = movedOrSpent;

describe('someone else paying for the speaker, said every way, is flagged not_paid', () => {
  it.each([
    ['my mum insisted on paying for dinner, 60 euros', 'spent 60.00 EUR dining not_paid'],
    ['Emma picked up the tab for brunch, 38 euros', 'not_paid'],
    ['my uncle footed the bill at the steakhouse, 120', 'not_paid'],
    ['my sister shouted me dinner, 30', 'spent 30.00 EUR dining not_paid'],
    ['the coffees were on the house, 7 euros', 'spent 7.00 EUR dining not_paid'],
    ['le café offert par la maison, 2 €', 'spent 2.00 EUR dining not_paid'],
    ['mes beaux-parents nous ont payé les billets de train, 180 €', 'spent 180.00 EUR transport not_paid'],
    ['le client nous a invités au restaurant, 85 €', 'spent 85.00 EUR dining not_paid'],
    // Look-alikes: the speaker paying, the tab not named, a house that is a place, more paid after.
    ['I insisted on paying for dinner with my parents, 85', 'spent 85.00 EUR dining'],
    ['I picked up the tab for brunch, 38 euros', 'spent 38.00 EUR'],
    ['Emma picked up the pizzas, 38 euros', 'spent 38.00 EUR dining'],
    ['the kids shouted all the way, taxi 40 euros', 'spent 40.00 EUR transport'],
    ['stamp duty on the house, 5000 euros', 'spent 5000.00 EUR housing'],
    ['le café offert par la maison et le menu 18 €', 'spent 18.00 EUR dining'],
    ['nous avons payé les billets de train, 180 €', 'spent 180.00 EUR transport'],
    ['on a invité les voisins au resto, 85 €', 'spent 85.00 EUR dining'],
    ["un client m'a payé le devis de la terrasse, 1 800 €", 'income 1800.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toContain(want);
  });
});

describe('money put away or paid out, said with a time', () => {
  it.each([
    ["comme tous les mois, 100 € partis sur l'assurance-vie", 'transfer 100.00 EUR'],
    ['ce matin, 50 € sur le livret', 'transfer 50.00 EUR'],
    ['la pension alimentaire du mois versée à mon ex, 300 €', 'spent 300.00 EUR other'],
    // Look-alikes: a thing bought before the pause, a loan paid out, a pension received.
    ['le resto hier soir, 45 € sur mon compte joint', 'spent 45.00 EUR dining'],
    ['la banque a débloqué le prêt, 5 000 € sur mon compte', 'loan 5000.00 EUR'],
    ['ma pension de retraite du mois est arrivée, 1 200 €', 'income 1200.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe("the speaker's takings are income; the speaker paying at a stall or tipping is spent", () => {
  it.each([
    ['made 260 at my market stall today', 'income 260.00 EUR'],
    ['earned 40 from the car boot sale', 'income 40.00 EUR'],
    ['la recette du stand au marché ce matin, 340 € en liquide', 'income 340.00 EUR'],
    ['les pourboires de la soirée au restaurant, 38 €', 'income 38.00 EUR'],
    // Look-alikes: spent at a market, a donation made, a recipe's shopping, tips the speaker gave.
    ['spent 260 at the market today', 'spent 260.00 EUR groceries'],
    ['made a 50 euro donation at the church', 'spent 50.00 EUR gifts'],
    ['la recette de la tarte tatin, courses 12 €', 'spent 12.00 EUR groceries'],
    ['les pourboires pour les serveurs, 50 €', 'spent 50.00 EUR dining'],
    ['les pourboires du service de chambre, 20 €', 'spent 20.00 EUR dining'],
    ['tips for the shift staff at the wedding, 50', 'spent 50.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toContain(want);
  });
});
