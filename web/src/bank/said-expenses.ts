/**
 * What pairing a bank line with an expense said at another amount would change, in numbers. The
 * expenses a line could be (`Suggestion.pairable`, whatever their month) are the server's to say:
 * shared's pairableExpenses, as the pairing itself is checked.
 */
import { bankAmountIn, type CandidateExpense, decimalToCents, type Suggestion } from '@voicetrack/shared';

/** The bank's amount when pairing would change the expense's ("44.00" for 40.00 said), else null. */
export function bankAmountChange(line: Suggestion, expense: CandidateExpense): string | null {
  const bank = bankAmountIn(line, expense.currency);
  return bank !== null && decimalToCents(bank) !== decimalToCents(expense.amount) ? bank : null;
}
