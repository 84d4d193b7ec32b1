-- The cost ledger: one row per provider call, with what was billed and what it cost in
-- nano-dollars (integers add exactly). Read by GET /api/usage and the monthly report.
create table provider_usage (
  id uuid primary key default gen_random_uuid(),
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  occurred_at timestamptz not null default now(),
  model text not null,
  kind text not null check (kind in ('transcription', 'chat')),
  audio_seconds numeric(10, 2) not null default 0,
  billed_seconds numeric(10, 2) not null default 0,
  prompt_tokens integer not null default 0,
  completion_tokens integer not null default 0,
  cost_nano_usd bigint
);
create index provider_usage_user_time_idx on provider_usage (user_id, occurred_at);

alter table provider_usage enable row level security;
create policy provider_usage_select on provider_usage for select to authenticated using (user_id = (select auth.uid()));
create policy provider_usage_insert on provider_usage for insert to authenticated with check (user_id = (select auth.uid()));
revoke all on provider_usage from anon;
grant select, insert on provider_usage to authenticated;
