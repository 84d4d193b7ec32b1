import { ErrorBodySchema, ExpenseListSchema, ImportReportSchema, MAX_IMPORT_ROWS } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_CONTEXT, startTestApp, type TestApp } from '../support/edge-app.ts';

const _WEBM = new Uint8Array(
  (await import('node:fs')).readFileSync(
    new URL('../fixtures/audio/fr-douze-euros-cinquante-resto.webm', import.meta.url),
  ),
);

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    env: { CORS_ORIGINS: 'https://pwa.example.org', IMPORT_RATE_LIMIT_PER_MINUTE: '1000' },
  });
});
afterAll(async () => t.close());

const errorOf = async (res: Response) => v.parse(ErrorBodySchema, await res.json()).error;
const snapshot = async () => {
  const list = v.parse(ExpenseListSchema, await (await t.app.request('/api/expenses?limit=200')).json());
  return JSON.stringify(list.expenses.map((e) => [e.id, e.amount, e.category, e.description, e.updatedAt]));
};
const _textBody = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ text: '12,50 resto ce midi', clientId: crypto.randomUUID(), ...NOTE_CONTEXT, ...over });
const saveOne = async () => {
  const res = await t.api.text.$post({
    json: { text: '9 € de pain', clientId: crypto.randomUUID(), ...NOTE_CONTEXT },
  });
  if (res.status !== 201) throw new Error(`setup failed: ${res.status}`);
  return (await res.json()).expenses[0]?.id as string;
};
const exportFile = (expenses: unknown[]) =>
  JSON.stringify({ app: 'voicetrack', version: 1, exportedAt: '2026-11-24T12:00:00Z', expenses });
const row = (over: Record<string, unknown> = {}) => ({
  clientId: crypto.randomUUID(),
  amount: '4.20',
  currency: 'EUR',
  category: 'dining',
  description: 'Café',
  date: '2026-11-20',
  transcript: null,
  source: 'text',
  status: 'saved',
  ...over,
});

describe('imports', () => {
  const post = (app: TestApp, body: string) =>
    app.app.request('/api/import', { method: 'POST', body, headers: { 'content-type': 'application/json' } });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows with a 413, importing nothing`, async () => {
    const before = await snapshot();
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({}));
    const res = await post(t, exportFile(rows));
    expect(res.status).toBe(413);
    const error = await errorOf(res);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toContain(String(MAX_IMPORT_ROWS));
    expect(await snapshot()).toBe(before);
  });

  it('keeps the good rows and reports the bad ones, with the same text rule as /api/text', async () => {
    const good = [row({ description: 'Bon 1' }), row({ description: 'Bon 2' })];
    const bad = [
      row({ transcript: 'nul\u0000byte' }),
      row({ createdAt: '0000-01-01T00:00:00Z' }),
      row({ createdAt: '2026-02-30T10:00:00Z' }),
      row({ date: '2026-02-30' }),
      row({ description: 'lone \ud800 surrogate' }),
      row({ description: 'reversed \u202Etxt.exe' }),
      row({ description: 'bell \u0007' }),
    ];
    const res = await post(t, exportFile([good[0], ...bad, good[1]]));
    expect(res.status).toBe(200);
    const report = v.parse(ImportReportSchema, await res.json());
    expect(report.imported).toBe(2);
    expect(report.refused.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const list = v.parse(ExpenseListSchema, await (await t.app.request('/api/expenses?limit=200')).json());
    expect(list.expenses.map((e) => e.description)).toEqual(expect.arrayContaining(['Bon 1', 'Bon 2']));
  });

  it('imports in chunks and can be resumed: a second run adds nothing', async () => {
    const rows = Array.from({ length: 1234 }, (_, i) => row({ description: `Ligne ${i}` }));
    const first = v.parse(ImportReportSchema, await (await post(t, exportFile(rows))).json());
    expect(first).toMatchObject({ imported: 1234, duplicates: 0 });
    const again = v.parse(ImportReportSchema, await (await post(t, exportFile(rows))).json());
    expect(again).toMatchObject({ imported: 0, duplicates: 1234 });
  });

  it('limits imports per user per minute', async () => {
    const limited = await startTestApp({ env: { IMPORT_RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(limited, exportFile([row()]))).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('CSV cells', () => {
  it.each([' =1+1', '\u00A0=1+1', '\u200B=1+1', '\uFF1D1+1', '\u2060@SUM(A1)'])(
    'neutralise %j behind invisible characters, in both formats',
    async (description) => {
      const id = await saveOne();
      const res = await t.api.expenses[':id'].$patch({ param: { id }, json: { description } });
      expect(res.status).toBe(200);
      for (const format of ['excel-fr', 'standard'] as const) {
        const csv = await (await t.api['export.csv'].$get({ query: { format } })).text();
        const line = csv.split('\r\n').find((l) => l.includes(id));
        expect(line).toContain(`'${description}`);
      }
    },
  );
});
