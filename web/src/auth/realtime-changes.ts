/**
 * Which Realtime changes of the expenses table the page listens to: INSERT and UPDATE of the
 * user's own rows. Not DELETE: Realtime does not filter DELETE events by RLS (any user's deleted
 * id would reach every page); deletes made elsewhere show when the page reads the list again (on
 * focus, on becoming visible, after each flush: shell/controller.ts).
 */
export const REALTIME_EVENTS = ['INSERT', 'UPDATE'] as const;

/**
 * The user's own rows, and the bills of each household given (whoever recorded them): Realtime
 * delivers a row only to a subscriber its policies let read it, and the Data API's role reads the
 * bills of the user's current households only (migration 20261205100000), so an outsider's
 * subscription to a household's id hears nothing.
 */
export const expenseChanges = (userId: string, householdIds: readonly string[] = []) => [
  ...[`user_id=eq.${userId}`, ...householdIds.map((id) => `household_id=eq.${id}`)].flatMap((filter) =>
    REALTIME_EVENTS.map((event) => ({ event, schema: 'public', table: 'expenses', filter })),
  ),
  // Each household's repayments (« Régler » on another phone): members may read them (migration
  // 20261206121000), an outsider's subscription hears nothing; they are never changed or deleted.
  ...householdIds.map((id) => ({
    event: 'INSERT' as const,
    schema: 'public',
    table: 'settlements',
    filter: `household_id=eq.${id}`,
  })),
];
