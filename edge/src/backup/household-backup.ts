/**
 * The households in a backup (version 6): households, their members (those who left too: old
 * bills name them) and the repayments. Restored before the expenses, whose bills point at the
 * members. Invites are not kept: one-use codes of a week, like pairing codes.
 */
export const HOUSEHOLD_DUMPS = {
  households: `select id::text, name, created_at::text from households order by created_at, id`,
  household_members: `select id::text, household_id::text, user_id::text, name, role, joined_at::text,
    left_at::text from household_members order by joined_at, id`,
  settlements: `select id::text, household_id::text, user_id::text, from_member::text, to_member::text,
    amount::text, currency::text, created_at::text from settlements order by created_at, id`,
} as const;

/** In this order: households, then members, then repayments between members. */
export const RESTORE_HOUSEHOLDS = [
  [
    'households',
    `insert into households (id, name, created_at)
    select r.id::uuid, r.name, r.created_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(id text, name text, created_at text)
    on conflict do nothing`,
  ],
  [
    'household_members',
    `insert into household_members (id, household_id, user_id, name, role, joined_at, left_at)
    select r.id::uuid, r.household_id::uuid, r.user_id::uuid, r.name, r.role, r.joined_at::timestamptz,
      r.left_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(id text, household_id text, user_id text, name text, role text,
      joined_at text, left_at text)
    on conflict do nothing`,
  ],
  [
    'settlements',
    `insert into settlements (id, household_id, user_id, from_member, to_member, amount, currency, created_at)
    select r.id::uuid, r.household_id::uuid, r.user_id::uuid, r.from_member::uuid, r.to_member::uuid,
      r.amount::numeric, r.currency, r.created_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(id text, household_id text, user_id text, from_member text,
      to_member text, amount text, currency text, created_at text)
    on conflict do nothing`,
  ],
] as const;
