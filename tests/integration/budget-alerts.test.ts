/**
 * Budgets and their alerts through the API, with a local push service receiving the real
 * encrypted Web Push requests (VAPID-signed, aes128gcm) and decrypting them with each device's own
 * key: one alert at 80 %, one at 100 %, none after, none again after going under and over.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakePushService, startFakePushService } from '../support/fake-push-service.ts';

let t: TestApp;
let push: FakePushService;
const NOW = new Date('2026-11-24T12:00:00+01:00');

beforeAll(async () => {
  push = await startFakePushService();
  t = await startTestApp({ env: { PUSH_ALLOWED_ORIGINS: push.origin }, now: () => NOW });
});
afterAll(async () => {
  await t.close();
  await push.close();
});

const spend = async (text: string) => {
  const res = await t.api.text.$post({ json: textNote(text) });
  expect(res.status).toBe(201);
  const result = await res.json();
  await t.settled();
  return result.expenses[0];
};
const bodies = () => push.deliveries.map((d) => (d.payload as { body: string }).body);

describe('budgets', () => {
  it('sets a budget (201), replaces it (200), and refuses a category that is not one', async () => {
    const first = await t.api.budgets[':category'].$put({
      param: { category: 'dining' },
      json: { amount: '80', currency: 'EUR' },
    });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ category: 'dining', currency: 'EUR', amount: '80.00' });
    const again = await t.api.budgets[':category'].$put({
      param: { category: 'dining' },
      json: { amount: '100.00', currency: 'EUR' },
    });
    expect(again.status).toBe(200);
    const bad = await t.app.request('/api/budgets/rent', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ amount: '10.00', currency: 'EUR' }),
    });
    expect(bad.status).toBe(400);
    const float = await t.app.request('/api/budgets/total', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 10.5, currency: 'EUR' }),
    });
    expect(float.status).toBe(400);
  });
});

describe('alerts by Web Push', () => {
  let french: string;
  let english: string;

  it('takes two devices’ subscriptions, each with its language', async () => {
    const key = await (await t.api.push['public-key'].$get()).json();
    expect(Buffer.from(key.publicKey, 'base64url')).toHaveLength(65);
    const fr = { ...push.subscribe(), locale: 'fr-FR' };
    const en = { ...push.subscribe(), locale: 'en-GB' };
    french = fr.endpoint;
    english = en.endpoint;
    const res = await t.api.push.subscriptions.$post({ json: fr });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ endpoint: fr.endpoint, locale: 'fr-FR' });
    expect((await t.api.push.subscriptions.$post({ json: en })).status).toBe(201);
    // The same device again (keys rotated): updated, not added.
    expect((await t.api.push.subscriptions.$post({ json: fr })).status).toBe(200);
    expect(await t.store.push.list(LOCAL_OWNER)).toHaveLength(2);
  });

  it('says nothing below 80 %', async () => {
    await spend('50 € au resto');
    expect(push.deliveries).toEqual([]);
  });

  it('alerts each device once at 80 %, in its language, with French typography', async () => {
    await spend('35 € au resto');
    expect(push.refusals).toEqual([]);
    expect(bodies().sort()).toEqual([
      'Dining: 85% of the November budget (€85.00 of €100.00)',
      'Restaurant\u00a0: 85\u202f% du budget de novembre (85,00\u00a0€ sur 100,00\u00a0€)',
    ]);
    expect(push.deliveries[0]).toMatchObject({
      payload: { view: 'month', month: '2026-11', tag: 'budget-dining-EUR-2026-11' },
      ttl: 86400,
      topic: 'budget-dining-EUR',
      urgency: 'normal',
    });
  });

  it('says nothing more until 100 %, then alerts once at 100 %, then never again', async () => {
    await spend('10 € au resto');
    expect(push.deliveries).toHaveLength(2);
    const over = await spend('6 € au resto');
    expect(bodies().slice(2).sort()).toEqual([
      'Dining: 101% of the November budget (€101.00 of €100.00)',
      'Restaurant\u00a0: 101\u202f% du budget de novembre (101,00\u00a0€ sur 100,00\u00a0€)',
    ]);
    await spend('3 € au resto');
    expect(push.deliveries).toHaveLength(4);

    // Under both thresholds by an edit, then over again: the month's alerts were already sent.
    const edit = await t.api.expenses[':id'].$patch({
      param: { id: over?.id ?? '' },
      json: { amount: '1.00' },
    });
    expect(edit.status).toBe(200);
    await t.settled();
    const back = await t.api.expenses[':id'].$patch({
      param: { id: over?.id ?? '' },
      json: { amount: '60.00' },
    });
    expect(back.status).toBe(200);
    await t.settled();
    expect(push.deliveries).toHaveLength(4);
  });

  it('answers where the month stands: saved only, remaining, percent, level, and what waits apart', async () => {
    await t.api.text.$post({ json: { ...textNote('20 € au resto'), confirm: true } });
    const res = await t.api.budgets.$get({ query: { month: '2026-11' } });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.budgets).toEqual([
      {
        category: 'dining',
        currency: 'EUR',
        amount: '100.00',
        spent: '158.00',
        remaining: '-58.00',
        percent: 158,
        level: 'over',
        pending: { count: 1, amount: '20.00' },
      },
    ]);
    expect(answer.apart).toEqual({
      count: 1,
      withoutAmount: 0,
      totals: [{ currency: 'EUR', amount: '20.00', count: 1 }],
    });
    const other = await (await t.api.budgets.$get({ query: { month: '2026-10' } })).json();
    expect(other.budgets[0]).toMatchObject({ spent: '0.00', percent: 0, level: 'ok' });
  });

  it('alerts the total on its own, once', async () => {
    await t.api.budgets[':category'].$put({
      param: { category: 'total' },
      json: { amount: '200.00', currency: 'EUR' },
    });
    await spend('5 € de pain');
    expect(bodies().slice(4).sort()).toEqual([
      'Total: 81% of the November budget (€163.00 of €200.00)',
      'Total\u00a0: 81\u202f% du budget de novembre (163,00\u00a0€ sur 200,00\u00a0€)',
    ]);
  });

  it('deletes a budget (204), then says it has none (404)', async () => {
    const del = () =>
      t.api.budgets[':category'].$delete({ param: { category: 'total' }, query: { currency: 'EUR' } });
    expect((await del()).status).toBe(204);
    expect((await del()).status).toBe(404);
  });

  it('deletes a subscription whose push service answers 410 or 404', async () => {
    push.answer(english, 410);
    push.answer(french, 404);
    await t.api.budgets[':category'].$put({
      param: { category: 'groceries' },
      json: { amount: '10.00', currency: 'EUR' },
    });
    await spend('9 € de courses au supermarché');
    expect(push.deliveries).toHaveLength(6);
    expect(await t.store.push.list(LOCAL_OWNER)).toEqual([]);
  });
});

describe('push subscriptions', () => {
  it.each([
    ['a push service that is not allowed here', 'https://fcm.googleapis.com/fcm/send/abc'],
    ['another port on the allowed host', 'http://127.0.0.1:1/push/abc'],
    ['an internal address', 'http://169.254.169.254/latest/meta-data'],
    ['credentials in the URL', 'http://user:pw@127.0.0.1/push/abc'],
  ])('refuses %s with 400, and never calls it', async (_what, endpoint) => {
    const sub = { ...push.subscribe(), endpoint };
    const res = await t.api.push.subscriptions.$post({ json: sub });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: expect.stringMatching(/push_endpoint_refused|validation_failed/) },
    });
    expect((await t.store.push.list(LOCAL_OWNER)).map((s) => s.endpoint)).not.toContain(endpoint);
  });

  it('refuses keys that are not a browser’s', async () => {
    const sub = push.subscribe();
    const res = await t.api.push.subscriptions.$post({
      json: { ...sub, keys: { ...sub.keys, p256dh: 'abc' } },
    });
    expect(res.status).toBe(400);
  });

  it('removes a subscription (204), then knows it no more (404)', async () => {
    const sub = push.subscribe();
    await t.api.push.subscriptions.$post({ json: sub });
    const del = () => t.api.push.subscriptions.$delete({ json: { endpoint: sub.endpoint } });
    expect((await del()).status).toBe(204);
    expect((await del()).status).toBe(404);
  });

  it('sends a test notification to every device', async () => {
    const sub = { ...push.subscribe(), locale: 'fr-CA' };
    await t.api.push.subscriptions.$post({ json: sub });
    const res = await t.api.push.test.$post();
    expect(await res.json()).toEqual({ sent: 1, gone: 0, failed: 0 });
    expect(push.deliveries.at(-1)?.payload).toMatchObject({
      body: 'Les notifications fonctionnent sur cet appareil.',
    });
  });

  it('keeps at most 20 devices per person, dropping the least recently registered', async () => {
    const subs = Array.from({ length: 22 }, () => push.subscribe());
    for (const sub of subs) expect((await t.api.push.subscriptions.$post({ json: sub })).status).toBe(201);
    const kept = (await t.store.push.list(LOCAL_OWNER)).map((s) => s.endpoint);
    expect(kept).toHaveLength(20);
    expect(kept).toContain(subs.at(-1)?.endpoint);
    expect(kept).not.toContain(subs[0]?.endpoint);
  });
});
