import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { generateMoneyNote, type MoneyNote } from './testing/money-beside-numbers.ts';
import { centsOf, TEST_OPTS } from './testing/test-parse.ts';

const SEED = 15;
const NOTES = 3000;

/**
 * Whether the money said comes out: an expense or a movement, saved or À vérifier, whose amount is
 * the price said or the price times the things counted, in its currency. Nothing at all, or only
 * other numbers, is money vanished; any other amount beside it is a number read as money.
 */
function vanished(note: MoneyNote): string | null {
  const result = parseExpenseText(note.text, TEST_OPTS);
  const out = result.expenses.map((e) => ({ cents: centsOf(e.amount), currency: e.currency }));
  if (result.movement)
    out.push({ cents: centsOf(result.movement.amount), currency: result.movement.currency });
  const named = out.some((o) => o.currency === note.said.currency && note.meant.includes(o.cents));
  // A number that is not money coming out as a second amount (« la Peugeot 3008 », « de 2012 »).
  const extra = out.some((o) => !note.meant.includes(o.cents));
  if (named && !extra) return null;
  const got = result.expenses.map(
    (e) => `${e.amount} ${e.currency}${e.reviewReason ? `?${e.reviewReason}` : ''}`,
  );
  return `${note.text} → [${got.join(', ')}]${result.movement ? ` mv ${result.movement.amount}` : ''}`;
}

describe('money said beside numbers that are not money never vanishes, nor do they become money (generated notes)', () => {
  const rnd = seededRandom(SEED);
  const notes = Array.from({ length: NOTES }, () => generateMoneyNote(rnd));

  it(`each of ${NOTES} notes (seed ${SEED}) gives the money said, saved or to review, never nothing and nothing else`, () => {
    // On afa83a9, 217 of 15,000 notes (seeds 15–19) lost their money, multiplied by a measure of
    // another thing or a model's code (« 10 kilos de pommes, 4 cafés à 16 euros » was 160); and
    // 2,062 gave a model's number as a second amount (« la Peugeot 3008 »), which vanishing does not
    // test but the rules of counts-beside-money.test.ts took too (0 of 15,000 now).
    // Years, sizes, ages, phone numbers and a duration's minutes were added to the noise in round
    // v16a: on 7ba3b21, 39 of those 15,000 notes lost their money (« my daughter is 10, I paid 90
    // euros for the service » was 100, the age taken for the bill the service went on) and 1,260
    // gave a year, a phone number or minutes as a second amount; now 0 and 0
    // (numbers-beside-money.test.ts).
    const failures = notes.flatMap((note) => vanished(note) ?? []);
    // The first 20, and how many in all: enough to group them by class.
    expect(
      failures.slice(0, 20),
      `${failures.length} of ${NOTES} notes lose their money or read another number as money`,
    ).toEqual([]);
    // Thousands of parses on a shared machine: the time is not what is tested.
  }, 30_000);
});
