/**
 * A debit's day of the month by its tense (issue 29, amounts34; tests/fixtures/README.md « Label
 * conventions »), through the whole parser on Tuesday 24 November 2026: said in the present (« me
 * prélève », "takes", "goes out") it is the next such day, flagged when this month's is past; said
 * as gone (« prélevé le 5 », « m'a prélevé », "came out on the 20th") it is this month's.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) =>
  parseExpenseText(text, TEST_OPTS)
    .expenses.map((e) => `${e.amount} ${e.date}${e.reviewReason ? ` ${e.reviewReason}` : ''}`)
    .join(' | ');

describe("a debit's day of the month", () => {
  it.each([
    ['la salle de sport me prélève 30 € le 1er de chaque mois', '30.00 2026-12-01 future_date'],
    ['la box me prélève 39 € le 3', '39.00 2026-12-03 future_date'],
    ['la banque me débite 2 € le 3 de chaque mois', '2.00 2026-12-03 future_date'],
    ['la salle me prélève 30 € le 28', '30.00 2026-11-28 future_date'],
    ['the gym takes 35 on the 1st of every month', '35.00 2026-12-01 future_date'],
  ])('%s is the next one: %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    ["la salle de sport m'a prélevé 30 € le 1er", '30.00 2026-11-01'],
    ['Netflix, prélevé le 15, 13,49', '13.49 2026-11-15'],
    ['la cantine, 45 € le 10 de chaque mois', '45.00 2026-11-10'],
    ['EDF me prélève 80 € ce mois-ci', '80.00 2026-11-24'],
    ['my phone plan, 20 euros, came out on the 5th', '20.00 2026-11-05'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
