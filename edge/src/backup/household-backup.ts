/**
 * The households in a backup (version 6): households, their members (those who left too: old
 * bills name them) and the repayments; from version 7 their budgets and the alerts already sent. Restored before the expenses, whose bills point at the
 * members. Invites are not kept: one-use codes of a week, like pairing codes.
 */
export const HOUSEHOLD_DUMPS = {
  households: `select id::text, name, created_at::text from households order by created_at, id`,
  household_members: `select id::text, household_id::text, user_id::text, name, role, joined_at::text,
    left_at::text from household_members order by joined_at, id`,
  settlements: `select id::text, household_id::text, user_id::text, from_member::text, to_member::text,
    amount::text, currency::text, created_at::text from settlements order by created_at, id`,
  household_budgets: `select household_id::text, category, currency::text, amount::text, created_at::text,
    updated_at::text from household_budgets order by household_id, category, currency`,
  household_budget_alerts: `select household_id::text, month, category, currency::text, threshold,
    sent_at::text from household_budget_alerts order by household_id, month, category, currency, threshold`,
} as const;

/** In this order: households, then members, then repayments between members, then budgets. */
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
  [
    'household_budgets',
    `insert into household_budgets (household_id, category, currency, amount, created_at, updated_at)
    select r.household_id::uuid, r.category, r.currency, r.amount::numeric, r.created_at::timestamptz,
      r.updated_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(household_id text, category text, currency text, amount text,
      created_at text, updated_at text)
    on conflict do nothing`,
  ],
  [
    'household_budget_alerts',
    `insert into household_budget_alerts (household_id, month, category, currency, threshold, sent_at)
    select r.household_id::uuid, r.month, r.category, r.currency, r.threshold, r.sent_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(household_id text, month text, category text, currency text,
      threshold smallint, sent_at text)
    on conflict do nothing`,
  ],
] as const;
