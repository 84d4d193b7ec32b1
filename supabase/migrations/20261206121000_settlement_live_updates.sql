-- Repayments live: a « Régler » on one phone reaches the other members' « Qui doit quoi » at
-- once. A new settlement is announced on the expenses' channel (`kind: settlement`, with its
-- household), so the API's change stream tells every current member of that household, and
-- nobody else; on Supabase, Realtime delivers it to members subscribed to their household's id:
-- the Data API's `authenticated` role may read (only read) the repayments of its own households.
create function voicetrack_notify_settlements() returns trigger
language plpgsql as $$
begin
  perform pg_notify(
    'voicetrack_expenses',
    json_build_object('op', 'insert', 'kind', 'settlement', 'id', n.id, 'userId', n.user_id,
                      'householdId', n.household_id)::text
  ) from new_rows n;
  return null;
end;
$$;

create trigger settlements_notify_insert
  after insert on settlements referencing new table as new_rows
  for each statement execute function voicetrack_notify_settlements();

grant select on settlements to authenticated;
create policy settlements_select_household on settlements for select to authenticated
  using (household_id in (select voicetrack_my_households()));

do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime')
     and not exists (
       select 1 from pg_publication_tables
       where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'settlements'
     ) then
    alter publication supabase_realtime add table public.settlements;
  end if;
end
$$;
