-- Paired devices and personal tokens (local mode: `pnpm pair`; Supabase mode: a signed-in user's
-- tokens for Shortcuts), one-time codes (pairing, and linking a Telegram chat), linked chats.
-- Tokens and codes are stored as SHA-256 hex digests only: the database never holds one that
-- works. The API looks a token up as the tables' owner (before it knows who asks), then runs the
-- request as that token's user under the same policies as a JWT.

create table devices (
  id uuid primary key default gen_random_uuid(),
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 60),
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  -- Touched at most once a minute per device (a write per request would cost more than the request).
  last_used_at timestamptz,
  constraint devices_token_key unique (token_hash)
);
create index devices_user_idx on devices (user_id, created_at);

create table pairing_codes (
  code_hash text primary key check (code_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  purpose text not null check (purpose in ('device', 'telegram')),
  -- The device's name given with `pnpm pair --name`.
  name text check (char_length(name) between 1 and 60),
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index pairing_codes_expiry_idx on pairing_codes (expires_at);

-- Supabase mode: which user a Telegram chat writes for (linked with `/start <code>`).
create table telegram_chats (
  chat_id bigint primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  linked_at timestamptz not null default now()
);
create index telegram_chats_user_idx on telegram_chats (user_id);

alter table devices enable row level security;
alter table pairing_codes enable row level security;
alter table telegram_chats enable row level security;

-- Nothing here is for the Data API (not even reading: Realtime does not need it).
revoke all on devices, pairing_codes, telegram_chats from anon, authenticated;
grant select, insert, update, delete on devices, pairing_codes, telegram_chats to voicetrack_api;

create policy devices_api on devices for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy pairing_codes_api on pairing_codes for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy telegram_chats_api on telegram_chats for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
