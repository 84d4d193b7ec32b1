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
    expect(first).toEqual({ imported: OCTOBER.length, duplicates: 0, refused: [], learned: 0 });
    expect(await list(target)).toEqual(await list(source));
    const again = v.parse(ImportReportSchema, await (await importFile(exported)).json());
    expect(again).toEqual({ imported: 0, duplicates: OCTOBER.length, refused: [], learned: 0 });
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
