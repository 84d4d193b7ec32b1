/**
 * Row Level Security with two users, on the real PostgreSQL server and on PGlite, through the
 * same migrations and policies Supabase runs (the local shim provides roles and auth.uid()).
 * The API runs each request as `voicetrack_api` with the user's claims; Supabase's Data API runs
 * the publishable key's requests as `authenticated`, which may only read its own rows.
 */

import type { Owner, Store } from '@voicetrack/edge/ports.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql, SqlTx } from '@voicetrack/edge/store/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostedDatabase } from '../support/hosted-supabase.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { seedExpenses } from '../support/seed.ts';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const as = (userId: string): Owner => ({
  userId,
  claims: { sub: userId, role: 'authenticated', aud: 'authenticated' },
});

/** Runs fn as a role with claims, like PostgREST and our edge do, in one transaction. */
function asRole<T>(sql: Sql, role: string, sub: string | null, fn: (tx: SqlTx) => Promise<T>): Promise<T> {
  return sql.transaction(async (tx) => {
    await tx.query(`select set_config('request.jwt.claims', $1, true), set_config('role', $2, true)`, [
      JSON.stringify(sub ? { sub, role } : { role }),
      role,
    ]);
    return fn(tx);
  });
}

describe.each([
  ['the PostgreSQL server', 'pg'],
  ['PGlite', 'pglite'],
  // As on Supabase: migrated and run by a postgres that is no superuser, `auth` not its own.
  ['a hosted-like Supabase database', 'hosted'],
])('row level security on %s', (_name, kind) => {
  let db: TestDatabase | undefined;
  let store: Store;
  let sql: Sql;
  let bExpenseId: string;

  beforeAll(async () => {
    if (kind === 'pg') db = await createTestDatabase('vt_rls');
    if (kind === 'hosted') db = await createHostedDatabase('vt_rls_hosted');
    ({ store, sql } = await openStore(db ? { databaseUrl: db.url } : {}));
    await sql.query('insert into auth.users (id) values ($1), ($2)', [A, B]);
    await seedExpenses(store, as(A), [
      { amount: '10.00', category: 'dining', description: 'A lunch', date: '2026-11-20' },
    ]);
    await seedExpenses(store, as(B), [
      { amount: '99.00', category: 'shopping', description: 'B shoes', date: '2026-11-21' },
    ]);
    const [row] = await sql.query<{ id: string }>('select id::text from expenses where user_id = $1', [B]);
    bExpenseId = row?.id as string;
  });
  afterAll(async () => {
    await store.close();
    await db?.drop();
  });

  it('lets a user see only their own rows', async () => {
    const rows = await asRole(sql, 'authenticated', A, (tx) =>
      tx.query<{ description: string }>('select description from expenses'),
    );
    expect(rows.map((r) => r.description)).toEqual(['A lunch']);
    const list = await store.expenses.list(as(A), {});
    expect(list.expenses.map((e) => e.description)).toEqual(['A lunch']);
  });

  it("lets the API role touch 0 rows when updating or deleting another user's expense", async () => {
    const updated = await asRole(sql, 'voicetrack_api', A, (tx) =>
      tx.query(`update expenses set amount = 1 where id = $1 returning 1`, [bExpenseId]),
    );
    const deleted = await asRole(sql, 'voicetrack_api', A, (tx) =>
      tx.query(`delete from expenses where id = $1 returning 1`, [bExpenseId]),
    );
    expect(updated).toHaveLength(0);
    expect(deleted).toHaveLength(0);
    expect(await store.expenses.update(as(A), bExpenseId, { amount: '1.00' })).toBeNull();
    expect(await store.expenses.delete(as(A), bExpenseId)).toBe(false);
    const [still] = await sql.query<{ amount: string }>('select amount::text from expenses where id = $1', [
      bExpenseId,
    ]);
    expect(still?.amount).toBe('99.00');
  });

  it('refuses an insert that claims another user_id', async () => {
    await expect(
      asRole(sql, 'voicetrack_api', A, (tx) =>
        tx.query(
          `insert into expenses (user_id, client_id, amount, currency, category, expense_date, source)
           values ($1, gen_random_uuid(), 5, 'EUR', 'other', '2026-11-24', 'text')`,
          [B],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('fills user_id from the token when the insert leaves it out', async () => {
    const rows = await asRole(sql, 'voicetrack_api', A, (tx) =>
      tx.query<{ user_id: string }>(
        `insert into expenses (client_id, amount, currency, category, expense_date, source)
         values (gen_random_uuid(), 5, 'EUR', 'other', '2026-11-24', 'text') returning user_id::text`,
      ),
    );
    expect(rows[0]?.user_id).toBe(A);
  });

  it('lets the Data API role read its own rows (Realtime) but write nothing, even its own', async () => {
    const own = await asRole(sql, 'authenticated', A, (tx) =>
      tx.query<{ id: string; user_id: string }>(
        `select id::text, user_id::text from expenses where description = 'A lunch'`,
      ),
    );
    expect(own.map((r) => r.user_id)).toEqual([A]);
    const ownId = own[0]?.id as string;
    for (const write of [
      `update expenses set amount = 1 where id = '${ownId}'`,
      `delete from expenses where id = '${ownId}'`,
      `insert into expenses (client_id, amount, currency, category, expense_date, source)
         values (gen_random_uuid(), 5, 'EUR', 'other', '2026-11-24', 'text')`,
      `insert into provider_usage (model, kind) values ('x', 'chat')`,
    ]) {
      await expect(asRole(sql, 'authenticated', A, (tx) => tx.query(write))).rejects.toThrow(
        /permission denied/,
      );
    }
    const [still] = await sql.query<{ amount: string }>('select amount::text from expenses where id = $1', [
      ownId,
    ]);
    expect(still?.amount).toBe('10.00');
  });

  it('gives anon nothing at all', async () => {
    await expect(asRole(sql, 'anon', null, (tx) => tx.query('select * from expenses'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('keeps the same clientId apart per user', async () => {
    const clientId = crypto.randomUUID();
    const note = {
      clientId,
      source: 'text' as const,
      recordedAt: '2026-11-24T12:00:00+01:00',
      timezone: 'Europe/Paris',
      locale: 'fr',
    };
    const outcome = {
      transcript: 't',
      outcome: 'saved' as const,
      expenses: [
        {
          amount: '3.00',
          currency: 'EUR',
          category: 'other' as const,
          description: '',
          date: '2026-11-24',
          status: 'saved' as const,
          parsedBy: 'local' as const,
          reviewReason: null,
        },
      ],
    };
    expect(await store.captures.save(as(A), note, outcome)).not.toBeNull();
    // B reusing A's clientId gets their own note, not A's answer.
    const forB = await store.captures.save(as(B), note, outcome);
    expect(forB?.expenses).toHaveLength(1);
    expect(await store.captures.save(as(B), note, outcome)).toBeNull();
  });

  it("keeps a receipt's photo to its owner: the API as another user neither reads nor deletes it, the Data API may not read it", async () => {
    const photo = { mimeType: 'image/jpeg' as const, bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]) };
    const saved = await store.captures.save(
      as(B),
      {
        clientId: crypto.randomUUID(),
        source: 'receipt',
        recordedAt: '2026-11-21T12:00:00+01:00',
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
      },
      {
        transcript: 'TOTAL 5,00',
        transcriptSource: 'ocr',
        outcome: 'saved',
        photo,
        expenses: [
          {
            amount: '5.00',
            currency: 'EUR',
            category: 'other',
            description: 'Ticket',
            date: '2026-11-21',
            status: 'saved',
            parsedBy: 'local',
            reviewReason: null,
          },
        ],
      },
    );
    const id = saved?.expenses[0]?.id ?? '';
    expect(await store.receiptPhotos.get(as(A), id)).toBeNull();
    expect(await store.receiptPhotos.delete(as(A), id)).toBe(false);
    // The Data API (the publishable key's `authenticated`) may not read photos at all, even its own.
    await expect(
      asRole(sql, 'authenticated', B, (tx) => tx.query('select 1 from receipt_photos')),
    ).rejects.toThrow(/permission denied/);
    expect((await store.receiptPhotos.get(as(B), id))?.bytes).toEqual(photo.bytes);
  });
});
