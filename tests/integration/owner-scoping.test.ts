/**
 * Whose rows a store call touches, through the store itself, on PGlite and on the PostgreSQL
 * server. Two guards keep people apart, and each is tested on its own, since either one hides the
 * other's absence:
 * - the owner filter in every query (`user_id = $n`, or `is null` for the local user): the only
 *   guard where no claims come with the owner (local mode, the server's own jobs);
 * - Row Level Security, with the store's queries run as `voicetrack_api` with the owner's claims
 *   (Supabase mode): checked with an owner whose filter names one person and whose verified claims
 *   name another, so only the policies can hide the first person's rows.
 * What is read: the expense list, one expense, an edit, a delete, the month report, and what the
 * JSON export reads besides expenses (budgets, recurring rules, learned words).
 */
import type { Owner, Store } from '@voicetrack/edge/ports.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedExpenses } from '../support/seed.ts';
import { adapters, hostedAdapter } from '../support/store-adapters.ts';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const claims = (sub: string) => ({ sub, role: 'authenticated', aud: 'authenticated' });
const MONTH = '2026-11';

/** What an owner can see of everything the tests wrote, as short labels. */
async function seen(store: Store, owner: Owner) {
  const [list, report, budgets, rules, words] = await Promise.all([
    store.expenses.list(owner, { limit: 200 }),
    store.reports.monthSummary(owner, MONTH),
    store.budgets.list(owner),
    store.recurring.list(owner),
    store.learning.list(owner),
  ]);
  return {
    expenses: list.expenses.map((e) => e.description).sort(),
    report: [report.count, ...report.totals.map((t) => `${t.amount} ${t.currency}`)],
    budgets: budgets.map((b) => `${b.category} ${b.amount}`),
    rules: rules.map((r) => r.description),
    words: words.map((w) => w.phrase),
  };
}

/** Each owner's budget is on a category of their own: a delete of another's then finds nothing. */
const BUDGETED = { local: 'dining', a: 'health', b: 'transport' } as const;
type Who = keyof typeof BUDGETED;

/** One owner's rows: two expenses, a budget, a recurring rule, a learned word. */
async function seed(store: Store, owner: Owner, who: Who, cents: number) {
  await seedExpenses(store, owner, [
    { amount: `${cents}.00`, category: 'dining', description: `${who} lunch`, date: `${MONTH}-20` },
    { amount: '1.00', category: 'groceries', description: `${who} bread`, date: `${MONTH}-21` },
  ]);
  await store.budgets.put(owner, { category: BUDGETED[who], currency: 'EUR', amount: `${cents * 10}.00` });
  await store.recurring.create(owner, {
    amount: '9.99',
    currency: 'EUR',
    category: 'leisure',
    description: `${who} gym`,
    dayOfMonth: 5,
    timezone: 'Europe/Paris',
    nextDate: '2026-12-05',
  });
  await store.learning.remember(owner, { phrase: `${who} zinc`, category: 'dining' });
}

const mine = (who: Who, cents: number) => ({
  expenses: [`${who} bread`, `${who} lunch`],
  report: [2, `${cents + 1}.00 EUR`],
  budgets: [`${BUDGETED[who]} ${cents * 10}.00`],
  rules: [`${who} gym`],
  words: [`${who} zinc`],
});
const NOTHING = { expenses: [], report: [0], budgets: [], rules: [], words: [] };

/** The ids of an owner's expenses and rules, read as that owner. */
async function idsOf(store: Store, owner: Owner) {
  const { expenses } = await store.expenses.list(owner, { limit: 200 });
  const [rule] = await store.recurring.list(owner);
  return { lunch: expenses.find((e) => e.description.endsWith('lunch'))?.id ?? '', rule: rule?.id ?? '' };
}

/** Tries every read and write of the victim's rows as `intruder`: each must find nothing. */
async function expectNoWrites(store: Store, intruder: Owner, victim: Owner, who: Who) {
  const { lunch, rule } = await idsOf(store, victim);
  expect(lunch).not.toBe('');
  expect(await store.expenses.get(intruder, lunch)).toBeNull();
  expect(await store.expenses.update(intruder, lunch, { amount: '0.01' })).toBeNull();
  expect(await store.expenses.delete(intruder, lunch)).toBe(false);
  expect(await store.recurring.get(intruder, rule)).toBeNull();
  expect(await store.recurring.update(intruder, rule, { amount: '0.01' })).toBeNull();
  expect(await store.recurring.delete(intruder, rule)).toBe(false);
  expect(await store.budgets.delete(intruder, BUDGETED[who], 'EUR')).toBe(false);
  expect(await store.learning.forget(intruder, `${who} zinc`)).toBe(false);
}

describe.each([...adapters, hostedAdapter])('owner scoping through the store on %s', (_name, open) => {
  let store: Store;
  let sql: Sql;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, sql, cleanup } = await open());
    await sql.query('insert into auth.users (id) values ($1), ($2)', [A, B]);
  });
  afterAll(async () => cleanup());

  describe('without claims: the owner filter alone (local mode, the server’s jobs)', () => {
    const LOCAL: Owner = { userId: null };
    const B_BARE: Owner = { userId: B };

    beforeAll(async () => {
      await seed(store, LOCAL, 'local', 20);
      await seed(store, B_BARE, 'b', 30);
    });

    it('shows the local user only their rows, and another owner only theirs', async () => {
      expect(await seen(store, LOCAL)).toEqual(mine('local', 20));
      expect(await seen(store, B_BARE)).toEqual(mine('b', 30));
    });

    it('lets neither read, edit nor delete the other’s rows', async () => {
      await expectNoWrites(store, LOCAL, B_BARE, 'b');
      await expectNoWrites(store, B_BARE, LOCAL, 'local');
      expect(await seen(store, LOCAL)).toEqual(mine('local', 20));
      expect(await seen(store, B_BARE)).toEqual(mine('b', 30));
    });
  });

  describe('with claims: as voicetrack_api under Row Level Security (Supabase mode)', () => {
    const asA: Owner = { userId: A, claims: claims(A) };
    const asB: Owner = { userId: B, claims: claims(B) };
    /** The filter says B, the verified claims say A: only the policies stand between A and B's rows. */
    const filterBClaimsA: Owner = { userId: B, claims: claims(A) };

    beforeAll(async () => {
      await seed(store, asA, 'a', 40);
    });

    it('shows each user only their rows', async () => {
      expect(await seen(store, asA)).toEqual(mine('a', 40));
      // B's rows, written above without claims, are B's under the policies too.
      expect(await seen(store, asB)).toEqual(mine('b', 30));
    });

    it('keeps B’s rows from A even when the query’s owner filter names B: the policies decide', async () => {
      expect(await seen(store, filterBClaimsA)).toEqual(NOTHING);
      await expectNoWrites(store, filterBClaimsA, asB, 'b');
      await expectNoWrites(store, asA, asB, 'b');
      await expectNoWrites(store, asB, asA, 'a');
      expect(await seen(store, asB)).toEqual(mine('b', 30));
      expect(await seen(store, asA)).toEqual(mine('a', 40));
    });

    it('refuses to write a row for B with A’s claims', async () => {
      await expect(
        store.budgets.put(filterBClaimsA, { category: 'groceries', currency: 'EUR', amount: '5.00' }),
      ).rejects.toThrow(/row-level security/);
      expect((await store.budgets.list({ userId: B })).map((b) => b.category)).toEqual(['transport']);
    });
  });
});
