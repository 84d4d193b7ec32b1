/**
 * "Confirmer avant d'enregistrer": the review reason of an expense saved while the option was
 * on. It waits, flagged, for the user to accept or fix it, and counts in no total until then.
 * (Its own module, free of schemas, so the PWA's first screen can use it for a few bytes.)
 */
export const AWAITING_CONFIRMATION = 'awaiting_confirmation';

/** Whether an expense counts in totals (one the user asked to confirm first does not, yet). */
export const countsInTotals = (e: { amount: string | null; reviewReason: string | null }): boolean =>
  e.amount !== null && e.reviewReason !== AWAITING_CONFIRMATION;

/** With "confirm first", every expense with an amount waits, flagged, for the person's tap. */
export function awaitingConfirmation<
  E extends { amount: string | null; status: 'saved' | 'needs_review'; reviewReason: string | null },
  P extends { expenses: E[] },
>(parsed: P, confirm: boolean | undefined): P {
  if (!confirm) return parsed;
  return {
    ...parsed,
    expenses: parsed.expenses.map((e) =>
      e.amount === null || e.status === 'needs_review'
        ? e
        : { ...e, status: 'needs_review', reviewReason: AWAITING_CONFIRMATION },
    ),
  };
}
