-- Idempotency-Key (issue 28.8): a creating POST sent again with the same key gets the first answer
-- instead of a second row. One row per (user, key): the request's fingerprint (method, path, caller,
-- body), and once answered, its status and body. Rows older than a day are dropped when the same
-- person sends a key again; a `pending` row whose request died is taken over after its lease.
create table idempotency_keys (
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  key text not null check (char_length(key) between 1 and 255),
  fingerprint text not null,
  state text not null default 'pending' check (state in ('pending', 'done')),
  status smallint,
  content_type text,
  body text check (octet_length(body) <= 1048576),
  created_at timestamptz not null default now(),
  constraint idempotency_keys_key unique nulls not distinct (user_id, key)
);

alter table idempotency_keys enable row level security;
revoke all on idempotency_keys from anon, authenticated;
grant select, insert, update, delete on idempotency_keys to voicetrack_api;
create policy idempotency_keys_api on idempotency_keys for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
