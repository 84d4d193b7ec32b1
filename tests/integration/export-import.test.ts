/** The JSON export of everything, imported elsewhere: same expenses, idempotent, bad rows reported. */

import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { ImportReportSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { OCTOBER, seedExpenses } from '../support/seed.ts';

let source: TestApp;
let target: TestApp;

beforeAll(async () => {
  [source, target] = await Promise.all([startTestApp(), startTestApp()]);
  await seedExpenses(source.store, LOCAL_OWNER, OCTOBER);
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
});

const list = async (app: TestApp) =>
  (await (await app.api.expenses.$get({ query: { limit: '200' } })).json()).expenses.map((e) => ({
    clientId: e.clientId,
    amount: e.amount,
    currency: e.currency,
    category: e.category,
    description: e.description,
    date: e.date,
  }));

/** The file's bytes as they are: an export read back exactly, or a file that is not one. */
const importFile = async (body: string) =>
  target.app.request('/api/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('JSON export and import', () => {
  it('round-trips every expense, and importing twice adds nothing', async () => {
    const exported = await (await source.api['export.json'].$get()).text();
    const first = v.parse(ImportReportSchema, await (await importFile(exported)).json());
    const none = { imported: 0, duplicates: 0, refused: [] };
    expect(first).toEqual({
      imported: OCTOBER.length,
      duplicates: 0,
      refused: [],
      budgets: none,
      recurring: none,
      learned: 0,
    });
    expect(await list(target)).toEqual(await list(source));
    const again = v.parse(ImportReportSchema, await (await importFile(exported)).json());
    expect(again).toMatchObject({ imported: 0, duplicates: OCTOBER.length, refused: [] });
  });

  it('imports the good rows and reports the refused ones clearly', async () => {
    const expenses = [
      {
        clientId: crypto.randomUUID(),
        amount: '5.00',
        currency: 'EUR',
        category: 'dining',
        description: 'ok',
        date: '2026-11-01',
        transcript: null,
        source: 'text',
        status: 'saved',
      },
      {
        clientId: 'not-a-uuid',
        amount: '5.00',
        currency: 'EUR',
        category: 'dining',
        description: '',
        date: '2026-11-01',
        transcript: null,
        source: 'text',
        status: 'saved',
      },
      {
        clientId: crypto.randomUUID(),
        amount: '-3',
        currency: 'EUR',
        category: 'dining',
        description: '',
        date: '2026-11-01',
        transcript: null,
        source: 'text',
        status: 'saved',
      },
      {
        clientId: crypto.randomUUID(),
        amount: '3.00',
        currency: 'EUR',
        category: 'crypto',
        description: '',
        date: '2026-11-01',
        transcript: null,
        source: 'text',
        status: 'saved',
      },
    ];
    const report = await (
      await target.api.import.$post({
        json: { app: 'voicetrack', version: 1, exportedAt: new Date().toISOString(), expenses },
      })
    ).json();
    expect(report.imported).toBe(1);
    expect(report.refused.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(report.refused[0]?.reason).toContain('clientId');
  });

  it('refuses a file that is not a VoiceTrack export, and writes nothing', async () => {
    const before = (await list(target)).length;
    const res = await importFile(JSON.stringify({ app: 'other', version: 1, expenses: [] }));
    expect(res.status).toBe(400);
    expect((await list(target)).length).toBe(before);
  });
});

describe('budgets and recurring rules in the JSON export', () => {
  const now = () => new Date('2026-11-20T10:00:00+01:00');
  let from: TestApp;
  let to: TestApp;
  beforeAll(async () => {
    [from, to] = await Promise.all([startTestApp({ now }), startTestApp({ now })]);
  });
  afterAll(async () => {
    await Promise.all([from.close(), to.close()]);
  });

  const recurringIn = async (app: TestApp) =>
    (await (await app.api.expenses.$get({ query: { limit: '200' } })).json()).expenses
      .filter((e) => e.source === 'recurring')
      .map((e) => [e.clientId, e.date, e.amount]);

  it('round-trips budgets and rules; the rule does not make its month again where it is imported', async () => {
    await from.api.budgets[':category'].$put({
      param: { category: 'dining' },
      json: { amount: '150.00', currency: 'EUR' },
    });
    await from.api.budgets[':category'].$put({
      param: { category: 'total' },
      json: { amount: '900', currency: 'USD' },
    });
    const created = await from.api.recurring.$post({
      json: { amount: '9.99', currency: 'EUR', category: 'leisure', description: 'Netflix', dayOfMonth: 12 },
    });
    expect((await created.json()).expenses).toHaveLength(1);

    const exported = await (await from.api['export.json'].$get()).text();
    const file = JSON.parse(exported) as { version: number; budgets: unknown[]; recurring: unknown[] };
    expect(file.version).toBe(4);
    const res = await to.app.request('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exported,
    });
    const report = v.parse(ImportReportSchema, await res.json());
    expect(report).toEqual({
      imported: 1,
      duplicates: 0,
      refused: [],
      budgets: { imported: 2, duplicates: 0, refused: [] },
      recurring: { imported: 1, duplicates: 0, refused: [] },
      learned: 0,
    });
    const budgetsOf = async (app: TestApp) =>
      (await (await app.api.budgets.$get({ query: { month: '2026-11' } })).json()).budgets;
    expect(await budgetsOf(to)).toEqual(await budgetsOf(from));
    const rulesOf = async (app: TestApp) => (await (await app.api.recurring.$get()).json()).rules;
    expect(await rulesOf(to)).toEqual(
      (await rulesOf(from)).map((r) => ({ ...r, updatedAt: expect.any(String) })),
    );
    expect(await recurringIn(to)).toEqual(await recurringIn(from));

    const again = v.parse(
      ImportReportSchema,
      await (
        await to.app.request('/api/import', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: exported,
        })
      ).json(),
    );
    expect(again.budgets).toEqual({ imported: 0, duplicates: 2, refused: [] });
    expect(again.recurring).toEqual({ imported: 0, duplicates: 1, refused: [] });
  });

  it('reports a bad budget or rule by its index, and refuses a version it does not know', async () => {
    const file = {
      app: 'voicetrack' as const,
      version: 2 as const,
      exportedAt: new Date().toISOString(),
      expenses: [],
      budgets: [{ category: 'rent', currency: 'EUR', amount: '10.00' }],
      recurring: [
        {
          id: crypto.randomUUID(),
          amount: '1.00',
          currency: 'EUR',
          category: 'other',
          description: '',
          dayOfMonth: 40,
          timezone: 'Europe/Paris',
          nextDate: '2026-12-01',
        },
      ],
    };
    const report = await (await to.api.import.$post({ json: file })).json();
    expect(report).toMatchObject({
      budgets: { imported: 0, refused: [{ index: 0, reason: expect.stringContaining('category') }] },
      recurring: { imported: 0, refused: [{ index: 0, reason: expect.stringContaining('dayOfMonth') }] },
    });
    const future = await to.app.request('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...file, version: 5 }),
    });
    expect(future.status).toBe(400);
  });
});
