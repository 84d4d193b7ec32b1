-- One row per note (voice or typed), keyed by the client's id: the idempotency key of the
-- whole pipeline. A request claims the note before it transcribes, so the same clientId sent
-- twenty times at once is transcribed and stored once; the others wait for the first answer.

create table captures (
  id uuid primary key default gen_random_uuid(),
  user_id uuid,
  client_id uuid not null,
  source text not null check (source in ('voice', 'text')),
  state text not null default 'processing' check (state in ('processing', 'done')),
  -- The lease of the request working on the note; a crashed request's lease runs out.
  claim_token uuid,
  claimed_at timestamptz,
  recorded_at timestamptz not null,
  timezone text not null,
  locale text not null,
  transcript text check (char_length(transcript) <= 10000),
  outcome text check (outcome in ('saved', 'needs_review', 'no_expense')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint captures_client_key unique nulls not distinct (user_id, client_id)
);

alter table expenses
  add column capture_id uuid references captures (id) on delete set null;

create trigger captures_touch_updated_at
  before update on captures
  for each row execute function voicetrack_touch_updated_at();
