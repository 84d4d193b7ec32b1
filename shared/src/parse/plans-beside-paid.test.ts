import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
const read = (text: string) =>
  parse(text).expenses.map((e) => `${e.amount}${e.reviewReason ? ` ${e.reviewReason}` : ''}`);

describe('a bill the speaker still has to pay, said beside a thing paid', () => {
  it.each([
    ["j'ai payé le pain 2 €, et il faut payer la cantine 45 €", ['2.00', '45.00 not_paid']],
    ['payé le fromager 14 €, et il faut que je paie la piscine 60 €', ['14.00', '60.00 not_paid']],
    ['le pain 3 €, et je dois payer la mutuelle 48 €', ['3.00', '48.00 not_paid']],
    ['bought stamps for 8, still need to pay the water bill, 40', ['8.00', '40.00 not_paid']],
    ['the taxi 20, and I have to pay the plumber 90', ['20.00', '90.00 not_paid']],
    ["j'ai payé le pain 2 €, je vais acheter un frigo à 450 €", ['2.00', '450.00 not_paid']],
  ])('keeps the plan of "%s", flagged, beside the money paid', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Only thought of, asked for, or a reminder: the story, not a bill to pay.
    ["je voulais le grand à 80 mais j'ai pris le petit à 55 €", ['55.00']],
    ["j'allais prendre le menu à 35 €, j'ai pris le plat à 18", ['18.00']],
    ["rappelle-moi de payer le loyer 800 €, j'ai payé le pain 2 €", ['2.00']],
    // Both paid: two expenses, none flagged.
    ["j'ai payé le pain 2 € et la cantine 45 €", ['2.00', '45.00']],
    ['paid the gas bill 85 and the water bill 40', ['85.00', '40.00']],
  ])('still reads "%s" as %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
