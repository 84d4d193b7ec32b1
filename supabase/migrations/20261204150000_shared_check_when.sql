-- The check of a household's bill (payer, shares, sum) ran for every expense written, a personal
-- one too, only to return at once: the WHEN clause is evaluated without calling the function, so
-- a big import of personal expenses no longer pays a plpgsql call per row. The function is
-- unchanged (its own first test stays, for a caller that bypasses this trigger).
drop trigger expenses_check_shared on expenses;
create trigger expenses_check_shared
  before insert or update of household_id, paid_by, split, amount on expenses
  for each row when (new.household_id is not null)
  execute function voicetrack_check_shared_expense();
