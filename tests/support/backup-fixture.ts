/**
 * What the backup tests share: a database to back up or restore into (PGlite files or a fresh
 * PostgreSQL database), one of each table's rows seeded, and a snapshot of every table, row and
 * column to compare a restored database with its source.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_OWNER, type NewExpense } from '@voicetrack/edge/ports.ts';
import { importStatement } from '@voicetrack/edge/statements/import-statement.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import { openPgliteSql } from '@voicetrack/edge/store/pglite-sql.ts';
import { IMAGE_ENV } from './pglite-image.ts';
import { createTestDatabase, type TestDatabase } from './postgres.ts';
import { OCTOBER, SEPTEMBER, seedExpenses } from './seed.ts';
import { statementFile } from './statements.ts';

/** The databases pgTarget made: drop them in afterAll. */
export const databases: TestDatabase[] = [];

export type Target = { env: Record<string, string>; open: () => ReturnType<typeof openStore> };

export async function pgTarget(): Promise<Target> {
  const db = await createTestDatabase('vt_backup');
  databases.push(db);
  return { env: { DATABASE_URL: db.url }, open: () => openStore({ databaseUrl: db.url }) };
}
export function pgliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'vt-pglite-'));
  return {
    env: { DATA_DIR: dir, DATABASE_URL: '' },
    open: () => openStore({ dataDir: join(dir, 'pglite') }),
  };
}

/**
 * Targets that start as copies of one migrated database of their kind, made once (in a file's
 * beforeAll) instead of each migrating its own, in the test's process or in the CLI's: a new
 * PGlite directory's initdb and migrations take seconds of CPU (7 s on a loaded machine, its copy
 * 0.1 s). The PGlite copy is the template's closed directory copied; the PostgreSQL copy is
 * `create database … template`. A new DATA_DIR's first start stays tested (backup's refused
 * restore on a machine with no database yet, backup-live, private-files).
 */
export interface MigratedTemplates {
  pglite: () => Target;
  pg: () => Promise<Target>;
}

export async function migratedTemplates(): Promise<MigratedTemplates> {
  const pgliteTemplate = pgliteTarget();
  const pgTemplate = await createTestDatabase('vt_backup_template');
  databases.push(pgTemplate);
  // PGlite's: the run's migrated database (pglite-image.ts) written to disk, else one migrated
  // here. Each is closed before it is copied: a template is copied with no one connected to it.
  const image = process.env[IMAGE_ENV];
  const pgliteDir = join(pgliteTemplate.env.DATA_DIR as string, 'pglite');
  await Promise.all([
    image
      ? openPgliteSql(pgliteDir, new Blob([readFileSync(image)])).then((sql) => sql.close())
      : pgliteTemplate.open().then(({ store }) => store.close()),
    openStore({ databaseUrl: pgTemplate.url, listen: false }).then(({ store }) => store.close()),
  ]);
  return {
    pglite: () => {
      const copy = pgliteTarget();
      cpSync(pgliteDir, join(copy.env.DATA_DIR as string, 'pglite'), { recursive: true });
      return copy;
    },
    pg: async () => {
      const db = await createTestDatabase('vt_backup', pgTemplate.name);
      databases.push(db);
      return { env: { DATABASE_URL: db.url }, open: () => openStore({ databaseUrl: db.url }) };
    },
  };
}

/**
 * Tables a backup leaves out on purpose: devices' token digests, pairing codes and Telegram links
 * are secrets or bindings to re-make (pair the phones again after a restore into a new database);
 * Idempotency-Key answers are a day's memory of retries, not data.
 */
export const NOT_BACKED_UP = [
  'devices',
  'pairing_codes',
  'telegram_chats',
  'household_invites',
  'idempotency_keys',
];
/** A note's claim while it is being processed: a done note has none worth keeping. */
const TRANSIENT_COLUMNS = ['claim_token', 'claimed_at'];

/**
 * Every row of every table, every column, in a stable order: any table or column a backup
 * forgets makes the restored database differ from its source.
 */
