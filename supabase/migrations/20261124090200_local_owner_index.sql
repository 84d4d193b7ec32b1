-- Local mode stores user_id NULL, and Postgres does not treat `user_id is null` as a constant
-- for ordering: the (user_id, date…) index could not serve "newest first" and every list sorted
-- the whole table. This partial index serves the single local user.
create index expenses_local_date_idx on expenses (expense_date desc, created_at desc, id desc)
  where user_id is null;
