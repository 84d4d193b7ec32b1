import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const amounts = (text: string) => parseExpenseText(text, TEST_OPTS).expenses.map((e) => e.amount);

describe('the figure of a fee or a payment named before it, no currency said', () => {
  it.each([
    // « frais de dossier 40 »: the fee's kind, not a file numbered 40.
    ['frais de dossier 40', ['40.00']],
    ['les frais de dossier 25 pour la location', ['25.00']],
    ['frais du dossier 60', ['60.00']],
    // "a 40 deposit", "a 5 tip", "a 60 fine": one payment, its figure no count of them.
    ["put down a 40 deposit on the wardrobe, it's 380", ['40.00']],
    ['got a 60 fine for parking', ['60.00']],
    ['made a 20 donation to the food bank', ['20.00']],
  ])('reads "%s" as %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });

  it.each([
    // A file, a room, a bus numbered: no money; a year after the fee's kind is no money either.
    ['le dossier 40', []],
    ['la chambre 40', []],
    ['frais de dossier 2024, 150 €', ['150.00']],
    // A pack's size after "a" stays a size; things counted before a price stay counted.
    ['a 12 pack of beer for 15', ['15.00']],
    ['3 tips for 2 euros', ['2.00']],
  ])('still reads "%s" as %j', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });
});
