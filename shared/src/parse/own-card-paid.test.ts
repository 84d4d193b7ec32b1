/**
 * Moves26, through the whole parser on Tuesday 24 November 2026: the speaker's own card paid off is
 * a transfer between their own accounts (its purchases were the expenses); its interest or a fee
 * stays spent, and so do a card paid with, a card that is a thing bought (« la carte grise »), a
 * travel visa and someone else's card. A fee named beside a bare figure makes it a price paid.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0)
    return `${r.movement.kind} ${r.movement.amount} ${r.movement.currency}`;
  return r.expenses
    .map((e) => `spent ${e.amount} ${e.currency}${e.reviewReason ? ` ${e.reviewReason}` : ''}`)
    .join(' ');
};

describe("one's own card paid off", () => {
  it.each([
    ['paid off my credit card, 520', 'transfer 520.00 EUR'],
    ['cleared 90 off the Mastercard', 'transfer 90.00 EUR'],
    ['settled my Amex statement, 760 euros', 'transfer 760.00 EUR'],
    ['paid off the rest of my credit card balance, 1,100 euros', 'transfer 1100.00 EUR'],
    ["j'ai soldé la carte hier, 230 €", 'transfer 230.00 EUR'],
    ['réglé le relevé de la carte de crédit, 415 €', 'transfer 415.00 EUR'],
    ["j'ai remboursé ma carte bancaire, 60 €", 'transfer 60.00 EUR'],
    ['remboursé 150 € de la carte de crédit', 'transfer 150.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // What the card charges is spent.
    ['paid off the card interest, 22 euros', 'spent 22.00 EUR'],
    ['paid the Amex yearly fee, 95 euros', 'spent 95.00 EUR'],
    // A card paid with, or a card that is a thing bought.
    ['paid 45 euros on my card for petrol', 'spent 45.00 EUR'],
    ["j'ai payé 18 € avec ma carte", 'spent 18.00 EUR'],
    ["j'ai payé la carte grise, 250 €", 'spent 250.00 EUR'],
    // The travel document, written lower-case.
    ['paid the visa, 75 euros', 'spent 75.00 EUR'],
    // Someone else's card.
    ["paid off my brother's credit card, 300 euros", 'spent 300.00 EUR'],
    ['soldé la carte de crédit de mon père, 300 €', 'spent 300.00 EUR'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a fee named beside a bare figure', () => {
  it.each([
    ['the bank took 14 in fees', 'spent 14.00 EUR'],
    ['late payment fee, 12', 'spent 12.00 EUR'],
    ['la banque a pris 9 de frais', 'spent 9.00 EUR'],
  ])('%s is %s, no doubt of the amount', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
