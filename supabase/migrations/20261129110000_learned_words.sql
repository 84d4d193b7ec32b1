-- What each person taught the parser by correcting it: a merchant's or an item's words (the
-- normalised key, see shared/src/parse/memory.ts) mapped to a category. A later correction of the
-- same words replaces the earlier one. Per user, under RLS like every other table.
create table learned_words (
  id uuid primary key default gen_random_uuid(),
  user_id uuid default auth.uid() references auth.users (id) on delete cascade,
  phrase text not null check (char_length(phrase) between 1 and 200),
  category text not null check (
    category in ('groceries', 'dining', 'transport', 'housing', 'utilities', 'health', 'shopping',
                 'leisure', 'travel', 'education', 'gifts', 'other')
  ),
  updated_at timestamptz not null default now(),
  constraint learned_words_key unique nulls not distinct (user_id, phrase)
);

alter table learned_words enable row level security;
create policy learned_words_api on learned_words for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy learned_words_select on learned_words for select to authenticated
  using (user_id = (select auth.uid()));
revoke all on learned_words from anon;
grant select on learned_words to authenticated;
grant select, insert, update, delete on learned_words to voicetrack_api;

-- "je me ferai rembourser", "c'est la boîte qui paie": the expense is kept, flagged.
alter table expenses add column reimbursable boolean not null default false;

-- The local parser's amounts and date with the model's category (asked for the category only).
alter table expenses drop constraint expenses_parsed_by_check;
alter table expenses add constraint expenses_parsed_by_check
  check (parsed_by in ('local', 'llm', 'local+llm', 'user', 'none'));
