/**
 * Which Realtime changes of the expenses table the page listens to: INSERT and UPDATE of the
 * user's own rows. Not DELETE: Realtime does not filter DELETE events by RLS (any user's deleted
 * id would reach every page); deletes made elsewhere show when the page reads the list again (on
 * focus, on becoming visible, after each flush: shell/controller.ts).
 */
export const REALTIME_EVENTS = ['INSERT', 'UPDATE'] as const;

export const expenseChanges = (userId: string) =>
  REALTIME_EVENTS.map((event) => ({
    event,
    schema: 'public',
    table: 'expenses',
    filter: `user_id=eq.${userId}`,
  }));
