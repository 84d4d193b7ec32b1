-- Telegram updates not handled yet (the transcription provider or Telegram itself down): kept
-- here and retried by the server, so a voice message outlives an outage longer than Telegram's
-- own redelivery, which gives up after a number of attempts it does not publish.
create table telegram_pending (
  bot_id text not null,
  update_id bigint not null,
  payload jsonb not null,
  attempts integer not null default 0,
  next_at timestamptz not null default now(),
  last_error text,
  kept_at timestamptz not null default now(),
  primary key (bot_id, update_id)
);
create index telegram_pending_due_idx on telegram_pending (bot_id, next_at);

alter table telegram_pending enable row level security;
-- The server reads it as the tables' owner (no person is known before the update is read).
revoke all on telegram_pending from anon, authenticated;
