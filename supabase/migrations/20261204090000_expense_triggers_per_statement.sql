-- A statement that changes many expenses at once (a bank statement matching 7,000 of them, an
-- import) costs one trigger call, not one per row: the change notifications are sent from a
-- statement-level trigger reading the rows it changed (transition tables), still one per
-- expense with the same payload ({op, id, userId}); and updated_at is touched by the row trigger
-- only when the statement did not set it itself (the WHEN clause is checked without calling it).
-- Supabase Realtime reads the WAL, not these triggers: nothing changes for it.
drop trigger expenses_notify on expenses;
drop function voicetrack_notify_expense();

create function voicetrack_notify_expenses() returns trigger
language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform pg_notify(
      'voicetrack_expenses',
      json_build_object('op', 'delete', 'id', o.id, 'userId', o.user_id)::text
    ) from old_rows o;
  else
    perform pg_notify(
      'voicetrack_expenses',
      json_build_object('op', lower(tg_op), 'id', n.id, 'userId', n.user_id)::text
    ) from new_rows n;
  end if;
  return null;
end;
$$;

-- A trigger with transition tables serves one event: three of them.
create trigger expenses_notify_insert
  after insert on expenses referencing new table as new_rows
  for each statement execute function voicetrack_notify_expenses();
create trigger expenses_notify_update
  after update on expenses referencing new table as new_rows
  for each statement execute function voicetrack_notify_expenses();
create trigger expenses_notify_delete
  after delete on expenses referencing old table as old_rows
  for each statement execute function voicetrack_notify_expenses();

drop trigger expenses_touch_updated_at on expenses;
create trigger expenses_touch_updated_at
  before update on expenses
  for each row when (new.updated_at is not distinct from old.updated_at)
  execute function voicetrack_touch_updated_at();
