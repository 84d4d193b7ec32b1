import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) =>
  parseExpenseText(text, TEST_OPTS).expenses.map(
    (e) => `${e.amount} ${e.date}${e.reviewReason ? ` ${e.reviewReason}` : ''}`,
  );

// TEST_OPTS: now is Tuesday 2026-11-24.
describe('a day to come said in one clause, and the money said in another', () => {
  it.each([
    // Money said paid in its own clause keeps today.
    [
      'bought bread for 2, going to buy a new kettle for 30 next week',
      ['2.00 2026-11-24', '30.00 2026-12-01 future_date'],
    ],
    // A plan's own day stays in the plan.
    ['le plein 65 €, je paierai le péage demain, 12 €', ['65.00 2026-11-24', '12.00 2026-11-25 future_date']],
    // The day after « le reste », "the rest" is the rest's, not the money paid's.
    ['150 € réglés au garagiste, le reste la semaine prochaine', ['150.00 2026-11-24']],
    ['the course, 150 now and the rest next month', ['150.00 2026-11-24']],
  ])('reads "%s" as %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // A day said for the whole note reaches every clause, before or after them.
    [
      "le taxi 20 € et l'hôtel 80 €, demain",
      ['20.00 2026-11-25 future_date', '80.00 2026-11-25 future_date'],
    ],
    [
      "demain, le taxi 20 € et l'hôtel 80 €",
      ['20.00 2026-11-25 future_date', '80.00 2026-11-25 future_date'],
    ],
    // A plan's day reaches the plans joined to it by « et », "and".
    [
      "demain je paierai le taxi 20 € et l'hôtel 80 €",
      ['20.00 2026-11-25 future_date', '80.00 2026-11-25 future_date'],
    ],
    [
      "next week I'll pay the plumber 90 and the electrician 60",
      ['90.00 2026-12-01 future_date', '60.00 2026-12-01 future_date'],
    ],
    // « le reste » before the money is a thing left over, not what is left to pay.
    ['le reste de la tarte, 5 €, demain', ['5.00 2026-11-25 future_date']],
  ])('still reads "%s" as %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
