/** Whose data a use case touches: every port's first argument. */
export interface Owner {
  /** Local mode has one user: null. */
  userId: string | null;
  /** The verified JWT claims, in Supabase mode: Postgres' RLS reads them. */
  claims?: Record<string, unknown>;
  /** The paired device (or personal token) the request came with, if any. */
  deviceId?: string;
}

export const LOCAL_OWNER: Owner = { userId: null };

/**
 * A Supabase user acting without a JWT of their own (a personal token, a linked Telegram chat, a
 * pairing code they made): the claims RLS reads (`sub`) are written for them.
 */
export function userOwner(userId: string, deviceId?: string): Owner {
  const claims = { sub: userId, role: 'authenticated', aud: 'authenticated' };
  return deviceId ? { userId, claims, deviceId } : { userId, claims };
}
