/** The store contract's two databases and its small builders, shared by the contract's files. */
import type { NewExpense, Owner, Store } from '@voicetrack/edge/ports.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { createHostedDatabase } from './hosted-supabase.ts';
import { createTestDatabase, type TestDatabase } from './postgres.ts';

export const LOCAL: Owner = { userId: null };
export const ALICE: Owner = { userId: '11111111-1111-4111-8111-111111111111' };

export const start = (clientId: string) => ({
  clientId,
  source: 'voice' as const,
  recordedAt: '2026-11-24T12:30:00+01:00',
  timezone: 'Europe/Paris',
  locale: 'fr-FR',
  leaseSeconds: 60,
});

export const expense = (over: Partial<NewExpense> = {}): NewExpense => ({
  amount: '12.50',
  currency: 'EUR',
  category: 'dining',
  description: 'resto',
  date: '2026-11-24',
  status: 'saved',
  parsedBy: 'local',
  reviewReason: null,
  ...over,
});

export async function saveNote(
  store: Store,
  owner: Owner,
  expenses: NewExpense[],
  clientId = crypto.randomUUID(),
) {
  const claim = await store.captures.claim(owner, start(clientId));
  if (claim.kind !== 'claimed') throw new Error(`expected a claim, got ${claim.kind}`);
  return store.captures.complete(owner, claim.captureId, claim.token, {
    transcript: 'douze euros cinquante au resto',
    outcome: 'saved',
    expenses,
  });
}

/** The store on a database made for the test; its cleanup closes the store and drops the database. */
async function storeOn(db: Pick<TestDatabase, 'url' | 'drop'>) {
  const { store, sql } = await openStore({ databaseUrl: db.url });
  const cleanup = async () => {
    await store.close();
    await db.drop();
  };
  return { store, sql, cleanup };
}

export const adapters: [string, () => Promise<{ store: Store; sql: Sql; cleanup: () => Promise<void> }>][] = [
  [
    'PGlite',
    async () => {
      const { store, sql } = await openStore({});
      return { store, sql, cleanup: () => store.close() };
    },
  ],
  ['the PostgreSQL server', async () => storeOn(await createTestDatabase('vt_store'))],
];

type Adapter = (typeof adapters)[number];

/** Opens an adapter's store with ALICE and a second user in auth.users (the shim's, here; Supabase's in production). */
export async function openWithUsers(open: Adapter[1]): ReturnType<Adapter[1]> {
  const opened = await open();
  await opened.sql.query(`insert into auth.users (id) values ($1), ($2)`, [
    ALICE.userId,
    '22222222-2222-4222-8222-222222222222',
  ]);
  return opened;
}

/** The store as the function runs it on Supabase: a hosted-like database, as its `postgres`. */
export const hostedAdapter: Adapter = [
  'a hosted-like Supabase database',
  async () => storeOn(await createHostedDatabase('vt_store_hosted')),
];
