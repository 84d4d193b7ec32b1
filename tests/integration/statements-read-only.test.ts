/**
 * Reading the reconciliation page again, with nothing changed since, writes nothing: no
 * transaction, no lock, no insert, update or delete (the store is run over a port that counts what
 * it is asked), on PGlite and on the PostgreSQL server. A read that has something to pair still
 * pairs it, in a transaction under the person's lock, and the answers are the same either way.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { monthReconciliation } from '@voicetrack/edge/statements/reconcile.ts';
import { loadMigrations } from '@voicetrack/edge/store/migration-files.ts';
import type { Sql, SqlParam, SqlTx } from '@voicetrack/edge/store/sql.ts';
import { createSqlStore } from '@voicetrack/edge/store/sql-store.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOTH_DATABASES, useAppOn } from '../support/both-databases.ts';
import { seedExpenses } from '../support/seed.ts';
import { imported } from '../support/statements.ts';

const WRITES = /^\s*(insert|update|delete)\b|pg_advisory/i;

/** The Sql port, counting the transactions opened and the statements that write or lock. */
function counting(sql: Sql) {
  const seen = { transactions: 0, writes: [] as string[] };
  const wrap = (tx: SqlTx): SqlTx => ({
    query: <T extends object>(text: string, params?: readonly SqlParam[]) => {
      if (WRITES.test(text)) seen.writes.push(text.trim().split(/\s+/).slice(0, 3).join(' '));
      return tx.query<T>(text, params);
    },
    exec: (script) => tx.exec(script),
  });
  const counted: Sql = {
    ...wrap(sql),
    kind: sql.kind,
    transaction: (fn) => {
      seen.transactions += 1;
      return sql.transaction((tx) => fn(wrap(tx)));
    },
    listen: (channel, onPayload) => sql.listen(channel, onPayload),
    close: () => sql.close(),
  };
  return { sql: counted, seen };
}

describe.each(BOTH_DATABASES)('the reconciliation page read again on %s', (_name, postgres) => {
  const t = useAppOn(postgres, 'vt_statements_read_only');

  beforeAll(async () => {
    await seedExpenses(t.app.store, LOCAL_OWNER, [
      { amount: '42.10', category: 'groceries', description: 'Courses Carrefour', date: '2026-11-28' },
      { amount: '4.80', category: 'dining', description: 'Café', date: '2026-11-10' },
    ]);
    await imported(t.app, 'camt053-v02-card-sepa-salary.xml', { account: 'Compte courant' });
  });

  const countedRead = async () => {
    const { sql, seen } = counting(t.app.sql);
    const store = createSqlStore(
      sql,
      { versions: loadMigrations().map((m) => m.version) },
      { listen: false },
    );
    const page = await monthReconciliation(store.reconcile, LOCAL_OWNER, '2026-11');
    return { page, seen };
  };

  it('pairs what came in since, in a transaction under the lock, then writes nothing on the next read', async () => {
    // Netflix's 9.99 of 12 November said after the import, written where no bank matching follows
    // (a JSON import does so): the page's read is what pairs it.
    await t.app.sql.query(
      `insert into expenses (user_id, client_id, amount, currency, category, description, expense_date, source)
       values (null, gen_random_uuid(), 9.99, 'EUR', 'leisure', 'Netflix', '2026-11-11', 'text')`,
    );
    const first = await countedRead();
    expect(first.seen.transactions).toBe(1);
    expect(first.seen.writes).toEqual(
      expect.arrayContaining(['select pg_advisory_xact_lock(hashtext($1))', 'update expenses e']),
    );
    expect(first.page.matchedPairs.map((p) => p.line.label)).toContain('PRLV SEPA NETFLIX.COM');

    const second = await countedRead();
    expect(second.seen).toEqual({ transactions: 0, writes: [] });
    expect(second.page).toEqual(first.page);
  });

  it('writes nothing when a read finds nothing to pair, and answers as the store read under the lock did', async () => {
    const read = await countedRead();
    expect(read.seen).toEqual({ transactions: 0, writes: [] });
    expect(read.page).toEqual(await monthReconciliation(t.app.store.reconcile, LOCAL_OWNER, '2026-11'));
  });
});
