/**
 * Money on the server, on PGlite and on the PostgreSQL server: amounts that floats get wrong
 * (19.99 * 100 = 1998.9999999999998) stay exact through the month report, budgets and the CSV,
 * in currencies of 0, 2 and 3 usual decimal places (all kept with two here); a budget's 80 % is
 * reached at exactly 80 %, not a cent later, and alerts once.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakePushService, startFakePushService } from '../support/fake-push-service.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { type SeedExpense, seedExpenses } from '../support/seed.ts';

const NOW = new Date('2026-11-24T12:00:00+01:00');

/** September: amounts floats get wrong, in EUR, JPY (0 places usually), KWD, BHD, TND (3). */
const SEPTEMBER: SeedExpense[] = [
  { amount: '0.29', category: 'groceries', date: '2026-09-02' },
  { amount: '1.15', category: 'groceries', date: '2026-09-03' },
  { amount: '4.35', category: 'dining', date: '2026-09-04' },
  { amount: '19.99', category: 'dining', date: '2026-09-05' },
  { amount: '1999.00', currency: 'JPY', category: 'dining', date: '2026-09-06' },
  { amount: '1234567.00', currency: 'JPY', category: 'housing', date: '2026-09-07' },
  { amount: '4.35', currency: 'KWD', category: 'transport', date: '2026-09-08' },
  { amount: '19.99', currency: 'KWD', category: 'transport', date: '2026-09-09' },
  { amount: '1234567.89', currency: 'BHD', category: 'housing', date: '2026-09-10' },
  { amount: '0.29', currency: 'TND', category: 'other', date: '2026-09-11' },
];
const AUGUST: SeedExpense[] = [
  { amount: '10.00', category: 'dining', date: '2026-08-05' },
  { amount: '1000.00', currency: 'JPY', category: 'dining', date: '2026-08-06' },
  { amount: '1.15', currency: 'KWD', category: 'transport', date: '2026-08-08' },
  { amount: '1234567.00', currency: 'BHD', category: 'housing', date: '2026-08-10' },
];

