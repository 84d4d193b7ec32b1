-- The seed's expenses table (amount DECIMAL(10,2), category, description, expense date,
-- created_at, index on date desc), grown to the Expense contract of ARCHITECTURE.md.
-- One voice note can hold several expenses ("8 € de pain et 23 € de fromage"), so the
-- idempotency key of a row is (user_id, client_id, position); captures.sql keys the note itself.

create table expenses (
  id uuid primary key default gen_random_uuid(),
  -- Nullable until Supabase auth arrives: local single-user mode stores NULL.
  user_id uuid,
  client_id uuid not null,
  position smallint not null default 0 check (position >= 0 and position < 50),
  -- NULL only for a note we heard but could not read an amount from: it waits for the user.
  amount numeric(10, 2) check (amount > 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  category text not null default 'other' check (
    category in ('groceries', 'dining', 'transport', 'housing', 'utilities', 'health',
                 'shopping', 'leisure', 'travel', 'education', 'gifts', 'other')
  ),
  description text not null default '' check (char_length(description) <= 200),
  expense_date date not null,
  transcript text check (char_length(transcript) <= 10000),
  source text not null check (source in ('voice', 'text')),
  status text not null default 'saved' check (status in ('saved', 'needs_review')),
  -- Which path produced the row: the local parser, the LLM (checked against the words), a person.
  parsed_by text not null default 'local' check (parsed_by in ('local', 'llm', 'user', 'none')),
  review_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint expenses_amount_or_review check (amount is not null or status = 'needs_review'),
  constraint expenses_client_key unique nulls not distinct (user_id, client_id, position)
);

-- The month list and the report read by user and date, newest first.
create index expenses_user_date_idx on expenses (user_id, expense_date desc, created_at desc, id desc);

create function voicetrack_touch_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

create trigger expenses_touch_updated_at
  before update on expenses
  for each row execute function voicetrack_touch_updated_at();
