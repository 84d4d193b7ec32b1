/**
 * "Confirmer avant d'enregistrer": the review reason of an expense saved while the option was
 * on. It waits, flagged, for the user to accept or fix it, and counts in no total until then.
 * (Its own module, free of schemas, so the PWA's first screen can use it for a few bytes.)
 */
export const AWAITING_CONFIRMATION = 'awaiting_confirmation';

/** Whether an expense counts in totals (one the user asked to confirm first does not, yet). */
export const countsInTotals = (e: { amount: string | null; reviewReason: string | null }): boolean =>
  e.amount !== null && e.reviewReason !== AWAITING_CONFIRMATION;
