/**
 * The money45 readings (issue 29), through the whole parser on Tuesday 24 November 2026: a cheque
 * « de » a person (« chèque de Mme Durand », « un chèque de 50 € de mamie ») came to the speaker; one
 * named by a title (« M. Bernard », « Mme Roy », "Mrs Hill") pays for the speaker's work or goods
 * (income), where a first name paying for a thing pays it back; the dot of a title ends no clause;
 * "Paul sold me his bike" first in the note is bought; a shop that « a reversé » gives back, a
 * person who « m'a redonné » pays back; money joined by « et », "and" after the speaker's debt, with
 * no verb of its own, is owed too (two debts to trades both kept, flagged); an item of a list
 * someone else paid is kept flagged, never dropped beside the ones paid. The look-alikes stay.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpentShort as read } from './testing/test-parse.ts';

describe('cheques from a person, titles, things sold to the speaker, money given back, two debts', () => {
  it.each([
    // A cheque from a person: received; from one named by a title, for a thing: their payment.
    ['chèque de Mme Durand, 45 €', 'income 45.00'],
    ['chèque de M. Bernard pour la location du garage, 90 €', 'income 90.00'],
    ["Mme Roy m'a viré 60 € pour les cours", 'income 60.00'],
    ['Mrs Hill sent me 30 for the ironing', 'income 30.00'],
    ['un chèque de 50 € de mamie pour mes vingt ans', 'income 50.00'],
    // A first name paying for a thing, or a title paying their share: paid back.
    ['chèque de Paul pour les pizzas, 20 €', 'repayment 20.00'],
    ['chèque de Mme Durand pour sa part du cadeau, 20 €', 'repayment 20.00'],
    ['Tom sent me 30 for the pizza', 'repayment 30.00'],
    // Sold to the speaker, said first: bought.
    ['Paul sold me his bike, 150', 'spent 150.00'],
    // A shop that put money back, a person who gave it back.
    ['la Fnac a reversé 20 € sur ma carte pour le retard de livraison', 'refund 20.00'],
    ["Lucas m'a redonné ses 20 € d'essence d'hier", 'repayment 20.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A cheque written, or one « de » an amount to a trade or for a deposit: spent.
    ['chèque à M. Martin pour le bois de chauffage, 200 €', 'spent 200.00'],
    ['chèque de 80 € au plombier', 'spent 80.00'],
    ['chèque de caution, 500 €', 'spent 500.00'],
    ["j'ai fait un chèque de 50 € à Paul", 'spent 50.00'],
    // A title's dot before a name ends no clause: one expense, at the doctor's.
    ['consultation chez le Dr. Roux, 25 €', 'spent 25.00'],
    // The speaker selling, or passing money on: not bought, not given back.
    ['I sold Jake my old amp, 120', 'income 120.00'],
    ["j'ai reversé 20 € à Paul", 'spent 20.00'],
    ["j'ai redonné 10 € à Max", 'spent 10.00'],
  ])('%s → %s (look-alike)', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // Two debts to trades in one note: both kept, flagged; none vanishes.
    ['je dois 20 € au coiffeur et 10 € au pressing', 'spent 20.00 not_paid spent 10.00 not_paid'],
    ['I owe the plumber 80 and the electrician 60', 'spent 80.00 not_paid spent 60.00 not_paid'],
    ['je dois 20 € au coiffeur et je dois 10 € au pressing', 'spent 20.00 not_paid spent 10.00 not_paid'],
    // One item of a list paid by someone else: kept, flagged, beside the ones the speaker paid.
    ['dinner 45, taxi 20 that Tom paid', 'spent 45.00 spent 20.00 not_paid'],
    ['resto 45 €, taxi 20 € que Tom a payé', 'spent 45.00 spent 20.00 not_paid'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A purchase after the debt, with its own verb or after a comma, is spent; money said before
    // the debt is the thing's; a debt to a person stays no expense.
    ["je dois 20 € à Paul et j'ai payé le pain 2 €", 'spent 2.00'],
    ['je dois 20 € à Paul, pain 2 €', 'spent 2.00'],
    ['le resto 60 €, je lui dois 30 €', 'spent 60.00 not_paid'],
    ['je dois 15 € à Léo et 10 € à Sarah', 'loan 15.00'],
    // Who paid what shared out, the speaker saying their own part: only theirs.
    ['ma sœur a payé le taxi, 20 €, et moi le resto, 45 €', 'spent 45.00'],
    // A dish thought of, beside the one taken, is still the story, not money.
    ["j'ai hésité à prendre le menu à 35 €, j'ai pris le plat à 18", 'spent 18.00'],
  ])('%s → %s (look-alike)', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
