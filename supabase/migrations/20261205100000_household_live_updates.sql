-- Live updates for households' bills. The change notifications name the bill's household, so the
-- API's change stream (GET /api/events) can tell every current member of it, and nobody else;
-- and Supabase Realtime, which delivers a row only to a subscriber whose policies let them read
-- it, may deliver a household's bill to its members: the Data API's `authenticated` role reads
-- the bills of its households (as the API's own role already does), never another's.
create or replace function voicetrack_notify_expenses() returns trigger
language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform pg_notify(
      'voicetrack_expenses',
      json_build_object('op', 'delete', 'id', o.id, 'userId', o.user_id, 'householdId', o.household_id)::text
    ) from old_rows o;
  else
    perform pg_notify(
      'voicetrack_expenses',
      json_build_object('op', lower(tg_op), 'id', n.id, 'userId', n.user_id, 'householdId', n.household_id)::text
    ) from new_rows n;
  end if;
  return null;
end;
$$;

grant execute on function voicetrack_my_households() to authenticated;
create policy expenses_select_household on expenses for select to authenticated
  using (household_id in (select voicetrack_my_households()));
