/**
 * The moves21 part of the frame (movement-purposes.ts and the payback promised of
 * movement-debts.ts), through the whole parser on Tuesday 24 November 2026: where the money went
 * says what it was (cash in hand, a bank's loan paid out), and a person who will pay the speaker
 * back makes the money paid a loan; the look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  return r.expenses.map((e) => `spent ${e.amount}`).join(' ');
};

describe('what the money was for', () => {
  it.each([
    // Cash taken out of a place that holds money, whatever the place is called.
    ['pulled 120 out of the cash machine by the station', 'transfer 120.00'],
    ['took 30 out of my savings', 'transfer 30.00'],
    ['je suis allé au guichet de la Poste, 150 € en billets', 'transfer 150.00'],
    // Cash back at a till is one's own money; cashback on a card is money given back.
    ['took 20 quid cash back at the Co-op till', 'transfer 20.00'],
    ["j'ai pris 40 € de cashback à la caisse", 'transfer 40.00'],
    ['got 6 euros cashback on my card', 'refund 6.00'],
    // A bank's loan paid out to the speaker is borrowed.
    ["la Banque Populaire m'a débloqué les 5 000 € du crédit auto", 'loan 5000.00'],
    ['the bank approved the loan and 3,000 euros hit my account', 'loan 3000.00'],
    // A loan that arrived, landed, was released or paid out came to the speaker (moves25).
    ['le prêt moto est arrivé ce matin, 6 000 €', 'loan 6000.00'],
    ['the 9,000 renovation loan has landed', 'loan 9000.00'],
    ['the bank released the 4,500 loan for the boiler', 'loan 4500.00'],
    ['the credit union paid out the 2,000 loan', 'loan 2000.00'],
    // Pay: said with its giver after "from", earned by doing, a game's winnings, a client paying.
    ['payday! 1,950 euros from the council', 'income 1950.00'],
    ['I made 45 euros dog walking', 'income 45.00'],
    ['40 € de gains au loto', 'income 40.00'],
    ["la facture de 600 €, la cliente lyonnaise l'a réglée hier", 'income 600.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // Bought from a shop, and bought with pay said before: spent.
    ['bought bread, 4 euros from the bakery', 'spent 4.00'],
    ['got paid, then 30 euros on a haircut', 'spent 30.00'],
    // A score and change out of a note are no place; cash paid for a thing, or said alone, is spent.
    ['got 14 change out of 50', 'spent 36.00'],
    ['17 euros en liquide', 'spent 17.00'],
    ['le plombier, 60 € en liquide', 'spent 60.00'],
    // A loan paid back is the speaker's debt, spent.
    ["j'ai remboursé 300 € du crédit auto", 'spent 300.00'],
    // One instalment or payment of a loan arriving is a debit: the speaker pays it.
    ["l'échéance du prêt moto est arrivée, 180 €", 'spent 180.00'],
    ['the loan payment landed, 240', 'spent 240.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a person who will pay the speaker back', () => {
  it.each([
    ["j'ai pris la place de ciné de Zoé, 11 €, elle me remboursera", 'loan 11.00'],
    ["j'ai payé l'essence de Karim 40 €, il me les rendra", 'loan 40.00'],
    ["bought Mia's bus pass, 25 euros, she's paying me back Monday", 'loan 25.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A body's payback is an aside on the speaker's own thing; a share is the speaker's bill split.
    ['dentiste 70 €, la mutuelle me remboursera', 'spent 70.00'],
    ['pizza 36 €, Lou me rendra sa part', 'spent 36.00'],
    ['taxi 30 €, Ben will pay me back his half', 'spent 30.00'],
    // Said not to pay back, it was given.
    ['le cadeau de Léa 25 €, elle me remboursera pas', 'spent 25.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a body that owes the speaker', () => {
  it('keeps its amount owed flagged not_paid, as a person’s, when the amount follows the verb', () => {
    const r = parseExpenseText('le notaire doit me rembourser 200 €', TEST_OPTS);
    expect(r.movement).toBeUndefined();
    expect(r.expenses.map((e) => [e.amount, e.reviewReason])).toEqual([['200.00', 'not_paid']]);
  });

  it('leaves the bill beside it spent and reimbursable, with no amount after the verb', () => {
    const r = parseExpenseText('dentiste 70 €, la mutuelle doit me rembourser', TEST_OPTS);
    expect(r.expenses.map((e) => [e.amount, e.reviewReason ?? null])).toEqual([['70.00', null]]);
  });
});

describe('who sent the money a movement word says', () => {
  it.each([
    // A buyer, a client or an employer sending money pays for work or a sale: earned.
    ["l'acheteuse Leboncoin m'a envoyé 35 € pour la lampe", 'income 35.00'],
    ['my customer transferred 420 euros for the logo', 'income 420.00'],
    // An insurer or the tax office sending or paying in gives back what was spent: undone.
    ["l'assurance m'a viré 80 € pour le pare-brise", 'refund 80.00'],
    ['the insurer has just transferred 150 euros', 'refund 150.00'],
    ["la CPAM m'a versé 16 €", 'refund 16.00'],
    // An invoice numbered or called the speaker's, paid by someone else: the speaker's work paid.
    ['the studio settled invoice 019, 2,100 euros', 'income 2100.00'],
    ['the gallery paid my invoice, 480 euros', 'income 480.00'],
    ['le cabinet a payé facture 88, 1 200 €', 'income 1200.00'],
    // A deposit holder giving back undoes what was paid to it.
    ["la propriétaire m'a rendu 600 € de caution", 'refund 600.00'],
    ['the landlord gave me back 750 euros', 'refund 750.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // Parents sending, the CAF paying in: given or paid, not a purchase undone.
    ["mes parents m'ont viré 150 € pour le loyer", 'income 150.00'],
    ["la CAF m'a versé 210 €", 'income 210.00'],
    // A person sending money for a thing pays it back.
    ['Nina transferred 18 euros for the cinema', 'repayment 18.00'],
    // The speaker settling an invoice pays it.
    ['settled invoice 2277 from the roofer, 900 euros', 'spent 900.00'],
    ['I paid invoice 64, 75 euros', 'spent 75.00'],
    // A person giving back, and a ride back from a deposit holder's office, are no deposit back.
    ["Hugo m'a rendu 20 € pour la caution du vélo", 'repayment 20.00'],
    ['a cab back from the letting agency, 18 euros', 'spent 18.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
