/**
 * A fresh database on the real PostgreSQL server for each test file, dropped afterwards. The
 * server is TEST_PG_ADMIN_URL: the one the test run started (test-postgres.ts, Vitest's global
 * setup) or an existing one the user named.
 */
import postgres from 'postgres';

/** Read when a database is made, not at import: the bench starts its server after importing. */
function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) {
    throw new Error(
      'TEST_PG_ADMIN_URL is not set: run the tests through Vitest (its global setup starts a PostgreSQL ' +
        'server of its own, tests/support/test-postgres.ts) or set it to an existing server',
    );
  }
  return url;
}

/**
 * Roles (and grants on a server parameter) are the cluster's, not a database's: two test files
 * changing the same one at once fail with "tuple concurrently updated", or a duplicate key when
 * both create it. Such changes run one at a time under this lock. It is held on the admin
 * database, as advisory locks are per database; ending the session releases it.
 */
export async function withClusterLock<T>(change: () => Promise<T>): Promise<T> {
  const lock = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await lock`select pg_advisory_lock(7263101)`;
    return await change();
  } finally {
    await lock.end();
  }
}

/**
 * The cluster-wide roles that every database's setup names (supabase-shim.sql's API roles, the
 * migrations' `voicetrack_api` granted to the migrating user, the hosted setup's `auth` owner),
 * made once by the run's global setup, before test files running two at a time would each
 * create them (their `if not exists` is a race between two sessions).
 */
const CLUSTER_ROLES_SQL = `
  do $$
  begin
    if not exists (select 1 from pg_roles where rolname = 'anon') then
      create role anon nologin noinherit;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'authenticated') then
      create role authenticated nologin noinherit;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'service_role') then
      create role service_role nologin noinherit bypassrls;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
      create role supabase_auth_admin nologin noinherit;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'voicetrack_api') then
      create role voicetrack_api nologin noinherit;
    end if;
  end
  $$;
  grant voicetrack_api to current_user;
`;

export async function createClusterRoles(): Promise<void> {
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(CLUSTER_ROLES_SQL);
  } finally {
    await admin.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A new database on the run's server; a copy of `template` (a database no one is connected to) when given. */
export async function createTestDatabase(prefix = 'vt_test', template?: string): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const adminAt = adminUrl();
  const admin = postgres(adminAt, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminAt);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const a = postgres(adminAt, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}

/**
 * Adds these users to the database's auth.users (where Supabase's Auth keeps them), connected as
 * the database's URL says; the app's migrations must have run on it (its stand-in for the table).
 */
export async function addAuthUsers(url: string, ...ids: string[]): Promise<void> {
  const admin = postgres(url, { max: 1 });
  try {
    for (const id of ids) await admin`insert into auth.users (id) values (${id})`;
  } finally {
    await admin.end();
  }
}
