/**
 * A household's bill is the whole bill the words say (the household splits it among its members).
 * The local parser is told so (ParseOptions.wholeBill), and so is the model (llm-prompt.ts), but
 * a model can still answer the speaker's part of « 20 dollars de taxi, on partage » (10.00,
 * « Taxi (part de 20 $) »): such an answer is read back as the whole bill here, never kept as the
 * share.
 */
import { decimalToCents, type LocalReading, withoutShareNote } from '@voicetrack/shared';
import type { LlmExpense } from '../ports.ts';

/** A bill the words say, read whole: its amount and the words' own description of it. */
interface WholeBill {
  amount: string;
  currency: string;
  description: string;
}

/** The most people a share is looked for among (« à douze »): a household is a few people. */
const MAX_SHARERS = 12;

/**
 * Reads a model's expenses as a household's bills. `personal` is the local reading of the words as
 * a personal note's (« on partage »: half, « (part de 20 $) »), `whole` the same words read with
 * wholeBill, `spoken` the cents those words say. The two readings differ only in the share, so
 * their expenses pair up in order (when they do not, nothing is paired).
 *
 * A share of a bill the words say becomes that whole bill, with the words' description
 * (`corrected`): the share the personal reading takes (« ma part c'est 20 » too, though 20 is said,
 * unless 20 is also a bill of the words' own), or, for an amount the words do not say, that bill
 * divided among 2 to 12 people, rounded to the cent (« 50 dollars de resto à trois » answered
 * 16.67). Any other amount stays the model's, to be checked against the words as any other. No
 * description keeps a share's note.
 */
export function wholeBillReader(
  personal: LocalReading,
  whole: LocalReading,
  spoken: ReadonlySet<number>,
): (e: LlmExpense) => { expense: LlmExpense; corrected: boolean } {
  const key = (amount: string, currency: string) => `${decimalToCents(amount)} ${currency}`;
  const shares = new Map<string, WholeBill>();
  if (personal.expenses.length === whole.expenses.length)
    personal.expenses.forEach((part, i) => {
      const bill = whole.expenses[i];
      if (bill && bill.currency === part.currency && bill.amount !== part.amount)
        shares.set(key(part.amount, part.currency), bill);
    });
  const bills = new Set(whole.expenses.map((bill) => key(bill.amount, bill.currency)));
  const shareOf = (cents: number, e: LlmExpense): WholeBill | undefined => {
    const said = key(e.amount, e.currency);
    if (!bills.has(said) && shares.has(said)) return shares.get(said);
    if (spoken.has(cents)) return undefined;
    return whole.expenses.find(
      (bill) => bill.currency === e.currency && divides(decimalToCents(bill.amount), cents),
    );
  };

  return (e) => {
    const cents = decimalToCents(e.amount);
    const bill = cents === null ? undefined : shareOf(cents, e);
    if (bill)
      return { expense: { ...e, amount: bill.amount, description: bill.description }, corrected: true };
    const description = withoutShareNote(e.description);
    return { expense: description ? { ...e, description } : e, corrected: false };
  };
}

/** `part` is `whole` divided among 2 to MAX_SHARERS people, to the cent (rounded either way). */
function divides(whole: number | null, part: number): boolean {
  if (whole === null || part <= 0 || part >= whole) return false;
  for (let people = 2; people <= MAX_SHARERS; people++)
    if (Math.abs(part * people - whole) < people) return true;
  return false;
}
