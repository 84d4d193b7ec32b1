-- Live updates in local mode: every change to an expense is announced on a channel the edge
-- listens to (LISTEN/NOTIFY), and pushed to the user's open devices over SSE. Supabase mode uses
-- Realtime (postgres_changes) instead; the payload carries only ids, never amounts or words.
create function voicetrack_notify_expense() returns trigger
language plpgsql as $$
declare
  row_data expenses;
begin
  row_data := coalesce(new, old);
  perform pg_notify(
    'voicetrack_expenses',
    json_build_object('op', lower(tg_op), 'id', row_data.id, 'userId', row_data.user_id)::text
  );
  return null;
end;
$$;

create trigger expenses_notify
  after insert or update or delete on expenses
  for each row execute function voicetrack_notify_expense();
