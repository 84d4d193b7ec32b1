-- Recurring expenses: a rule makes one expense a month on its day (a day past the month's end
-- falls on its last day), in the rule's time zone. next_date is the next expense to make; the
-- expense's client_id is derived from (rule id, month), so the expenses' unique key makes each
-- month's insert idempotent across restarts, crashes, several instances and a late schedule.
create table recurring_rules (
  id uuid primary key default gen_random_uuid(),
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  amount numeric(10, 2) not null check (amount > 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  category text not null check (
    category in ('groceries', 'dining', 'transport', 'housing', 'utilities', 'health',
                 'shopping', 'leisure', 'travel', 'education', 'gifts', 'other')
  ),
  description text not null default '' check (char_length(description) <= 200),
  day_of_month smallint not null check (day_of_month between 1 and 31),
  timezone text not null check (char_length(timezone) between 1 and 64),
  next_date date not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- The runner asks "which rules are due" on every request that shows money.
create index recurring_rules_due_idx on recurring_rules (user_id, next_date);

create trigger recurring_rules_touch_updated_at
  before update on recurring_rules
  for each row execute function voicetrack_touch_updated_at();

-- The expenses a rule makes say so: source 'recurring' (shared/src/api.ts SOURCES).
alter table expenses drop constraint expenses_source_check;
alter table expenses add constraint expenses_source_check check (source in ('voice', 'text', 'recurring'));

alter table recurring_rules enable row level security;
revoke all on recurring_rules from anon, authenticated;
grant select, insert, update, delete on recurring_rules to voicetrack_api;
create policy recurring_rules_api on recurring_rules for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
