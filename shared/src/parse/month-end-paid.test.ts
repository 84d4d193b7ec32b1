import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

// « fin du mois » alone (round v19a, issue 29): told in the past on the 24th, the month just ended;
// were today, read sure.
const dateOf = (text: string, now = TEST_OPTS.now) =>
  parseExpenseText(text, { ...TEST_OPTS, now }).expenses.map((e) => e.date);

describe('« fin du mois » told in the past is the end of a month gone by', () => {
  it.each([
    ["j'ai payé le garage fin du mois, 120 euros", ['2026-10-31']],
    ["fin du mois j'ai réglé la crèche, 300 €", ['2026-10-31']],
    ['paid the council tax at the end of the month, 130 euros', ['2026-10-31']],
  ])('%j', (text, expected) => {
    expect(dateOf(text)).toEqual(expected);
  });

  it('is this month in its last days', () => {
    expect(
      dateOf("j'ai payé le garage fin du mois, 120 euros", new Date('2026-11-29T12:00:00+01:00')),
    ).toEqual(['2026-11-29']);
  });

  it.each([
    // Of days to come, or with no tense: as before (a plan kept to look at, or today).
    ['je paierai le loyer à la fin du mois, 700 €', ['2026-11-24']],
    ['le loyer fin du mois 700 euros', ['2026-11-24']],
    // « fin du mois dernier » keeps its own reading.
    ["j'ai payé l'électricité à la fin du mois dernier, 96 €", ['2026-10-31']],
  ])('stays as it was: %j', (text, expected) => {
    expect(dateOf(text)).toEqual(expected);
  });
});
