import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

// TEST_OPTS: now is Tuesday 2026-11-24.
const read = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map(
    (e) => `${e.amount} ${e.date}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
  );

describe('a dozen priced each', () => {
  it.each([
    ["une douzaine d'huîtres à 1,50 € pièce", ['18.00 2026-11-24']],
    ['une demi-douzaine de croissants à 1,10 € pièce', ['6.60 2026-11-24']],
    ['half a dozen bagels at 1.20 each', ['7.20 2026-11-24']],
    // « l'un », « l'une » right after the price of a dozen: one of them.
    ["une douzaine de figues à 0,90 € l'une", ['10.80 2026-11-24']],
    ["une demi-douzaine de crêpes à 1,20 € l'un", ['7.20 2026-11-24']],
    // Priced for the lot, or with no price each: the price said.
    ["une douzaine d'œufs, 3,60 €", ['3.60 2026-11-24']],
    ["une douzaine d'huîtres à 18 €", ['18.00 2026-11-24']],
    ['a dozen doughnuts for 9', ['9.00 2026-11-24']],
    // « l'une des boîtes » is one box; « l'un des deux » with no dozen counts nothing.
    ["une douzaine d'œufs, 3 € l'une des boîtes", ['3.00 2026-11-24']],
    ["l'un des deux pulls, 25 €", ['25.00 2026-11-24']],
  ])('reads "%s" as %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('the next part of a price paid, said with its day to come', () => {
  it.each([
    ['la cantine du trimestre : 90 € payés, 45 € le mois prochain', ['90.00 2026-11-24']],
    ["le dentiste 60 € aujourd'hui et 60 € dans quinze jours", ['60.00 2026-11-24']],
    // After "now", « maintenant », a month with no tense is the next one (was last January, both).
    ['the piano lessons, 200 now and 200 in February', ['200.00 2026-11-24']],
    ['le vélo 150 € maintenant et 150 € en mars', ['150.00 2026-11-24']],
  ])('reads "%s" as the part paid, %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // A thing of its own after the day, or nothing said paid before it: money of its own.
    ["le taxi 20 € payés, 30 € demain pour l'hôtel", ['20.00 2026-11-24', '30.00 2026-11-25 future_date']],
    ["le taxi 20 € et l'hôtel 80 € demain", ['20.00 2026-11-25 future_date', '80.00 2026-11-25 future_date']],
  ])('still reads "%s" as %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
