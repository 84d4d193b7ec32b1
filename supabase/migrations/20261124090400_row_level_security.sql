-- Multi-user mode: each row belongs to a Supabase user, and Postgres itself decides who sees
-- what. The edge runs each request as `authenticated` with the verified JWT claims; local
-- single-user mode connects as the tables' owner (user_id NULL), which RLS does not restrict.

alter table expenses
  alter column user_id set default auth.uid(),
  add constraint expenses_user_fk foreign key (user_id) references auth.users (id) on delete cascade;
alter table captures
  alter column user_id set default auth.uid(),
  add constraint captures_user_fk foreign key (user_id) references auth.users (id) on delete cascade;
alter table report_deliveries
  alter column user_id set default auth.uid(),
  add constraint report_deliveries_user_fk foreign key (user_id) references auth.users (id) on delete cascade;

create index captures_user_idx on captures (user_id);

alter table expenses enable row level security;
alter table captures enable row level security;
alter table report_deliveries enable row level security;

-- `(select auth.uid())` is evaluated once per query, not once per row.
create policy expenses_select on expenses for select to authenticated using (user_id = (select auth.uid()));
create policy expenses_insert on expenses for insert to authenticated with check (user_id = (select auth.uid()));
create policy expenses_update on expenses for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy expenses_delete on expenses for delete to authenticated using (user_id = (select auth.uid()));

create policy captures_select on captures for select to authenticated using (user_id = (select auth.uid()));
create policy captures_insert on captures for insert to authenticated with check (user_id = (select auth.uid()));
create policy captures_update on captures for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy captures_delete on captures for delete to authenticated using (user_id = (select auth.uid()));

create policy report_deliveries_all on report_deliveries for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

revoke all on expenses, captures, report_deliveries from anon;
grant select, insert, update, delete on expenses, captures, report_deliveries to authenticated;
-- The migration table is read by the health check, whoever asks.
grant usage on schema supabase_migrations to authenticated;
grant select on supabase_migrations.schema_migrations to authenticated;
