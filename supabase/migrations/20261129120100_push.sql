-- Web Push: each device's subscription (the push service's endpoint and the browser's keys, with
-- the page's locale so alerts are written in its language), and the server's VAPID key pair,
-- made at first start when VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY are not set.
create table push_subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  endpoint text not null check (char_length(endpoint) <= 2048),
  p256dh text not null check (char_length(p256dh) <= 100),
  auth text not null check (char_length(auth) <= 40),
  locale text check (char_length(locale) <= 40),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint push_subscriptions_key unique nulls not distinct (user_id, endpoint)
);

create trigger push_subscriptions_touch_updated_at
  before update on push_subscriptions
  for each row execute function voicetrack_touch_updated_at();

-- One row at most (id is always true). The private key signs every push: only the server's own
-- connection reads it. RLS is on with no policy and no grant, so neither the Data API's roles nor
-- the API's per-user role can read it.
create table push_vapid_keys (
  id boolean primary key default true check (id),
  public_key text not null,
  private_key text not null,
  created_at timestamptz not null default now()
);

alter table push_subscriptions enable row level security;
alter table push_vapid_keys enable row level security;
revoke all on push_subscriptions, push_vapid_keys from anon, authenticated;
grant select, insert, update, delete on push_subscriptions to voicetrack_api;
create policy push_subscriptions_api on push_subscriptions for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
