/**
 * `pnpm backup` and `pnpm restore` as a person runs them, on PGlite files and on the PostgreSQL
 * server: every row and amount equal after a restore, restoring twice adds nothing, and a
 * damaged file is refused before anything is written.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LOCAL_OWNER, type NewExpense } from '@voicetrack/edge/ports.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { OCTOBER, SEPTEMBER, seedExpenses } from '../support/seed.ts';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';
const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

type Target = { env: Record<string, string>; open: () => ReturnType<typeof openStore> };

async function pgTarget(): Promise<Target> {
  const db = await createTestDatabase('vt_backup');
  databases.push(db);
  return { env: { DATABASE_URL: db.url }, open: () => openStore({ databaseUrl: db.url }) };
}
function pgliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'vt-pglite-'));
  return {
    env: { DATA_DIR: dir, DATABASE_URL: '' },
    open: () => openStore({ dataDir: join(dir, 'pglite') }),
  };
}

/** Everything a person could see of their data, in a stable order. */
async function snapshot(target: Target) {
  const { store, sql } = await target.open();
  try {
    const rows = await sql.query<Record<string, string>>(
      `select e.id::text, e.client_id::text, e.position, e.amount::text, e.currency, e.category, e.description,
         e.expense_date::text, e.status, e.transcript, e.created_at::text from expenses e order by e.id`,
    );
    const notes = await sql.query(`select client_id::text, state, outcome from captures order by client_id`);
    const money = await sql.query(
      `select (select json_agg(b order by b.category) from (select category, currency, amount::text from budgets) b)::text
         as budgets,
       (select json_agg(r) from (select id::text, description, day_of_month, next_date::text from recurring_rules) r)::text
         as rules,
       (select count(*)::int from push_subscriptions) as devices,
       (select public_key from push_vapid_keys) as key`,
    );
    const sum = await sql.query(
      `select currency, sum(amount)::text as total from expenses group by currency order by 1`,
    );
    await store.close();
    return { rows, notes, sum, money };
  } catch (error) {
    await store.close();
    throw error;
  }
}

async function seed(target: Target) {
  const { store } = await target.open();
  await seedExpenses(store, LOCAL_OWNER, [...OCTOBER, ...SEPTEMBER]);
  // A note we could not read an amount from: it must survive too.
  const claim = await store.captures.claim(LOCAL_OWNER, {
    clientId: crypto.randomUUID(),
    source: 'voice',
    recordedAt: '2026-10-12T09:00:00+02:00',
    timezone: 'Europe/Paris',
    locale: 'fr-FR',
    leaseSeconds: 60,
  });
  if (claim.kind !== 'claimed') throw new Error('no claim');
  const review: NewExpense = {
    amount: null,
    currency: 'EUR',
    category: 'other',
    description: 'euh le truc',
    date: '2026-10-12',
    status: 'needs_review',
    parsedBy: 'none',
    reviewReason: 'llm_invalid',
  };
  await store.captures.complete(LOCAL_OWNER, claim.captureId, claim.token, {
    transcript: 'euh le truc',
    outcome: 'needs_review',
    expenses: [review],
  });
  // Budgets, a recurring rule, a device and the key pair it was subscribed with.
  await store.budgets.put(LOCAL_OWNER, { category: 'dining', currency: 'EUR', amount: '150.00' });
  await store.recurring.create(LOCAL_OWNER, {
    amount: '9.99',
    currency: 'EUR',
    category: 'leisure',
    description: 'Netflix',
    dayOfMonth: 12,
    timezone: 'Europe/Paris',
    nextDate: '2026-12-12',
  });
  await store.push.subscribe(LOCAL_OWNER, {
    endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
    p256dh: 'p',
    auth: 'a',
    locale: 'fr-FR',
  });
  await store.push.vapidKeys(async () => ({ publicKey: 'backup-public', privateKey: 'backup-private' }));
  await store.close();
}

async function backup(target: Target, dir: string): Promise<string> {
  await run(TSX, ['edge/src/cli/backup.ts'], { env: { ...process.env, ...target.env, BACKUP_DIR: dir } });
  const files = readdirSync(dir).filter((f) => f.endsWith('.json.gz'));
  expect(files).toHaveLength(1);
  return join(dir, files[0] as string);
}

const restore = (target: Target, file: string) =>
  run(TSX, ['edge/src/cli/restore.ts', file], { env: { ...process.env, ...target.env } });

describe.each([
  ['PGlite to PGlite', pgliteTarget, pgliteTarget],
  ['PostgreSQL to PostgreSQL', pgTarget, pgTarget],
  ['PGlite to PostgreSQL', pgliteTarget, pgTarget],
])('backup and restore, %s', (_name, makeSource, makeTarget) => {
  it('restores every row and every amount, and a second restore adds nothing', async () => {
    const source = await makeSource();
    await seed(source);
    const file = await backup(source, mkdtempSync(join(tmpdir(), 'vt-backups-')));
    const target = await makeTarget();
    const first = await restore(target, file);
    expect(JSON.parse(first.stdout)).toEqual({ restored: { captures: 10, expenses: 10 } });
    const before = await snapshot(source);
    const after = await snapshot(target);
    expect(after).toEqual(before);
    expect(after.money).toEqual([expect.objectContaining({ devices: 1, key: 'backup-public' })]);
    expect(after.sum).toEqual([
      { currency: 'EUR', total: '1749.79' },
      { currency: 'USD', total: '42.00' },
    ]);
    const second = await restore(target, file);
    expect(JSON.parse(second.stdout)).toEqual({ restored: { captures: 0, expenses: 0 } });
    expect(await snapshot(target)).toEqual(before);
    // Each CLI run and each look opens a database (PGlite starts in seconds): allow a slow machine.
  }, 120_000);
});

describe('a damaged backup', () => {
  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 40)],
    ['corrupted', (b: Buffer) => Buffer.from(b.map((x, i) => (i === 200 ? x ^ 0x55 : x)))],
  ])(
    'is refused when %s, with a clear message and nothing written',
    async (_name, spoil) => {
      const source = pgliteTarget();
      await seed(source);
      const file = await backup(source, mkdtempSync(join(tmpdir(), 'vt-backups-')));
      const damaged = `${file}.damaged`;
      writeFileSync(damaged, spoil(readFileSync(file)));
      const target = await pgTarget();
      const before = await snapshot(target);
      const failure = await restore(target, damaged).catch((e: { code: number; stderr: string }) => e);
      expect(failure).toMatchObject({ code: 2 });
      expect((failure as { stderr: string }).stderr).toContain('refused, nothing was written');
      expect(await snapshot(target)).toEqual(before);
    },
    120_000,
  );
});
