/**
 * Supabase mode: statements, bank lines and CSV mappings are per user under Row Level Security,
 * on the PostgreSQL server through the same migrations and policies Supabase runs. The store runs
 * each call as `voicetrack_api` with the user's claims; the Data API's roles get nothing.
 */
import type { Owner, Store } from '@voicetrack/edge/ports.ts';
import { importStatement } from '@voicetrack/edge/statements/import-statement.ts';
import { monthReconciliation } from '@voicetrack/edge/statements/reconcile.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { seedExpenses } from '../support/seed.ts';
import { statementFile } from '../support/statements.ts';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const as = (userId: string): Owner => ({
  userId,
  claims: { sub: userId, role: 'authenticated', aud: 'authenticated' },
});

describe('statements under row level security', () => {
  let db: TestDatabase;
  let store: Store;
  let sql: Sql;
  const importAs = (owner: Owner, file: string) =>
    importStatement(
      { statements: store.statements, learning: store.learning, defaultCurrency: 'EUR' },
      owner,
      {
        bytes: statementFile(file),
        fileName: file,
        account: 'Compte',
      },
    );

  beforeAll(async () => {
    db = await createTestDatabase('vt_statements_rls');
    ({ store, sql } = await openStore({ databaseUrl: db.url }));
    await sql.query('insert into auth.users (id) values ($1), ($2)', [A, B]);
    await seedExpenses(store, as(A), [
      { amount: '42.10', category: 'groceries', description: 'Carrefour', date: '2026-11-28' },
    ]);
    await seedExpenses(store, as(B), [
      { amount: '42.10', category: 'groceries', description: 'Carrefour', date: '2026-11-28' },
    ]);
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it("keeps each user's lines apart: the same file is new to each, and matches only their own expenses", async () => {
    const a = await importAs(as(A), 'camt053-v02-card-sepa-salary.xml');
    const b = await importAs(as(B), 'camt053-v02-card-sepa-salary.xml');
    expect(a).toMatchObject({ kind: 'imported', result: { debits: 5, duplicates: 0, matched: 1 } });
    expect(b).toMatchObject({ kind: 'imported', result: { debits: 5, duplicates: 0, matched: 1 } });
    const [rows] = await sql.query<{ a: number; b: number }>(
      `select count(*) filter (where user_id = $1)::int as a, count(*) filter (where user_id = $2)::int as b from bank_lines`,
      [A, B],
    );
    expect(rows).toEqual({ a: 6, b: 6 });
    const matches = await sql.query<{ same: boolean }>(
      `select e.user_id = l.user_id as same from expenses e join bank_lines l on l.id = e.bank_line_id`,
    );
    expect(matches.map((m) => m.same)).toEqual([true, true]);
  });

  it('shows each user the line of their own confirmed expense only, though both are the same payment', async () => {
    for (const user of [A, B]) {
      const [own] = await sql.query<{ id: string }>(
        `select l.id::text as id from expenses e join bank_lines l on l.id = e.bank_line_id where e.user_id = $1`,
        [user],
      );
      const view = await monthReconciliation(store.reconcile, as(user), '2026-11');
      expect([view.matched, view.matchedPairs.map((p) => [p.expense.description, p.line.id])]).toEqual([
        1,
        [['Carrefour', own?.id]],
      ]);
    }
  });

  it("never lets one user see, ignore, accept or delete another's statement", async () => {
    const bView = await monthReconciliation(store.reconcile, as(B), '2026-11');
    const [bLine] = bView.suggestions;
    if (!bLine) throw new Error('B has no suggestion');
    expect(await store.reconcile.line(as(A), bLine.id)).toBeNull();
    expect(await store.reconcile.ignore(as(A), bLine.id)).toBe(false);
    const chosen = { category: 'other' as const, description: 'x', provenance: {} };
    expect(await store.reconcile.accept(as(A), bLine.id, chosen)).toEqual({
      kind: 'not_found',
    });
    const [bStatement] = await store.statements.list(as(B));
    expect(await store.statements.list(as(A))).toHaveLength(1);
    expect(await store.statements.delete(as(A), bStatement?.id ?? '')).toBe(false);
    expect(await store.statements.list(as(B))).toHaveLength(1);
  });

  it("never lets one user pair or unpair another's line or expense, by the owner filter alone or by RLS alone", async () => {
    await seedExpenses(store, as(A), [
      { amount: '9.99', category: 'leisure', description: 'A streaming', date: '2026-11-12' },
    ]);
    await seedExpenses(store, as(B), [
      { amount: '9.99', category: 'leisure', description: 'B streaming', date: '2026-11-12' },
    ]);
    const rows = await sql.query<{ user_id: string; kind: string; id: string }>(
      `select l.user_id::text as user_id, case when exists (select 1 from expenses e where e.bank_line_id = l.id)
         then 'paired' else 'open' end as kind, l.id::text as id
       from bank_lines l where l.label like '%NETFLIX%' or l.label like '%CARREFOUR%'
       union all select e.user_id::text, 'expense', e.id::text from expenses e where e.description like '% streaming'`,
    );
    const find = (user: string, kind: string) =>
      rows.find((r) => r.user_id === user && r.kind === kind)?.id ?? '';
    const before = await sql.query(
      `select id, bank_line_id, updated_at from expenses union all select id, null, null from bank_lines where ignored_at is not null order by 1`,
    );
    // The owner filter alone: A without claims, so no policy applies.
    const aFiltered: Owner = { userId: A };
    expect(await store.reconcile.pair(aFiltered, find(B, 'open'), find(A, 'expense'), false)).toEqual({
      kind: 'line_not_found',
    });
    expect(await store.reconcile.pair(aFiltered, find(A, 'open'), find(B, 'expense'), false)).toEqual({
      kind: 'expense_not_found',
    });
    expect(await store.reconcile.unpair(aFiltered, find(B, 'paired'))).toBeNull();
    // RLS alone: the filter names B, the verified claims name A; only the policies hide B's rows.
    const bFilteredAsA: Owner = { userId: B, claims: as(A).claims };
    expect(await store.reconcile.pair(bFilteredAsA, find(B, 'open'), find(B, 'expense'), false)).toEqual({
      kind: 'line_not_found',
    });
    expect(await store.reconcile.unpair(bFilteredAsA, find(B, 'paired'))).toBeNull();
    expect(
      await sql.query(
        `select id, bank_line_id, updated_at from expenses union all select id, null, null from bank_lines where ignored_at is not null order by 1`,
      ),
    ).toEqual(before);
    // B, as B, pairs their own line with their own expense, and takes it back.
    expect(await store.reconcile.pair(as(B), find(B, 'open'), find(B, 'expense'), false)).toMatchObject({
      kind: 'paired',
      expense: { description: 'B streaming', bankLineId: find(B, 'open') },
    });
    expect(await store.reconcile.unpair(as(B), find(B, 'open'))).toBe(find(B, 'expense'));
  });

  it("gives the Data API's roles nothing of the bank tables", async () => {
    for (const role of ['authenticated', 'anon']) {
      await expect(
        sql.transaction(async (tx) => {
          await tx.query(`select set_config('request.jwt.claims', $1, true), set_config('role', $2, true)`, [
            JSON.stringify({ sub: A, role }),
            role,
          ]);
          return tx.query('select count(*) from bank_lines');
        }),
      ).rejects.toThrow(/permission denied/);
    }
  });
});
