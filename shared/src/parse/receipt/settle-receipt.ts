/**
 * What a receipt's reading makes of it, on the server (no model, or none that could read it) and
 * on the phone (the expense shown before the network): the same rule on both sides. A receipt is
 * always one expense: read sure enough, it is saved; else it waits for the person with the photo,
 * with what could be read (the merchant, the date) and why.
 */
import { decimalToCents } from '../../money.ts';
import { PARSER_CONFIDENT } from '../confidence.ts';
import { limitCents, RECENT_FACTOR } from '../plausibility.ts';
import { NO_AMOUNT, type SettledExpense } from '../settle-locally.ts';
import type { ReceiptReading } from './read-receipt.ts';

/** Why a receipt's expense waits: no total could be read, or not surely enough. */
export const RECEIPT_UNSURE = 'receipt_unsure';

export function settleReceipt(
  reading: ReceiptReading,
  context: { today: string; lang: 'fr' | 'en'; largestRecentCents?: number | undefined },
): SettledExpense {
  const row = {
    currency: reading.currency,
    category: reading.category,
    description: reading.merchant ?? (context.lang === 'fr' ? 'Ticket de caisse' : 'Receipt'),
    date: reading.date ?? context.today,
    parsedBy: 'local' as const,
  };
  if (reading.amount === null)
    return { ...row, amount: null, status: 'needs_review', reviewReason: NO_AMOUNT };
  const cents = decimalToCents(reading.amount) ?? 0;
  const recent = context.largestRecentCents ?? 0;
  const implausible = cents > limitCents(reading.currency) || (recent > 0 && cents > recent * RECENT_FACTOR);
  const reviewReason = implausible
    ? 'implausible_amount'
    : reading.confidence < PARSER_CONFIDENT
      ? RECEIPT_UNSURE
      : null;
  return { ...row, amount: reading.amount, status: reviewReason ? 'needs_review' : 'saved', reviewReason };
}
