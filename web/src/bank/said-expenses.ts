/**
 * The expenses a bank line could be that the matcher would not pair: said at another amount (a tip,
 * a fee abroad), in a currency the line has an amount in, within PAIR_DAYS (shared's pair-by-hand
 * rule, as the server checks it). Closest day first; what a pairing would change, in numbers.
 */
import {
  bankAmountIn,
  closeEnoughToPair,
  dayNumber,
  decimalToCents,
  type Suggestion,
  type UnmatchedExpense,
} from '@voicetrack/shared';

/** How many the page offers: the closest days. */
export const SAID_SHOWN = 5;

export type SaidExpense = UnmatchedExpense & { amount: string };

/** The month's unpaired expenses this line could be, besides its candidates, closest day first. */
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
    .map((e) => ({ e, days: Math.abs(dayNumber(e.date) - day) }))
    .sort((a, b) => a.days - b.days || a.e.date.localeCompare(b.e.date))
    .slice(0, SAID_SHOWN)
    .map(({ e }) => e);
}

/** The bank's amount when pairing would change the expense's ("44.00" for 40.00 said), else null. */
export function bankAmountChange(line: Suggestion, expense: SaidExpense): string | null {
  const bank = bankAmountIn(line, expense.currency);
  return bank !== null && decimalToCents(bank) !== decimalToCents(expense.amount) ? bank : null;
}