export async function snapshot(target: Target) {
  const { store, sql } = await target.open();
  try {
    return await sql.transaction(async (tx) => {
      await tx.exec(`set local time zone 'UTC'`);
      const tables = await tx.query<{ name: string }>(
        `select table_name::text as name from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      );
      const rows: Record<string, unknown> = {};
      for (const { name } of tables) {
        if (NOT_BACKED_UP.includes(name)) continue;
        const [all] = await tx.query<{ rows: string }>(
          `select coalesce(json_agg(j order by j::text), '[]')::text as rows
           from (select to_jsonb(t) - '{${TRANSIENT_COLUMNS.join(',')}}'::text[] as j from ${name} t) s`,
        );
        rows[name] = JSON.parse(all?.rows ?? '[]');
      }
      const sum = await tx.query(
        `select currency, sum(amount)::text as total from expenses group by currency order by 1`,
      );
      return { tables: tables.map((t) => t.name), rows, sum };
    });
  } finally {
    await store.close();
  }
}

export async function seed(target: Target) {
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
  // An expense someone else pays back.
  await store.captures.save(
    LOCAL_OWNER,
    {
      clientId: crypto.randomUUID(),
      source: 'text',
      recordedAt: '2026-10-14T19:00:00+02:00',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
    },
    {
      transcript: 'hôtel 120 € je me ferai rembourser',
      outcome: 'saved',
      expenses: [
        {
          ...review,
          amount: '120.00',
          category: 'travel',
          description: 'Hôtel',
          date: '2026-10-14',
          status: 'saved',
          parsedBy: 'local',
          reviewReason: null,
          reimbursable: true,
        },
      ],
    },
  );
  // A receipt, its photo kept with its expense.
  await store.captures.save(
    LOCAL_OWNER,
    {
      clientId: crypto.randomUUID(),
      source: 'receipt',
      recordedAt: '2026-10-15T12:00:00+02:00',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
    },
    {
      transcript: 'MONOPRIX\nTOTAL 47,83 €',
      transcriptSource: 'ocr',
      outcome: 'saved',
      expenses: [
        {
          ...review,
          amount: '47.83',
          category: 'groceries',
          description: 'Monoprix',
          date: '2026-10-15',
          status: 'saved',
          parsedBy: 'local',
          reviewReason: null,
        },
      ],
      photo: {
        mimeType: 'image/jpeg',
        bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 0xff, 0xd9]),
      },
    },
  );
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
  await store.budgets.claimAlert(LOCAL_OWNER, {
    month: '2026-10',
    category: 'dining',
    currency: 'EUR',
    threshold: 80,
  });
  await store.reports.claimDelivery(LOCAL_OWNER, '2026-10', 'email');
  // A correction: the category it taught and the time each field was edited.
  const [first] = (await store.expenses.list(LOCAL_OWNER, { limit: 1 })).expenses;
  if (!first) throw new Error('no expense');
  await store.expenses.update(LOCAL_OWNER, first.id, {
    category: 'travel',
    editedAt: new Date().toISOString(),
  });
  await store.learning.remember(LOCAL_OWNER, { phrase: 'petit zinc', category: 'dining' });
  // A voice message sent to the bot while the provider was down, still to be tried.
  await store.telegramPending.keep(
    '123456',
    77,
    { update_id: 77, message: { voice: { file_id: 'f' } } },
    '503',
  );
  await store.usage.record(LOCAL_OWNER, [
    {
      model: 'groq:whisper-large-v3-turbo',
      kind: 'transcription',
      audioSeconds: 3.2,
      billedSeconds: 10,
      costNano: 111_111,
    },
    {
      model: 'groq:llama-3.3-70b',
      kind: 'chat',
      promptTokens: 420,
      completionTokens: 37,
      billedSeconds: 0,
      costNano: null,
    },
  ]);
  // A bank statement: its lines (one matched with an expense, one ignored) and a CSV mapping.
  await seedExpenses(store, LOCAL_OWNER, [
    { amount: '42.10', category: 'groceries', description: 'Carrefour', date: '2026-11-28' },
  ]);
  const deps = { statements: store.statements, learning: store.learning, defaultCurrency: 'EUR' };
  const camt = await importStatement(deps, LOCAL_OWNER, {
    bytes: statementFile('camt053-v02-card-sepa-salary.xml'),
    fileName: 'releve.xml',
    account: 'Compte courant',
  });
  if (camt.kind !== 'imported' || camt.result.matched !== 1) throw new Error('the statement did not match');
  const [open] = (await store.reconcile.month(LOCAL_OWNER, '2026-11')).lines.filter(
    (l) => l.direction === 'debit',
  );
  await store.reconcile.ignore(LOCAL_OWNER, open?.id ?? '');
  // The matched line taken apart from its expense and paired by hand with one said at 40 €: the
  // line keeps who it is apart from, the expense the amount said, for its undo.
  const { expenses: said } = await store.reconcile.month(LOCAL_OWNER, '2026-11');
  const carrefour = said.find((e) => e.bankLineId !== null);
  await seedExpenses(store, LOCAL_OWNER, [
    { amount: '40.00', category: 'groceries', description: 'Courses', date: '2026-11-28' },
  ]);
  const courses = (await store.reconcile.month(LOCAL_OWNER, '2026-11')).expenses.find(
    (e) => e.description === 'Courses',
  );
  const line = carrefour?.bankLineId ?? '';
  if ((await store.reconcile.unpair(LOCAL_OWNER, line)) === null) throw new Error('nothing to unpair');
  const byHand = await store.reconcile.pair(LOCAL_OWNER, line, courses?.id ?? '', true);
  if (byHand.kind !== 'paired') throw new Error(`the pairing by hand was refused: ${byHand.kind}`);
  await store.statements.rememberMapping(LOCAL_OWNER, 'Carte', {
    date: 'Quand',
    label: 'Quoi',
    amount: 'Combien',
  });
  // A household of two people, a bill Marie paid for both, and Paul's repayment.
  const marie = await store.households.person('Marie', 'Foyer');
  const paul = await store.households.person('Paul', 'Foyer');
  const bill: NewExpense = {
    amount: '48.00',
    currency: 'EUR',
    category: 'dining',
    description: 'Resto',
    date: '2026-11-27',
    status: 'saved',
    parsedBy: 'local',
    reviewReason: null,
    shared: {
      householdId: marie.householdId,
      paidBy: marie.memberId,
      split: [
        { memberId: marie.memberId, cents: 2400 },
        { memberId: paul.memberId, cents: 2400 },
      ],
    },
  };
  const start = {
    source: 'text',
    recordedAt: '2026-11-27T21:00:00+01:00',
    timezone: 'Europe/Paris',
    locale: 'fr-FR',
  } as const;
  await store.captures.save(
    LOCAL_OWNER,
    { ...start, clientId: crypto.randomUUID() },
    {
      transcript: '48 € au resto, on partage',
      outcome: 'saved',
      expenses: [bill],
    },
  );
  await store.households.settle(LOCAL_OWNER, marie.householdId, {
    fromMemberId: paul.memberId,
    toMemberId: marie.memberId,
    cents: 1000,
    currency: 'EUR',
  });
  // The household's budget for dining, and its 80 % alert already sent.
  await store.householdBudgets.put(
    LOCAL_OWNER,
    marie.householdId,
    { category: 'dining', currency: 'EUR', amount: '50.00' },
    40,
  );
  await store.householdBudgets.claimAlert(LOCAL_OWNER, marie.householdId, {
    month: '2026-11',
    category: 'dining',
    currency: 'EUR',
    threshold: 80,
  });
  // The rent, the household's rule: Marie pays it, split equally.
  await store.recurring.create(LOCAL_OWNER, {
    amount: '900.00',
    currency: 'EUR',
    category: 'housing',
    description: 'Loyer',
    dayOfMonth: 1,
    timezone: 'Europe/Paris',
    nextDate: '2099-01-01',
    shared: { householdId: marie.householdId, paidBy: marie.memberId, split: { kind: 'equal' } },
  });
  await store.close();
}
