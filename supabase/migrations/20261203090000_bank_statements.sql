-- Bank statements and their lines, matched with the expenses people said or typed. A line is
-- known by its identity (line_key: a SHA-256 of the account and the bank's reference, or of its
-- content and rank among identical lines), once per user: importing a statement again, or one
-- that overlaps it, adds nothing. A matched expense points at its line (bank_line_id): one line,
-- one expense. Deleting a statement deletes its lines; the expenses stay (their match goes).
-- Labels and account numbers are the person's data: kept here and in backups, masked in the UI.
create table bank_statements (
  id uuid primary key default gen_random_uuid(),
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  format text not null check (format in ('camt053', 'ofx', 'qif', 'csv')),
  -- The account as the person names it ("Compte joint"), or '' when they did not.
  account text not null default '' check (char_length(account) <= 60),
  -- The account's number the file gave (IBAN, ACCTID), when it did.
  account_number text check (char_length(account_number) <= 80),
  file_name text check (char_length(file_name) <= 255),
  first_date date,
  last_date date,
  lines integer not null default 0,
  debits integer not null default 0,
  credits integer not null default 0,
  duplicates integer not null default 0,
  refused jsonb not null default '[]'::jsonb,
  created_at timestamptz not null default now()
);
create index bank_statements_user_idx on bank_statements (user_id, created_at desc);

create table bank_lines (
  id uuid primary key default gen_random_uuid(),
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  statement_id uuid not null references bank_statements (id) on delete cascade,
  line_key text not null check (line_key ~ '^[0-9a-f]{64}$'),
  -- Where the line is in its file (its entry's first line): what the person is pointed at.
  file_line integer not null default 0,
  direction text not null check (direction in ('debit', 'credit')),
  withdrawal boolean not null default false,
  booking_date date not null,
  value_date date,
  amount numeric(10, 2) not null check (amount > 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  original_amount numeric(10, 2) check (original_amount > 0),
  original_currency char(3) check (original_currency ~ '^[A-Z]{3}$'),
  label text not null default '' check (char_length(label) <= 1000),
  -- The category the label suggests (learned words, then the parser's lexicon).
  category text not null default 'other' check (
    category in ('groceries', 'dining', 'transport', 'housing', 'utilities', 'health',
                 'shopping', 'leisure', 'travel', 'education', 'gifts', 'other')
  ),
  -- Expenses the label could not tell apart (ids), when several fit.
  candidates jsonb not null default '[]'::jsonb,
  ignored_at timestamptz,
  created_at timestamptz not null default now(),
  constraint bank_lines_key unique nulls not distinct (user_id, line_key)
);
create index bank_lines_statement_idx on bank_lines (statement_id);
-- The matcher and the month view read lines by date.
create index bank_lines_user_date_idx on bank_lines (user_id, booking_date);

alter table expenses add column bank_line_id uuid references bank_lines (id) on delete set null;
create unique index expenses_bank_line_idx on expenses (bank_line_id) where bank_line_id is not null;

-- Expenses accepted from a suggestion say so.
alter table expenses drop constraint expenses_source_check;
alter table expenses add constraint expenses_source_check
  check (source in ('voice', 'text', 'recurring', 'bank'));

-- The CSV mapping a person gave for an account, used again for that account's next file.
create table bank_csv_mappings (
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  account text not null default '' check (char_length(account) <= 60),
  mapping jsonb not null,
  updated_at timestamptz not null default now(),
  constraint bank_csv_mappings_key unique nulls not distinct (user_id, account)
);

-- As every table: the API's role under per-user policies; the Data API's roles get nothing.
alter table bank_statements enable row level security;
alter table bank_lines enable row level security;
alter table bank_csv_mappings enable row level security;
revoke all on bank_statements, bank_lines, bank_csv_mappings from anon, authenticated;
grant select, insert, update, delete on bank_statements, bank_lines, bank_csv_mappings to voicetrack_api;
create policy bank_statements_api on bank_statements for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy bank_lines_api on bank_lines for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy bank_csv_mappings_api on bank_csv_mappings for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
