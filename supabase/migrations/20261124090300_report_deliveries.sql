-- Which monthly reports were sent, and where: the schedule never sends the same month twice,
-- even across restarts or with several server instances.
create table report_deliveries (
  user_id uuid,
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  channel text not null check (channel in ('email', 'telegram')),
  sent_at timestamptz not null default now(),
  constraint report_deliveries_key unique nulls not distinct (user_id, month, channel)
);
