/**
 * The expenses a bank line could be that the matcher would not pair: said at another amount (a tip,
 * a fee abroad), in a currency the line has an amount in, within PAIR_DAYS (shared's pair-by-hand
 * rule, as the server checks it). The closest amount first (a tip, a fee: a few euros off), then the
 * closest day; what a pairing would change, in numbers.
 */
import {
  bankAmountIn,
  closeEnoughToPair,
  dayNumber,
  decimalToCents,
  type Suggestion,
  type UnmatchedExpense,
} from '@voicetrack/shared';

/** How many the page offers: the closest. */
export const SAID_SHOWN = 5;

export type SaidExpense = UnmatchedExpense & { amount: string };

/** The month's unpaired expenses this line could be, besides its candidates, closest amount then day first. */
export function saidExpensesFor(line: Suggestion, unmatched: readonly UnmatchedExpense[]): SaidExpense[] {
  const day = dayNumber(line.date);
  return unmatched
    .filter(
      (e): e is SaidExpense =>
        e.amount !== null &&
        !line.candidates.includes(e.id) &&
        bankAmountIn(line, e.currency) !== null &&
        closeEnoughToPair(line, e.date),
    )
    .map((e) => ({
      e,
      off: Math.abs(
        (decimalToCents(bankAmountIn(line, e.currency) ?? '') ?? 0) - (decimalToCents(e.amount) ?? 0),
      ),
      days: Math.abs(dayNumber(e.date) - day),
    }))
    .sort((a, b) => a.off - b.off || a.days - b.days || a.e.date.localeCompare(b.e.date))
    .slice(0, SAID_SHOWN)
    .map(({ e }) => e);
}

/** The bank's amount when pairing would change the expense's ("44.00" for 40.00 said), else null. */
export function bankAmountChange(line: Suggestion, expense: SaidExpense): string | null {
  const bank = bankAmountIn(line, expense.currency);
  return bank !== null && decimalToCents(bank) !== decimalToCents(expense.amount) ? bank : null;
}
