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

/**
 * The owner's personal expenses (no household's bill) and the bills of the households they are
 * an active member of. Local mode: every row of the server (its household's bills are its own).
 */
export function mineAndSharedFilter(owner: Owner, params: SqlParam[], alias: string): string {
  if (owner.userId === null) return `${alias}.user_id is null`;
  params.push(owner.userId);
  const n = params.length;
  return `((${alias}.user_id = $${n} and ${alias}.household_id is null) or ${alias}.household_id in
    (select household_id from household_members where user_id = $${n}::uuid and left_at is null))`;
}

/** The owner's own expenses that belong to no household: the personal list. */
export function personalFilter(owner: Owner, params: SqlParam[], alias: string): string {
  return `${ownerFilter(owner, params, alias)} and ${alias}.household_id is null`;
}

/**
 * What an expense costs the owner: a personal one its amount; a household's bill the cents of
 * the split that are the owner's (their memberships in Supabase mode, the device's person in local
 * mode). Where the asker speaks for nobody (local mode's own machine, a phone paired for no
 * person, `pnpm report`), the whole bill: the server's ledger is the family's.
 */
export function ownerPart(owner: Owner, params: SqlParam[], alias: string): string {
  let mine: string;
  if (owner.userId !== null) {
    params.push(owner.userId);
    mine = `select m.id::text from household_members m where m.user_id = $${params.length}::uuid`;
  } else if (owner.deviceId && isUuid(owner.deviceId)) {
    params.push(owner.deviceId);
    mine = `select d.member_id::text from devices d where d.id = $${params.length}::uuid and d.member_id is not null`;
  } else return `${alias}.amount`;
  const cents = `(select coalesce(sum((s ->> 'cents')::bigint), 0) from jsonb_array_elements(${alias}.split) s
    where s ->> 'memberId' in (${mine}))`;
  return `case when ${alias}.household_id is null or ${alias}.amount is null then ${alias}.amount
    when exists (${mine}) then round(${cents}::numeric / 100, 2) else ${alias}.amount end`;
}

/** `and <column> = $n` with the value pushed, or nothing when there is no value. */
export function andEquals(params: SqlParam[], column: string, value: string | undefined, cast = ''): string {
  if (value === undefined) return '';
  params.push(value);
  return `and ${column} = $${params.length}${cast}`;
}

/** Households (alias `h`) visible to the owner: their active memberships (local mode: every household). */
export function visibleHouseholds(owner: Owner, params: SqlParam[]): string {
  if (owner.userId === null) return 'true';
  params.push(owner.userId);
  return `h.id in (select household_id from household_members where user_id = $${params.length}::uuid and left_at is null)`;
}
