/**
 * Money awareness on the real PostgreSQL server: recurring expenses made exactly once by two
 * runners on two connections racing on the same rules, again after a restart, and even when a
 * rule's next date was lost (the expenses' unique key decides); one VAPID key pair for every
 * instance; budgets, subscriptions and rules kept to their user by RLS, the private key to nobody.
 */
import { createRecurringRunner } from '@voicetrack/edge/money/recurring-runner.ts';
import type { Owner, Store } from '@voicetrack/edge/ports.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/edge-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const as = (userId: string): Owner => ({ userId, claims: { sub: userId, role: 'authenticated' } });
const NOW = () => new Date('2026-11-20T10:00:00Z');

let db: TestDatabase;
let first: { store: Store; sql: Sql };
let second: { store: Store; sql: Sql };

beforeAll(async () => {
  db = await createTestDatabase('vt_money');
  first = await openStore({ databaseUrl: db.url });
  second = await openStore({ databaseUrl: db.url });
  await first.sql.query('insert into auth.users (id) values ($1), ($2)', [A, B]);
});
afterAll(async () => {
  await Promise.all([first.store.close(), second.store.close()]);
  await db.drop();
});

const countRecurring = async (sql: Sql) =>
  (
    await sql.query<{ date: string; n: number }>(
      `select expense_date::text as date, count(*)::int as n from expenses where source = 'recurring'
       group by expense_date order by expense_date`,
    )
  ).map((r) => `${r.date}×${r.n}`);

describe('recurring expenses on PostgreSQL', () => {
  it('makes each month once when two runners on two connections race, for every user', async () => {
    // Rules whose next date is in September: three months are due, for two users.
    for (const user of [A, B]) {
      await first.store.recurring.create(as(user), {
        amount: '30.00',
        currency: 'EUR',
        category: 'leisure',
        description: `gym ${user.slice(0, 1)}`,
        dayOfMonth: 31,
        timezone: 'Europe/Paris',
        nextDate: '2026-09-30',
      });
    }
    const runners = [first, second, first, second].map((s) =>
      createRecurringRunner({ recurring: s.store.recurring, watch: null, now: NOW }),
    );
    const made = await Promise.all(runners.map((r) => r.runAll()));
    expect(made.flat()).toHaveLength(4);
    expect(await countRecurring(first.sql)).toEqual(['2026-09-30×2', '2026-10-31×2']);
    // A person asking at the same time as the schedule: nothing more.
    await Promise.all([runners[0]?.runFor(as(A)), runners[1]?.runAll(), runners[1]?.runFor(as(B))]);
    expect(await countRecurring(first.sql)).toEqual(['2026-09-30×2', '2026-10-31×2']);
  });

  it('makes nothing again after a restart, nor when the next date was lost in a crash', async () => {
    await first.store.close();
    first = await openStore({ databaseUrl: db.url });
    const runner = createRecurringRunner({ recurring: first.store.recurring, watch: null, now: NOW });
    expect(await runner.runAll()).toEqual([]);
    // As if the process died after its inserts but before the next date moved: the key holds.
    await first.sql.query(`update recurring_rules set next_date = '2026-09-30'`);
    expect(await runner.runAll()).toEqual([]);
    expect(await countRecurring(first.sql)).toEqual(['2026-09-30×2', '2026-10-31×2']);
    const [rule] = await first.store.recurring.list(as(A));
    expect(rule?.nextDate).toBe('2026-11-30');
  });

  it('keeps each user’s rules to them', async () => {
    expect((await first.store.recurring.list(as(A))).map((r) => r.description)).toEqual(['gym a']);
    const [bRule] = await first.store.recurring.list(as(B));
    expect(await first.store.recurring.update(as(A), bRule?.id ?? '', { amount: '1.00' })).toBeNull();
    expect(await first.store.recurring.delete(as(A), bRule?.id ?? '')).toBe(false);
  });
});

describe('budgets, push and VAPID keys on PostgreSQL', () => {
  it('gives every instance the same VAPID key pair, made once', async () => {
    const apps = await Promise.all([
      startTestApp({ databaseUrl: db.url }),
      startTestApp({ databaseUrl: db.url }),
    ]);
    const keys = await Promise.all(
      apps.map(async (a) => (await (await a.api.push['public-key'].$get()).json()).publicKey),
    );
    expect(keys[0]).toBe(keys[1]);
    expect(Buffer.from(keys[0] ?? '', 'base64url')).toHaveLength(65);
    await Promise.all(apps.map((a) => a.close()));
    const rows = await first.sql.query('select 1 from push_vapid_keys');
    expect(rows).toHaveLength(1);
  });

  it('keeps budgets and subscriptions to their user, and the private key from every user role', async () => {
    await first.store.budgets.put(as(A), { category: 'dining', currency: 'EUR', amount: '100.00' });
    await first.store.budgets.put(as(B), { category: 'dining', currency: 'EUR', amount: '5.00' });
    expect(await first.store.budgets.list(as(A))).toEqual([
      { category: 'dining', currency: 'EUR', amount: '100.00' },
    ]);
    expect(await first.store.budgets.delete(as(A), 'dining', 'EUR')).toBe(true);
    expect(await first.store.budgets.list(as(B))).toHaveLength(1);
    await first.store.push.subscribe(as(B), {
      endpoint: 'https://fcm.googleapis.com/fcm/send/b',
      p256dh: 'p',
      auth: 'a',
      locale: 'fr-FR',
    });
    expect(await first.store.push.list(as(A))).toEqual([]);
    expect(await first.store.push.unsubscribe(as(A), 'https://fcm.googleapis.com/fcm/send/b')).toBe(false);
    for (const role of ['authenticated', 'anon', 'voicetrack_api']) {
      const read = first.sql.transaction(async (tx) => {
        await tx.query(`select set_config('request.jwt.claims', $1, true), set_config('role', $2, true)`, [
          JSON.stringify({ sub: A, role }),
          role,
        ]);
        return tx.query('select private_key from push_vapid_keys');
      });
      await expect(read).rejects.toThrow(/permission denied/);
    }
    for (const role of ['authenticated', 'anon']) {
      const read = first.sql.transaction(async (tx) => {
        await tx.query(`select set_config('role', $1, true)`, [role]);
        return tx.query('select * from budgets');
      });
      await expect(read).rejects.toThrow(/permission denied/);
    }
  });
});

describe('Idempotency-Key answers on PostgreSQL', () => {
  it('let one of two connections run a key at once, then give the other its answer; another body is a mismatch', async () => {
    const owner = as(A);
    const [one, two] = await Promise.all([
      first.store.idempotency.begin(owner, 'key-1', 'print-1', 120),
      second.store.idempotency.begin(owner, 'key-1', 'print-1', 120),
    ]);
    expect([one.kind, two.kind].sort()).toEqual(['pending', 'started']);
    const answer = { status: 201, contentType: 'application/json', body: '{"id":"x"}' };
    await first.store.idempotency.finish(owner, 'key-1', answer);
    expect(await second.store.idempotency.begin(owner, 'key-1', 'print-1', 120)).toEqual({
      kind: 'answered',
      answer,
    });
    expect(await second.store.idempotency.begin(owner, 'key-1', 'print-2', 120)).toEqual({
      kind: 'mismatch',
    });
    // Another person's key of the same name is their own.
    expect((await second.store.idempotency.begin(as(B), 'key-1', 'print-1', 120)).kind).toBe('started');
  });
});
