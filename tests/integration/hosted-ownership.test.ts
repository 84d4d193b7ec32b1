/**
 * The migrations as `supabase db push` runs them on a hosted project: as Supabase's `postgres`,
 * not a superuser, with `auth` owned by another role (support/hosted-supabase.ts). A statement
 * only a superuser (or `auth`'s owner) may run fails here; a grant `postgres` may not give only
 * warns on Supabase and grants nothing, so a warning fails too.
 */
import { migrate } from '@voicetrack/edge/store/migrate.ts';
import { loadMigrations } from '@voicetrack/edge/store/migration-files.ts';
import { openPostgresSql } from '@voicetrack/edge/store/postgres-sql.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';

let db: HostedDatabase;
let sql: Sql;
const notices: { severity: string; message: string }[] = [];
let applied: string[];

beforeAll(async () => {
  db = await createHostedDatabase('vt_hosted_own');
  sql = await openPostgresSql(db.url, { max: 2, onNotice: (n) => notices.push(n) });
  applied = await migrate(sql, loadMigrations());
});
afterAll(async () => {
  await sql?.close();
  await db?.drop();
});

describe('the migrations on a hosted-like Supabase database', () => {
  it('apply as Supabase’s postgres, not a superuser, without one warning', async () => {
    const [me] = await sql.query<{ name: string; superuser: boolean }>(
      `select current_user::text as name, rolsuper as superuser from pg_roles where rolname = current_user`,
    );
    expect(me).toEqual({ name: db.owner, superuser: false });
    expect(applied).toHaveLength(loadMigrations().length);
    expect(notices.filter((n) => n.severity === 'WARNING')).toEqual([]);
  });

  it('add expenses and settlements to the supabase_realtime publication that postgres owns', async () => {
    const rows = await sql.query<{ tablename: string }>(
      `select tablename::text from pg_publication_tables where pubname = 'supabase_realtime'`,
    );
    expect(rows.map((r) => r.tablename).sort()).toEqual(['expenses', 'settlements']);
  });

  it('leave no table of public to the publishable key: RLS on each, nothing granted to anon', async () => {
    const tables = await sql.query<{ name: string; rls: boolean; anon: boolean }>(
      `select c.relname::text as name, c.relrowsecurity as rls,
         has_table_privilege('anon', c.oid, 'select, insert, update, delete') as anon
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' order by 1`,
    );
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.filter((t) => !t.rls || t.anon)).toEqual([]);
  });

  it('refuse what only a superuser or auth’s owner may do (the shim is not a superuser’s database)', async () => {
    await expect(sql.exec(`alter table auth.users add column nickname text`)).rejects.toThrow(
      /must be owner/,
    );
    await expect(
      sql.exec(`grant usage on schema auth to voicetrack_api with grant option`),
    ).resolves.toBeUndefined();
    // Granted nothing: postgres holds USAGE on auth without grant option, as on Supabase.
    const [grant] = await sql.query<{ usage: boolean }>(
      `select has_schema_privilege('voicetrack_api', 'auth', 'usage') as usage`,
    );
    expect(grant?.usage).toBe(false);
    expect(notices.at(-1)?.message).toMatch(/no privileges were granted for "auth"/);
  });
});
