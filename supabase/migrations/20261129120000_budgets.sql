-- Monthly budgets, per category (or the month's `total`) and currency, and the alerts already
-- sent: each threshold (80 %, 100 %) alerts once per category, currency and month. The key of
-- budget_alerts makes "insert or nothing" the whole rule: an edit that goes under a threshold and
-- over it again finds its alert already there.
create table budgets (
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  category text not null check (
    category in ('groceries', 'dining', 'transport', 'housing', 'utilities', 'health',
                 'shopping', 'leisure', 'travel', 'education', 'gifts', 'other', 'total')
  ),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  amount numeric(10, 2) not null check (amount > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint budgets_key unique nulls not distinct (user_id, category, currency)
);

create trigger budgets_touch_updated_at
  before update on budgets
  for each row execute function voicetrack_touch_updated_at();

create table budget_alerts (
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  category text not null check (
    category in ('groceries', 'dining', 'transport', 'housing', 'utilities', 'health',
                 'shopping', 'leisure', 'travel', 'education', 'gifts', 'other', 'total')
  ),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  threshold smallint not null check (threshold in (80, 100)),
  sent_at timestamptz not null default now(),
  constraint budget_alerts_key unique nulls not distinct (user_id, month, category, currency, threshold)
);

-- As every table: the API's role under per-user policies; the Data API's roles get nothing
-- (the PWA reads budgets through the API, and no Realtime feed needs them).
alter table budgets enable row level security;
alter table budget_alerts enable row level security;
revoke all on budgets, budget_alerts from anon, authenticated;
grant select, insert, update, delete on budgets, budget_alerts to voicetrack_api;
create policy budgets_api on budgets for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy budget_alerts_api on budget_alerts for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
