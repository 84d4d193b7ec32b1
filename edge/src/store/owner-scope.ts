/**
 * Every query of the store runs as its owner. Local mode: `user_id is null`. Supabase mode: the
 * owner's verified claims go to Postgres so Row Level Security decides, as PostgREST does.
 */
import type { Owner } from '../ports.ts';
import type { Sql, SqlParam, SqlTx } from './sql.ts';

/** `alias.user_id = $n`, or `alias.user_id is null` in local mode (so the index is used). */
export function ownerFilter(owner: Owner, params: SqlParam[], alias: string): string {
  if (owner.userId === null) return `${alias}.user_id is null`;
  params.push(owner.userId);
  return `${alias}.user_id = $${params.length}`;
}

/** The owner's rows and, in Supabase mode, their households' bills (any member may edit one). */
export function ownedOrSharedFilter(owner: Owner, params: SqlParam[], alias: string): string {
  if (owner.userId === null) return `${alias}.user_id is null`;
  params.push(owner.userId);
  const n = params.length;
  return `(${alias}.user_id = $${n} or ${alias}.household_id in
    (select household_id from household_members where user_id = $${n}::uuid and left_at is null))`;
}

/** `e.household_id = $n`, and in Supabase mode only a household the owner is an active member of. */
export function householdFilter(owner: Owner, params: SqlParam[], householdId: string): string {
  params.push(householdId);
  const clause = `e.household_id = $${params.length}::uuid`;
  if (owner.userId === null) return clause;
  params.push(owner.userId);
  return `${clause} and e.household_id in (select household_id from household_members where user_id = $${params.length}::uuid and left_at is null)`;
}

export type AsOwner = <T>(owner: Owner, fn: (tx: SqlTx) => Promise<T>, atomic?: boolean) => Promise<T>;

/**
 * Runs fn as the owner. With claims (Supabase mode) always in a transaction, so `set local`
 * scopes the role to it; without, only when fn needs all-or-nothing.
 */
export function ownerScope(sql: Sql): AsOwner {
  return (owner, fn, atomic = false) => {
    if (!owner.claims) return atomic ? sql.transaction(fn) : fn(sql);
    return sql.transaction(async (tx) => {
      // As Supabase's PostgREST does per request, but as the API's own role (the Data API's
      // `authenticated` may only read): RLS policies read auth.uid() from these claims.
      await tx.query(
        `select set_config('request.jwt.claims', $1, true), set_config('role', 'voicetrack_api', true)`,
        [JSON.stringify(owner.claims)],
      );
      return fn(tx);
    });
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from URLs: anything that is not a UUID matches no row (never a cast error). */
export const isUuid = (s: string): boolean => UUID.test(s);
