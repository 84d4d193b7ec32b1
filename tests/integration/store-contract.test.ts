/**
 * One contract, two databases: the same tests run on PGlite (in memory) and on the real
 * PostgreSQL server, so both adapters behave the same to the routes. Notes, money, pages.
 */

import type { Owner, Store } from '@voicetrack/edge/ports.ts';
import { migrate } from '@voicetrack/edge/store/migrate.ts';
import { loadMigrations } from '@voicetrack/edge/store/migration-files.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALICE,
  adapters,
  expense,
  LOCAL,
  openWithUsers,
  saveNote,
  start,
} from '../support/store-adapters.ts';

describe.each(adapters)('the store on %s', (_name, open) => {
  let store: Store;
  let sql: Sql;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, sql, cleanup } = await openWithUsers(open));
  });
  afterAll(async () => cleanup());

  it('records every migration once, under the Supabase CLI table, and re-running applies nothing', async () => {
    const migrations = loadMigrations();
    const rows = await sql.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by version',
    );
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(await migrate(sql, migrations)).toEqual([]);
    expect(await store.health.pendingMigrations()).toEqual([]);
  });

  it('stores a note once and answers a repeated clientId with the same expenses', async () => {
    const clientId = crypto.randomUUID();
    const first = await saveNote(
      store,
      LOCAL,
      [expense(), expense({ amount: '3.20', category: 'groceries' })],
      clientId,
    );
    expect(first.expenses.map((e) => [e.amount, e.category])).toEqual([
      ['12.50', 'dining'],
      ['3.20', 'groceries'],
    ]);
    const again = await store.captures.claim(LOCAL, start(clientId));
    expect(again).toEqual({ kind: 'done', result: first });
  });

  it('saves a settled note in one statement, once', async () => {
    const clientId = crypto.randomUUID();
    const { leaseSeconds: _, ...note } = start(clientId);
    const outcome = {
      transcript: '8 € de pain et 23 € de fromage',
      outcome: 'saved' as const,
      expenses: [expense({ amount: '8.00' }), expense({ amount: '23.00' })],
    };
    const saved = await store.captures.save(LOCAL, note, outcome);
    expect(saved?.expenses.map((e) => [e.position, e.amount])).toEqual([
      [0, '8.00'],
      [1, '23.00'],
    ]);
    const twice = await Promise.all([
      store.captures.save(LOCAL, note, outcome),
      store.captures.save(LOCAL, note, outcome),
    ]);
    expect(twice).toEqual([null, null]);
    expect(await store.captures.claim(LOCAL, start(clientId))).toEqual({ kind: 'done', result: saved });
  });

  it('lets exactly one of twenty concurrent requests claim a note', async () => {
    const clientId = crypto.randomUUID();
    const claims = await Promise.all(
      Array.from({ length: 20 }, () => store.captures.claim(LOCAL, start(clientId))),
    );
    expect(claims.filter((c) => c.kind === 'claimed')).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'busy')).toHaveLength(19);
  });

  it('hands a released note, or one whose lease ran out, to the next request', async () => {
    const clientId = crypto.randomUUID();
    const a = await store.captures.claim(LOCAL, start(clientId));
    if (a.kind !== 'claimed') throw new Error('no claim');
    await store.captures.release(LOCAL, a.captureId, a.token);
    const b = await store.captures.claim(LOCAL, start(clientId));
    expect(b.kind).toBe('claimed');
    // A crashed request: its claim is old.
    await sql.query(`update captures set claimed_at = now() - interval '10 minutes' where client_id = $1`, [
      clientId,
    ]);
    const c = await store.captures.claim(LOCAL, start(clientId));
    expect(c.kind).toBe('claimed');
    if (b.kind !== 'claimed' || c.kind !== 'claimed') throw new Error('no claim');
    // The late first owner cannot write a second copy.
    await store.captures.complete(LOCAL, c.captureId, c.token, {
      transcript: 't',
      outcome: 'saved',
      expenses: [expense()],
    });
    const late = await store.captures.complete(LOCAL, b.captureId, b.token, {
      transcript: 't',
      outcome: 'saved',
      expenses: [expense(), expense()],
    });
    expect(late.expenses).toHaveLength(1);
  });

  it('writes the provider calls with the note, and bills those of a request that finished late', async () => {
    // The ledger stamps calls with the server's clock: this month.
    const month = new Date().toISOString().slice(0, 7);
    const before = (await store.usage.summary(ALICE, month)).calls;
    const call = (model: string) => ({
      model,
      kind: 'transcription' as const,
      billedSeconds: 10,
      costNano: 1000,
    });
    const clientId = crypto.randomUUID();
    const a = await store.captures.claim(ALICE, start(clientId));
    if (a.kind !== 'claimed') throw new Error('no claim');
    await sql.query(`update captures set claimed_at = now() - interval '10 minutes' where client_id = $1`, [
      clientId,
    ]);
    const b = await store.captures.claim(ALICE, start(clientId));
    if (b.kind !== 'claimed') throw new Error('no claim');
    const outcome = { transcript: 't', outcome: 'saved' as const, expenses: [expense()] };
    const first = await store.captures.complete(ALICE, b.captureId, b.token, outcome, [call('whisper-b')]);
    const late = await store.captures.complete(ALICE, a.captureId, a.token, outcome, [call('whisper-a')]);
    expect(late).toEqual(first);
    const after = await store.usage.summary(ALICE, month);
    expect(after.calls - before).toBe(2);
    expect(after.byModel.map((m) => m.model)).toEqual(expect.arrayContaining(['whisper-a', 'whisper-b']));
  });

  it('keeps money exact to the cent, up to the largest numeric(10,2)', async () => {
    const result = await saveNote(store, LOCAL, [
      expense({ amount: '0.10' }),
      expense({ amount: '0.20' }),
      expense({ amount: '99999999.99' }),
    ]);
    expect(result.expenses.map((e) => e.amount)).toEqual(['0.10', '0.20', '99999999.99']);
    const [sum] = await sql.query<{ total: string }>(
      `select sum(amount)::text as total from expenses where client_id = $1 and position < 2`,
      [result.clientId],
    );
    expect(sum?.total).toBe('0.30');
  });

  it.each([
    ['a zero amount', `0`, 'EUR', 'dining'],
    ['a negative amount', `-5`, 'EUR', 'dining'],
    ['a lower-case currency', `5`, 'eur', 'dining'],
    ['an unknown category', `5`, 'EUR', 'crypto'],
  ])('refuses %s at the database itself', async (_what, amount, currency, category) => {
    await expect(
      sql.query(
        `insert into expenses (client_id, amount, currency, category, expense_date, source)
         values (gen_random_uuid(), $1::numeric, $2, $3, '2026-11-24', 'text')`,
        [amount, currency, category],
      ),
    ).rejects.toThrow();
  });

  it('pages through a month newest first, each expense exactly once', async () => {
    const owner: Owner = { userId: '22222222-2222-4222-8222-222222222222' };
    for (let day = 1; day <= 30; day++) {
      const date = `2026-09-${String(day).padStart(2, '0')}`;
      await saveNote(store, owner, [expense({ date }), expense({ date, category: 'transport' })]);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.expenses.list(owner, {
        from: '2026-09-01',
        to: '2026-09-30',
        limit: 7,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.expenses.map((e) => `${e.date}/${e.id}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(
      [...seen]
        .sort()
        .reverse()
        .map((s) => s.slice(0, 10)),
    ).toEqual(seen.map((s) => s.slice(0, 10)));
    const transport = await store.expenses.list(owner, {
      category: 'transport',
      from: '2026-09-10',
      to: '2026-09-12',
    });
    expect(transport.expenses.map((e) => e.date)).toEqual(['2026-09-12', '2026-09-11', '2026-09-10']);
  });
});
