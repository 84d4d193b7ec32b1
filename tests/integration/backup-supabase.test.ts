/**
 * `pnpm backup:supabase` on a hosted-like project (support/hosted-supabase.ts): pg_dump as the
 * project's `postgres` writes the app's tables and the accounts they belong to into BACKUP_DIR,
 * sends it to the rclone remote, and the README's restore (`supabase db push`, here our runner,
 * then psql with triggers off) gives a new project every row of every table back, accounts
 * included. A transaction pooler URL is refused before anything runs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Owner } from '@voicetrack/edge/ports.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';
import { type RcloneWebdav, startRcloneWebdav } from '../support/rclone-webdav.ts';
import { OCTOBER, SEPTEMBER, seedExpenses } from '../support/seed.ts';

const run = promisify(execFile);
const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const as = (userId: string): Owner => ({
  userId,
  claims: { sub: userId, role: 'authenticated', aud: 'authenticated' },
});

let dav: RcloneWebdav;
const projects: HostedDatabase[] = [];
afterAll(async () => {
  await dav?.stop();
  await Promise.all(projects.map((p) => p.drop()));
});

/** A project with the migrations pushed (as `supabase db push` would, as its postgres). */
async function project(): Promise<HostedDatabase> {
  const db = await createHostedDatabase('vt_sb_dump');
  projects.push(db);
  const { store } = await openStore({ databaseUrl: db.url });
  await store.close();
  return db;
}

/** Every row of every table of public, and the accounts, as JSON in a stable order. */
async function everything(db: HostedDatabase) {
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ name: string }[]>`
      select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where (table_schema = 'public' and table_type = 'BASE TABLE') or (table_schema, table_name) = ('auth', 'users')
      order by 1`;
    const rows: Record<string, unknown> = {};
    for (const { name } of tables) {
      const [all] = await sql.unsafe<{ rows: unknown }[]>(
        `select coalesce(json_agg(j order by j::text), '[]') as rows from (select to_jsonb(t) as j from ${name} t) s`,
      );
      rows[name] = all?.rows;
    }
    return rows;
  } finally {
    await sql.end();
  }
}

let source: HostedDatabase;
beforeAll(async () => {
  [dav, source] = await Promise.all([startRcloneWebdav(), project()]);
  const { store, sql } = await openStore({ databaseUrl: source.url });
  await sql.query(`insert into auth.users (id, email) values ($1, 'a@example.org'), ($2, null)`, [A, B]);
  await seedExpenses(store, as(A), OCTOBER);
  await seedExpenses(store, as(B), SEPTEMBER);
  await store.budgets.put(as(A), { category: 'dining', currency: 'EUR', amount: '150.00' });
  await store.learning.remember(as(B), { phrase: 'petit zinc', category: 'dining' });
  await store.close();
});

const backupSupabase = (env: Record<string, string>) =>
  run('node_modules/.bin/tsx', ['edge/src/cli/backup-supabase.ts'], {
    env: { ...process.env, ...dav.env, ...env },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('pnpm backup:supabase', () => {
  it('dumps the project with its accounts, sends it off the machine, and restores into a new project', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vt-sb-backups-'));
    const dumped = await backupSupabase({
      SUPABASE_DB_URL: source.url,
      BACKUP_DIR: dir,
      BACKUP_REMOTE: 'vtdav:supabase',
    });
    expect(dumped.stderr).toBe('');
    expect(dumped.code).toBe(0);
    const [name] = readdirSync(dir);
    expect(name).toMatch(/^voicetrack-supabase-\d{8}-\d{6}\.sql\.gz$/);
    const file = join(dir, name as string);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(dumped.stdout)).toMatchObject({
      file,
      offSite: { remote: 'vtdav:supabase', sent: [name] },
    });
    expect(readFileSync(join(dav.root, 'supabase', name as string))).toEqual(readFileSync(file));

    // The README's restore: the schema from the migrations, then the data with triggers off.
    const target = await project();
    await run(
      'bash',
      [
        '-c',
        `gunzip -c "$FILE" | psql --single-transaction -v ON_ERROR_STOP=1 -q -c 'set session_replication_role = replica' -f - "$URL"`,
      ],
      { env: { ...process.env, FILE: file, URL: target.url } },
    );
    const [before, after] = [await everything(source), await everything(target)];
    expect(after).toEqual(before);
    expect(after['auth.users']).toHaveLength(2);
    expect((after['public.expenses'] as unknown[]).length).toBe(OCTOBER.length + SEPTEMBER.length);
  }, 120_000);

  it('refuses the transaction pooler and a missing URL before running pg_dump', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vt-sb-backups-'));
    const pooler = await backupSupabase({
      SUPABASE_DB_URL: 'postgresql://postgres.ref:secret@aws-0-eu-west-3.pooler.supabase.com:6543/postgres',
      BACKUP_DIR: dir,
    });
    expect(pooler.code).toBe(2);
    expect(pooler.stderr).toContain(
      'backup:supabase: SUPABASE_DB_URL names the transaction pooler (port 6543), which pg_dump cannot use',
    );
    const missing = await backupSupabase({ SUPABASE_DB_URL: '', BACKUP_DIR: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("SUPABASE_DB_URL must be set to the project's session pooler URL");
    expect(readdirSync(dir)).toEqual([]);
  });
});
