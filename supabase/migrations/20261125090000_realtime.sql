-- Supabase Realtime: the PWA listens to postgres_changes on expenses, filtered by its user (RLS
-- still decides what each subscriber receives). Supabase creates the supabase_realtime
-- publication; PGlite and a plain PostgreSQL server have none, and then this does nothing.
do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime')
     and not exists (
       select 1 from pg_publication_tables
       where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'expenses'
     ) then
    alter publication supabase_realtime add table public.expenses;
  end if;
end
$$;
