/**
 * A database owned as a hosted Supabase project's is, on the run's PostgreSQL server. What the
 * plain shim (supabase/local/supabase-shim.sql, applied as a superuser) does not model, and what
 * makes a migration that only works as a superuser fail here as it fails on Supabase:
 *
 * - `auth` (the schema, `auth.users`, `auth.uid()`) belongs to another role, `supabase_auth_admin`;
 *   Supabase's `postgres` has USAGE on the schema and every privilege on its tables, all without
 *   grant option (supabase/postgres: 20211115181400_update-auth-permissions.sql).
 * - The migrations run as that `postgres`: not a superuser, CREATEROLE and BYPASSRLS
 *   (10000000000000_demote-postgres.sql), a member of the API roles (so the SQL editor can `set
 *   role authenticated`), owner of `public` and of the `supabase_realtime` publication. Roles are cluster-wide and test files run in parallel, so each database gets its
 *   own such role, `<database>_pg`, in the part of `postgres`.
 * - What `postgres` creates in `public` is granted to the Data API's roles by default (a project's
 *   `pg_dump` shows `ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON
 *   TABLES TO anon, authenticated, service_role`): a table a migration leaves without RLS and
 *   without a revoke is readable with the publishable key.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { createTestDatabase, type TestDatabase, withClusterLock } from './postgres.ts';

const SHIM = fileURLToPath(new URL('../../supabase/local/supabase-shim.sql', import.meta.url));

export interface HostedDatabase extends TestDatabase {
  /** The database as Supabase's `postgres` (what `supabase db push` and the pooler connect as). */
  url: string;
  /** The same database as the server's superuser (Supabase's own `supabase_admin`). */
  adminUrl: string;
  /** The role in the part of `postgres`. */
  owner: string;
}

/** Runs `statement` unless the object exists: parallel files create the cluster's roles at once. */
const once = (statement: string) =>
  `do $$ begin ${statement}; exception when duplicate_object then null; end $$`;

export async function createHostedDatabase(prefix = 'vt_hosted'): Promise<HostedDatabase> {
  const db = await createTestDatabase(prefix);
  const owner = `${db.name}_pg`;
  const adminUrl = db.url;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  // Roles and the parameter's grant are the cluster's: one file's setup at a time.
  await withClusterLock(async () => {
    for (const role of ['anon', 'authenticated', 'service_role', 'supabase_auth_admin'])
      await admin.unsafe(once(`create role ${role} nologin noinherit`));
    await admin.unsafe(`alter role service_role bypassrls`);
    await admin.unsafe(`create role ${owner} login nosuperuser createrole bypassrls`);
    await admin.unsafe(readFileSync(SHIM, 'utf8'));
    await admin.unsafe(`
      alter schema auth owner to supabase_auth_admin;
      alter table auth.users owner to supabase_auth_admin;
      alter function auth.uid() owner to supabase_auth_admin;
      alter function auth.role() owner to supabase_auth_admin;
      grant anon, authenticated, service_role to ${owner};
      grant usage on schema auth to ${owner};
      grant all on all tables in schema auth to ${owner};
      alter schema public owner to ${owner};
      -- Supabase lets its postgres restore data with triggers and foreign keys off, as its
      -- backup guide does (SET session_replication_role = replica), which only a superuser may
      -- otherwise do.
      grant set on parameter session_replication_role to ${owner};
      grant all on database ${db.name} to ${owner};
      create publication supabase_realtime;
      alter publication supabase_realtime owner to ${owner};
      alter default privileges for role ${owner} in schema public
        grant all on tables to anon, authenticated, service_role;
      alter default privileges for role ${owner} in schema public
        grant all on sequences to anon, authenticated, service_role;
      alter default privileges for role ${owner} in schema public
        grant all on functions to anon, authenticated, service_role;
    `);
  }).finally(() => admin.end());
  const url = new URL(adminUrl);
  url.username = owner;
  return {
    ...db,
    url: url.toString(),
    adminUrl,
    owner,
    drop: async () => {
      await db.drop();
      const a = postgres(adminUrl.replace(`/${db.name}`, '/postgres'), { max: 1, onnotice: () => {} });
      // A parameter's grant lives in the cluster's catalog, not the database's. Twice is once.
      await withClusterLock(async () => {
        const [role] = await a`select 1 from pg_roles where rolname = ${owner}`;
        if (role) {
          await a.unsafe(`revoke set on parameter session_replication_role from ${owner}`);
          await a.unsafe(`drop role ${owner}`);
        }
      }).finally(() => a.end());
    },
  };
}
