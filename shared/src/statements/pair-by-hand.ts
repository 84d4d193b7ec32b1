/**
 * What a person may pair by hand that the matcher would not: a bank line and an expense of another
 * amount (a tip on the restaurant's card payment, a fee on a card payment abroad). The expense then
 * takes the bank's amount, in its own currency: the line's, or the original one the statement gives
 * for a payment abroad. Dates further apart than PAIR_DAYS are not the same payment. Pure: the store
 * checks a pairing with it, the page lists the expenses a line could be with it.
 */
import { dayNumber } from './match-lines.ts';

/** How far apart (days, either way) the expense's day and the bank's dates may be for a pairing by hand. */
export const PAIR_DAYS = 10;

export interface PairableLine {
  date: string;
  valueDate?: string | null;
  amount: string;
  currency: string;
  originalAmount?: string | null;
  originalCurrency?: string | null;
}

/** The bank's amount in the expense's currency ("44.00"), or null when the line has none in it. */
export function bankAmountIn(
  line: Omit<PairableLine, 'date' | 'valueDate'>,
  currency: string,
): string | null {
  if (currency === line.currency) return line.amount;
  if (line.originalCurrency === currency && line.originalAmount) return line.originalAmount;
  return null;
}

/** Whether the expense's day is within PAIR_DAYS of the line's booking or value date. */
export function closeEnoughToPair(
  line: Pick<PairableLine, 'date' | 'valueDate'>,
  expenseDate: string,
): boolean {
  const day = dayNumber(expenseDate);
  return [line.date, line.valueDate ?? null].some(
    (d) => d !== null && Math.abs(dayNumber(d) - day) <= PAIR_DAYS,
  );
}
