/**
 * A recurring expense is made once per month, on PGlite and on the PostgreSQL server, whatever
 * runs it and however often: runners racing, a person asking while the schedule runs, and a rule
 * whose next date was lost (a crash, a restore): there the expenses' unique key, a clientId derived
 * from (rule, month), is the only guard left. Through the store and the runner the server uses.
 */
import { createRecurringRunner, recurringClientId } from '@voicetrack/edge/money/recurring-runner.ts';
import type { Owner, Store } from '@voicetrack/edge/ports.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../support/store-adapters.ts';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const as = (userId: string): Owner => ({ userId, claims: { sub: userId, role: 'authenticated' } });
const LOCAL: Owner = { userId: null };
const NOW = () => new Date('2026-11-20T10:00:00Z');

describe.each(adapters)('recurring expenses made once on %s', (_name, open) => {
  let store: Store;
  let sql: Sql;
  let cleanup: () => Promise<void>;
  const runner = () => createRecurringRunner({ recurring: store.recurring, watch: null, now: NOW });

  /** Recurring expenses per date and owner: "2026-09-30 a ×1". */
  const made = async () =>
    (
      await sql.query<{ line: string }>(
        `select expense_date::text || ' ' || coalesce(left(user_id::text, 1), 'local') || ' ×' || count(*) as line
         from expenses where source = 'recurring' group by expense_date, user_id order by 1`,
      )
    ).map((r) => r.line);
  const EACH_ONCE = [
    '2026-09-30 a ×1',
    '2026-09-30 b ×1',
    '2026-09-30 local ×1',
    '2026-10-31 a ×1',
    '2026-10-31 b ×1',
    '2026-10-31 local ×1',
  ];

  beforeAll(async () => {
    ({ store, sql, cleanup } = await open());
    await sql.query('insert into auth.users (id) values ($1), ($2)', [A, B]);
    // Rules whose next date is in September: September and October are due on 20 November.
    for (const owner of [as(A), as(B), LOCAL]) {
      await store.recurring.create(owner, {
        amount: '30.00',
        currency: 'EUR',
        category: 'leisure',
        description: 'gym',
        dayOfMonth: 31,
        timezone: 'Europe/Paris',
        nextDate: '2026-09-30',
      });
    }
  });
  afterAll(async () => cleanup());

  it('makes each due month once when four runners race, for every owner', async () => {
    const runs = await Promise.all([runner(), runner(), runner(), runner()].map((r) => r.runAll()));
    expect(runs.flat()).toHaveLength(6);
    expect(await made()).toEqual(EACH_ONCE);
  });

  it('makes nothing more when people ask while the schedule runs, again and again', async () => {
    const r = runner();
    const again = await Promise.all([
      r.runFor(as(A)),
      r.runAll(),
      r.runFor(as(B)),
      r.runFor(LOCAL),
      r.runAll(),
    ]);
    expect(again.flat()).toEqual([]);
    expect(await made()).toEqual(EACH_ONCE);
  });

  it('keys each month’s expense by rule and month, whoever made it', async () => {
    const [rule] = await store.recurring.list(as(A));
    const rows = await sql.query<{ client_id: string; month: string }>(
      `select client_id::text, to_char(expense_date, 'YYYY-MM') as month from expenses
       where source = 'recurring' and user_id = $1 order by expense_date`,
      [A],
    );
    const expected = await Promise.all(rows.map((r) => recurringClientId(rule?.id ?? '', r.month)));
    expect(rows.map((r) => r.client_id)).toEqual(expected);
  });

  it('makes nothing again when the next dates were lost (a crash, a restore): the key decides', async () => {
    await sql.query(`update recurring_rules set next_date = '2026-09-30'`);
    const r = runner();
    expect(await Promise.all([r.runAll(), r.runFor(as(A)), r.runFor(LOCAL)])).toEqual([[], [], []]);
    expect(await made()).toEqual(EACH_ONCE);
    // The rules moved on past what exists: November's is the next one, for each.
    const next = await Promise.all(
      [as(A), as(B), LOCAL].map(async (o) => (await store.recurring.list(o))[0]?.nextDate),
    );
    expect(next).toEqual(['2026-11-30', '2026-11-30', '2026-11-30']);
  });
});