describe.each(['PGlite', 'PostgreSQL'] as const)('money on %s', (kind) => {
  let t: TestApp;
  let push: FakePushService;
  let db: TestDatabase | null = null;

  beforeAll(async () => {
    push = await startFakePushService();
    db = kind === 'PostgreSQL' ? await createTestDatabase('vt_money_exact') : null;
    t = await startTestApp({
      env: { PUSH_ALLOWED_ORIGINS: push.origin },
      now: () => NOW,
      ...(db ? { databaseUrl: db.url } : {}),
    });
    await seedExpenses(t.store, LOCAL_OWNER, [...SEPTEMBER, ...AUGUST]);
  });
  afterAll(async () => {
    await t.close();
    await push.close();
    await db?.drop();
  });

  const putBudget = async (
    category: 'total' | 'dining' | 'groceries' | 'transport',
    amount: string,
    currency: string,
  ) => {
    const res = await t.api.budgets[':category'].$put({ param: { category }, json: { amount, currency } });
    expect([200, 201]).toContain(res.status);
  };
  const budgets = async (month: string) =>
    (await (await t.api.budgets.$get({ query: { month } })).json()).budgets;

  it('keeps the month report exact to the cent, totals and changes, in each currency', async () => {
    const report = await (await t.api.report.$get({ query: { month: '2026-09' } })).json();
    expect(report.totals).toEqual([
      { currency: 'JPY', amount: '1236566.00', count: 2 },
      { currency: 'BHD', amount: '1234567.89', count: 1 },
      { currency: 'EUR', amount: '25.78', count: 4 },
      { currency: 'KWD', amount: '24.34', count: 2 },
      { currency: 'TND', amount: '0.29', count: 1 },
    ]);
    expect(report.changes).toEqual([
      { currency: 'BHD', amount: '0.89', percent: 0 },
      { currency: 'EUR', amount: '15.78', percent: 157.8 },
      { currency: 'JPY', amount: '1235566.00', percent: 123556.6 },
      { currency: 'KWD', amount: '23.19', percent: 2016.5 },
      { currency: 'TND', amount: '0.29', percent: null },
    ]);
  });

  it('keeps budgets exact to the cent: amount, spent, remaining and level', async () => {
    await putBudget('dining', '19.99', 'EUR');
    await putBudget('dining', '2000', 'JPY');
    await putBudget('transport', '24.34', 'KWD');
    await putBudget('total', '1234567.89', 'BHD');
    const september = await budgets('2026-09');
    expect(
      september.map((b) => [b.category, b.currency, b.amount, b.spent, b.remaining, b.percent, b.level]),
    ).toEqual([
      ['total', 'BHD', '1234567.89', '1234567.89', '0.00', 100, 'over'],
      ['dining', 'EUR', '19.99', '24.34', '-4.35', 121, 'over'],
      ['dining', 'JPY', '2000.00', '1999.00', '1.00', 99, 'warning'],
      // Exactly the budget, not a cent under it.
      ['transport', 'KWD', '24.34', '24.34', '0.00', 100, 'over'],
    ]);
  });

  it('writes each amount in the CSV exactly as it was saved', async () => {
    const csv = await (
      await t.api['export.csv'].$get({ query: { from: '2026-09-01', to: '2026-09-30', format: 'standard' } })
    ).text();
    const cells = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',').slice(1, 3).join(' '));
    expect(cells.sort()).toEqual(SEPTEMBER.map((e) => `${e.amount} ${e.currency ?? 'EUR'}`).sort());
    const fr = await (
      await t.api['export.csv'].$get({ query: { from: '2026-09-05', to: '2026-09-05' } })
    ).text();
    expect(fr).toContain(';19,99;EUR;');
  });

  describe('the 80 % of a budget', () => {
    const alerts = () => push.deliveries.map((d) => (d.payload as { body: string }).body);
    const spend = async (text: string) => {
      const res = await t.api.text.$post({ json: textNote(text) });
      expect(res.status).toBe(201);
      const { expenses } = await res.json();
      await t.settled();
      return expenses[0];
    };

    beforeAll(async () => {
      const subscription = { ...push.subscribe(), locale: 'en-GB' };
      expect((await t.api.push.subscriptions.$post({ json: subscription })).status).toBe(201);
      await putBudget('groceries', '25.00', 'EUR');
    });

    it('is not reached a cent before: 19.99 of 25.00 is 79 %, ok, and says nothing', async () => {
      const first = await spend('19,99 € de courses');
      expect([first?.amount, first?.category]).toEqual(['19.99', 'groceries']);
      const [groceries] = (await budgets('2026-11')).filter((b) => b.category === 'groceries');
      expect(groceries).toMatchObject({ spent: '19.99', remaining: '5.01', percent: 79, level: 'ok' });
      expect(alerts()).toEqual([]);
    });

    it('is reached at exactly 80 %: 20.00 of 25.00 turns the bar to warning and alerts once', async () => {
      await spend('0,01 € de pain');
      const [groceries] = (await budgets('2026-11')).filter((b) => b.category === 'groceries');
      expect(groceries).toMatchObject({ spent: '20.00', remaining: '5.00', percent: 80, level: 'warning' });
      expect(alerts()).toEqual(['Groceries: 80% of the November budget (€20.00 of €25.00)']);
      // Another cent, still under 100 %: nothing more.
      await spend('0,01 € de pain');
      expect(alerts()).toHaveLength(1);
    });

    it('is reached at exactly 80 % of the total too, by an edit', async () => {
      // November's EUR so far: 20.01 (groceries). A total of 30.00: 80 % is 24.00.
      await putBudget('total', '30.00', 'EUR');
      const coffee = await spend('3,98 € de café');
      expect(alerts()).toHaveLength(1);
      const totalEur = async () =>
        (await budgets('2026-11')).find((b) => b.category === 'total' && b.currency === 'EUR');
      expect(await totalEur()).toMatchObject({
        category: 'total',
        currency: 'EUR',
        spent: '23.99',
        percent: 79,
        level: 'ok',
      });
      const edit = await t.api.expenses[':id'].$patch({
        param: { id: coffee?.id ?? '' },
        json: { amount: '3.99' },
      });
      expect(edit.status).toBe(200);
      await t.settled();
      expect(await totalEur()).toMatchObject({ spent: '24.00', percent: 80, level: 'warning' });
      expect(alerts().slice(1)).toEqual(['Total: 80% of the November budget (€24.00 of €30.00)']);
    });
  });
});
