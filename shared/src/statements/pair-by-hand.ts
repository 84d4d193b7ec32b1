/**
 * What a person may pair by hand that the matcher would not: a bank line and an expense of another
 * amount (a tip on the restaurant's card payment, a fee on a card payment abroad). The expense then
 * takes the bank's amount, in its own currency: the line's, or the original one the statement gives
 * for a payment abroad. Dates further apart than PAIR_DAYS are not the same payment. Pure: the store
 * checks a pairing with it, and the server offers with it the expenses a line could be, whatever
 * their month (a card payment of 30 November booked on 2 December).
 */
import { decimalToCents } from '../money.ts';
import { compareText } from '../order.ts';
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

/** How many expenses are offered for one line: the closest. */
export const PAIRABLE_SHOWN = 5;

/** What pairableExpenses reads of an expense (the store's unpaired, saved ones). */
export interface PairableExpense {
  id: string;
  date: string;
  amount: string;
  currency: string;
}

/**
 * The expenses a line could be that the matcher would not pair (another amount, or a day outside
 * its window), besides the line's own candidates: in a currency the line has an amount in, within
 * PAIR_DAYS of its booking or value date. The closest amount first (a tip, a fee: a few cents or
 * euros off), then the closest day, then the earlier; PAIRABLE_SHOWN at most.
 */
export function pairableExpenses<E extends PairableExpense>(
  line: PairableLine & { candidates: readonly string[] },
  expenses: readonly E[],
): E[] {
  const day = dayNumber(line.date);
  return expenses
    .flatMap((e) => {
      const bank = bankAmountIn(line, e.currency);
      if (bank === null || line.candidates.includes(e.id) || !closeEnoughToPair(line, e.date)) return [];
      const off = Math.abs((decimalToCents(bank) ?? 0) - (decimalToCents(e.amount) ?? 0));
      return [{ e, off, days: Math.abs(dayNumber(e.date) - day) }];
    })
    .sort(
      (a, b) =>
        a.off - b.off || a.days - b.days || compareText(a.e.date, b.e.date) || compareText(a.e.id, b.e.id),
    )
    .slice(0, PAIRABLE_SHOWN)
    .map(({ e }) => e);
}
