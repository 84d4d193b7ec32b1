-- Household budgets: a monthly amount per category (or `total`) and currency for a household,
-- compared with its bills (whole), and the alerts already sent for it: each threshold (80 %,
-- 100 %) is claimed once per household, category, currency and month, and announced to every
-- member. Only the household's current members see or change them (an outsider: nothing).
create table household_budgets (
  household_id uuid not null references households (id) on delete cascade,
  category text not null check (
    category in ('groceries', 'dining', 'transport', 'housing', 'utilities', 'health',
                 'shopping', 'leisure', 'travel', 'education', 'gifts', 'other', 'total')
  ),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  amount numeric(10, 2) not null check (amount > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (household_id, category, currency)
);

create trigger household_budgets_touch_updated_at
  before update on household_budgets
  for each row execute function voicetrack_touch_updated_at();

create table household_budget_alerts (
  household_id uuid not null references households (id) on delete cascade,
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  category text not null,
  currency char(3) not null,
  threshold smallint not null check (threshold in (80, 100)),
  sent_at timestamptz not null default now(),
  primary key (household_id, month, category, currency, threshold)
);

alter table household_budgets enable row level security;
alter table household_budget_alerts enable row level security;
revoke all on household_budgets, household_budget_alerts from anon, authenticated;
grant select, insert, update, delete on household_budgets to voicetrack_api;
grant select, insert on household_budget_alerts to voicetrack_api;
create policy household_budgets_api on household_budgets for all to voicetrack_api
  using (household_id in (select voicetrack_my_households()))
  with check (household_id in (select voicetrack_my_households()));
create policy household_budget_alerts_api on household_budget_alerts for all to voicetrack_api
  using (household_id in (select voicetrack_my_households()))
  with check (household_id in (select voicetrack_my_households()));
