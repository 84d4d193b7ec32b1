/** The expense list and its edits through the API: filter by date range and category, PATCH, DELETE. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe('GET, PATCH and DELETE /api/expenses', () => {
  it('lists by date range and category, edits and deletes', async () => {
    const created = await (
      await t.api.text.$post({
        json: textNote('45 euros de train hier', { recordedAt: '2026-10-15T09:00:00+02:00' }),
      })
    ).json();
    const id = created.expenses[0]?.id as string;
    const list = await (
      await t.api.expenses.$get({ query: { from: '2026-10-01', to: '2026-10-31', category: 'transport' } })
    ).json();
    expect(list.expenses.map((e) => e.id)).toEqual([id]);
    expect(list.expenses[0]).toMatchObject({ amount: '45.00', date: '2026-10-14' });

    const patched = await t.api.expenses[':id'].$patch({
      param: { id },
      json: { amount: '47.90', description: 'TGV Lyon' },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      amount: '47.90',
      description: 'TGV Lyon',
      category: 'transport',
    });

    expect((await t.api.expenses[':id'].$delete({ param: { id } })).status).toBe(204);
    const after = await (
      await t.api.expenses.$get({ query: { from: '2026-10-01', to: '2026-10-31' } })
    ).json();
    expect(after.expenses.some((e) => e.id === id)).toBe(false);
  });
});
