/**
 * Money's use cases and each of their outcomes, on a real store (PGlite in memory) put together by
 * createMoney as the app does, with a push service client that is a working fake of its port:
 * budgets, recurring rules, push subscriptions, and the month report that shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../observe/logger.ts';
import { LOCAL_OWNER, type PushSender, type Store } from '../ports.ts';
import { monthReport } from '../report/month-report.ts';
import { openStore } from '../store/open-store.ts';
import { deleteBudget, monthBudgets } from './budgets.ts';
import { createMoney, type Money } from './money.ts';
import { sendTestPush, subscribePush, unsubscribePush } from './push-subscriptions.ts';
import { createRule, deleteRule, listRules, updateRule } from './recurring-rules.ts';

let store: Store;
let money: Money;
const pushed: string[] = [];
const sender: PushSender = {
  send: async (target) => {
    pushed.push(target.endpoint);
    return { kind: 'sent', status: 201 };
  },
};
const NOW = new Date('2026-11-24T12:00:00Z');

// PGlite's first open (WebAssembly, the migrations) takes seconds on a busy machine.
beforeAll(async () => {
  ({ store } = await openStore({}));
  money = createMoney(
    store,
    {
      pushSender: sender,
      push: { vapid: null, subject: 'mailto:test@example.org', allowedOrigins: ['https://push.example.org'] },
      channels: [],
      lang: 'fr',
      timeZone: 'Europe/Paris',
      now: () => NOW,
    },
    silentLogger,
  );
}, 120_000);
afterAll(async () => {
  await money?.background.idle();
  await store?.close();
});

const rules = () => ({ recurring: store.recurring, households: store.households, ...money });

describe('what shows money makes the recurring expenses that are due first', () => {
  it('counts a rule due this month in the budgets, the rules and the report', async () => {
    await store.budgets.put(LOCAL_OWNER, { category: 'housing', amount: '1000.00', currency: 'EUR' });
    await store.recurring.create(LOCAL_OWNER, {
      amount: '800.00',
      currency: 'EUR',
      category: 'housing',
      description: 'Loyer',
      dayOfMonth: 1,
      timezone: 'Europe/Paris',
      nextDate: '2026-11-01',
    });
    const budgets = await monthBudgets(
      { budgets: store.budgets, runner: money.runner, timeZone: money.timeZone, now: money.now },
      LOCAL_OWNER,
      '2026-11',
    );
    expect(budgets.budgets.find((b) => b.category === 'housing')).toMatchObject({ spent: '800.00' });
    const [rule] = await listRules(rules(), LOCAL_OWNER);
    expect(rule?.nextDate).toBe('2026-12-01');
    const report = await monthReport(
      { reports: store.reports, runner: money.runner },
      LOCAL_OWNER,
      '2026-11',
    );
    expect(report.count).toBe(1);
  });

  it('refuses to delete a budget that is not set', async () => {
    const budgets = { budgets: store.budgets, runner: money.runner };
    expect(await deleteBudget(budgets, LOCAL_OWNER, 'housing', 'EUR')).toEqual({ kind: 'deleted' });
    expect(await deleteBudget(budgets, LOCAL_OWNER, 'housing', 'EUR')).toEqual({
      kind: 'refused',
      code: 'not_found',
      message: 'No housing budget in EUR.',
    });
  });
});

describe('recurring rules', () => {
  it('updates and deletes a rule, and refuses one that does not exist', async () => {
    const created = await createRule(rules(), LOCAL_OWNER, {
      amount: '9.99',
      currency: 'EUR',
      category: 'leisure',
      description: 'Musique',
      dayOfMonth: 28,
    });
    if (created.kind !== 'created') throw new Error(created.message);
    const { rule } = created;
    expect(await updateRule(rules(), LOCAL_OWNER, rule.id, { amount: '10.99' })).toMatchObject({
      kind: 'updated',
      rule: { id: rule.id, amount: '10.99' },
    });
    expect(await deleteRule(rules(), LOCAL_OWNER, rule.id)).toEqual({ kind: 'deleted' });
    const gone = { kind: 'refused', code: 'not_found', message: 'No recurring expense with this id.' };
    expect(await updateRule(rules(), LOCAL_OWNER, rule.id, { amount: '1.00' })).toEqual(gone);
    expect(await deleteRule(rules(), LOCAL_OWNER, rule.id)).toEqual(gone);
  });
});

describe('push subscriptions', () => {
  const keys = { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22), locale: 'fr-FR' };
  const endpoint = 'https://push.example.org/send/abc';

  it('subscribes a device of an allowed push service once, and sends it the test', async () => {
    const deps = { push: store.push, ...money };
    expect(await subscribePush(deps, LOCAL_OWNER, { endpoint, ...keys })).toMatchObject({
      kind: 'subscribed',
      created: true,
      subscription: { endpoint, locale: 'fr-FR' },
    });
    expect(await subscribePush(deps, LOCAL_OWNER, { endpoint, ...keys })).toMatchObject({ created: false });
    expect(await sendTestPush(deps, LOCAL_OWNER)).toEqual({
      kind: 'sent',
      outcome: { sent: 1, gone: 0, failed: 0 },
    });
    expect(pushed).toEqual([endpoint]);
    expect(await unsubscribePush(deps, LOCAL_OWNER, endpoint)).toEqual({ kind: 'unsubscribed' });
    expect(await unsubscribePush(deps, LOCAL_OWNER, endpoint)).toMatchObject({
      kind: 'refused',
      code: 'not_found',
    });
  });

  it('refuses an endpoint that is not an allowed push service, and a test with no push client', async () => {
    const deps = { push: store.push, ...money };
    expect(
      await subscribePush(deps, LOCAL_OWNER, { endpoint: 'https://attacker.example/collect', ...keys }),
    ).toMatchObject({ kind: 'refused', code: 'push_endpoint_refused' });
    expect(await sendTestPush({ ...deps, notifier: null }, LOCAL_OWNER)).toEqual({
      kind: 'refused',
      code: 'push_unavailable',
      message: 'Web Push is not set up on this server.',
    });
  });
});
