-- Each note reads its owner's largest saved expense of the last 90 days (plausibility). Walking
-- these indexes from the top amount down stops at the first recent row, instead of reading every
-- row of the last 90 days (tens of thousands on a heavy day). Local mode (user_id null) has its
-- own partial index, as for the list: `is null` does not order an index scan the way `=` does.
create index expenses_largest_idx on expenses (user_id, currency, amount desc)
  where status = 'saved' and amount is not null;
create index expenses_local_largest_idx on expenses (currency, amount desc)
  where user_id is null and status = 'saved' and amount is not null;
