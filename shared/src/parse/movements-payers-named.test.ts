/**
 * The moves27 readings (issue 29), through the whole parser on Tuesday 24 November 2026: who paid
 * said after the amount (« de » / « du » / "from": an employer, a temp agency, a client, a tenant, a
 * benefit office, an insurer's agent, one's own people), a person named between "paid" and "back"
 * for a thing of theirs, a body sending money for a thing, and one's own card of a brand paid off.
 * The look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  return r.expenses.map((e) => `spent ${e.amount}`).join(' ');
};

describe('who paid, said after the money', () => {
  it.each([
    // A payer for work or a let, or a benefit office named in two words: earned.
    ['2 100 € de mon employeur', 'income 2100.00'],
    ["480 € de l'agence d'intérim pour la semaine", 'income 480.00'],
    ['310 from the temp agency for Saturday', 'income 310.00'],
    ['90 € du client pour le logo', 'income 90.00'],
    ['700 € des locataires du premier', 'income 700.00'],
    ['620 € de Pôle emploi', 'income 620.00'],
    // An insurer as its agent, the state's health insurance: what was spent, given back.
    ["260 € de l'assureur pour la vitre cassée", 'refund 260.00'],
    ["12 € de l'Assurance maladie pour le dentiste", 'refund 12.00'],
    // One's own people: given, unless for a thing of theirs (then paid back).
    ['100 € de ma marraine', 'income 100.00'],
    ['150 € de mon ex', 'income 150.00'],
    ['25 € de ma sœur pour le resto', 'repayment 25.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A trade, the insurance itself, or a verb of buying before the money: a price paid.
    ['45 € du serrurier', 'spent 45.00'],
    ['38 € de la mutuelle', 'spent 38.00'],
    ['payé les 60 € de ma sœur', 'spent 60.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('paid back, and sent by a body', () => {
  it.each([
    // A person between "paid" and "back", for a thing of theirs: their outlay settled.
    ['paid Isla back for the cinema, 22', 'repayment 22.00'],
    ['paid my cousin back the 30 for the pizza', 'repayment 30.00'],
    ['rendu 18 € à mon voisin pour le colis', 'repayment 18.00'],
    // A body sending money for a thing gives back; a benefit body pays an allowance.
    ["la MACIF m'a viré 180 € pour les lunettes", 'refund 180.00'],
    ["la CAF m'a viré 120 € pour la rentrée scolaire", 'income 120.00'],
    // One's own card of a brand, or its balance, paid off.
    ["j'ai soldé ma carte Mastercard, 380 €", 'transfer 380.00'],
    ['remboursé le solde de la carte Visa, 210 €', 'transfer 210.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // The speaker's own share named after the person: spent.
    ['paid Isla back for my half of the cinema, 11', 'spent 11.00'],
    ["rendu 20 € à Tom, c'était ma place de concert", 'spent 20.00'],
    // A person, named with a surname that is also a shop's, sending for a thing pays back.
    ['Amy Evans sent me 14 euros for the cab', 'repayment 14.00'],
    // A card that is bought, or a trader's card device, not one's own card paid off.
    ['payé le solde de la carte grise, 180 €', 'spent 180.00'],
    ['paid the card terminal for the van, 49 euros', 'spent 49.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
