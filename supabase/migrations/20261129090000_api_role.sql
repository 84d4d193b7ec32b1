-- Writes go through the API only. Supabase's Data API (PostgREST) serves the `public` schema to
-- anyone holding the publishable key: a signed-in user could insert or change their rows there,
-- past the API's validation (RLS would still keep them to their own rows). So the API runs each
-- request as its own role, `voicetrack_api`, under the same per-user policies, and the Data API's
-- `authenticated` role keeps only what Supabase Realtime needs: reading its own rows.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'voicetrack_api') then
    create role voicetrack_api nologin noinherit;
  end if;
end
$$;
-- The role the API connects as (postgres on Supabase) may take it for a transaction.
grant voicetrack_api to current_user;

grant usage on schema public to voicetrack_api;
-- No grant on schema auth: Supabase's postgres holds USAGE there without grant option, so it would
-- grant nothing (a warning). None is needed: the policies and column defaults call auth.uid() by
-- the reference stored when they were made, and EXECUTE on it is PUBLIC's.
grant usage on schema supabase_migrations to voicetrack_api;
grant select on supabase_migrations.schema_migrations to voicetrack_api;

revoke insert, update, delete, truncate, references, trigger
  on expenses, captures, report_deliveries, provider_usage from authenticated, anon;
revoke all on expenses, captures, report_deliveries, provider_usage from anon;
grant select on expenses, captures, report_deliveries, provider_usage to authenticated;
grant select, insert, update, delete on expenses, captures, report_deliveries, provider_usage to voicetrack_api;

-- `(select auth.uid())` is evaluated once per query, not once per row.
create policy expenses_api on expenses for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy captures_api on captures for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy report_deliveries_api on report_deliveries for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy provider_usage_api on provider_usage for all to voicetrack_api
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
