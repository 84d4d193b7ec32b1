/**
 * Which Realtime changes of the expenses table the page listens to, and the channel that listens:
 * INSERT and UPDATE of the user's own rows and of their households' bills. Not DELETE: Realtime
 * does not filter DELETE events by RLS (any user's deleted id would reach every page); deletes
 * made elsewhere show when the page reads the list again (on focus, on becoming visible, after
 * each flush: shell/controller.ts).
 */
import type { RealtimePostgresChangesPayload, SupabaseClient } from '@supabase/supabase-js';

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

let channels = 0;

/**
 * One channel for these changes; `onChange` hears each row delivered (the page reads its list
 * again). Each channel has a topic of its own: the client hands back an existing channel of the
 * same topic, even one still leaving, which would never subscribe again.
 */
export function watchExpenseChanges(
  client: SupabaseClient,
  userId: string,
  householdIds: readonly string[],
  onChange: (change: RealtimePostgresChangesPayload<Record<string, unknown>>) => void,
  onStatus?: (status: string) => void,
): () => void {
  channels += 1;
  let channel = client.channel(`expenses:${userId}:${channels}`);
  for (const change of expenseChanges(userId, householdIds))
    channel = channel.on('postgres_changes', change, onChange);
  channel.subscribe((status) => onStatus?.(status));
  return () => void client.removeChannel(channel);
}
