/**
 * Security round 2, imports and exports, in-process: row caps, bad rows kept apart, chunked and
 * resumable imports, imports per minute, and CSV cells that hide a formula behind invisible
 * characters.
 */
import {
  BudgetsAnswerSchema,
  CATEGORIES,
  ExpenseListSchema,
  ImportReportSchema,
  MAX_BUDGETS,
  MAX_IMPORT_ROWS,
} from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { errorOf, exportFile, row, saveOne, snapshot } from '../support/hostile.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    env: {
      CORS_ORIGINS: 'https://pwa.example.org',
      IMPORT_RATE_LIMIT_PER_MINUTE: '1000',
      RECURRING_MAX_PER_RUN: '5',
    },
  });
});
afterAll(async () => t.close());

describe('imports', () => {
  const post = (app: TestApp, body: string) =>
    app.app.request('/api/import', { method: 'POST', body, headers: { 'content-type': 'application/json' } });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows with a 413, importing nothing`, async () => {
    const before = await snapshot(t);
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({}));
    const res = await post(t, exportFile(rows));
    expect(res.status).toBe(413);
    const error = await errorOf(res);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toContain(String(MAX_IMPORT_ROWS));
    expect(await snapshot(t)).toBe(before);
  });

  it('keeps the good rows and reports the bad ones, with the same text rule as /api/text', async () => {
    // An override's marks are dropped, as on every route: the description reads as written.
    const good = [row({ description: 'Bon 1' }), row({ description: 'reversed \u202Etxt.exe' })];
    const bad = [
      row({ transcript: 'nul\u0000byte' }),
      row({ createdAt: '0000-01-01T00:00:00Z' }),
      row({ createdAt: '2026-02-30T10:00:00Z' }),
      row({ date: '2026-02-30' }),
      row({ description: 'lone \ud800 surrogate' }),
      row({ description: 'escape \u001B[2J' }),
      row({ description: 'bell \u0007' }),
    ];
    const res = await post(t, exportFile([good[0], ...bad, good[1]]));
    expect(res.status).toBe(200);
    const report = v.parse(ImportReportSchema, await res.json());
    expect(report.imported).toBe(2);
    expect(report.refused.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const list = v.parse(ExpenseListSchema, await (await t.app.request('/api/expenses?limit=200')).json());
    expect(list.expenses.map((e) => e.description)).toEqual(
      expect.arrayContaining(['Bon 1', 'reversed txt.exe']),
    );
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

describe('recurring rules in an import', () => {
  const post = (app: TestApp, body: string) =>
    app.app.request('/api/import', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  it('start at this month at the earliest, and one run makes at most RECURRING_MAX_PER_RUN expenses', async () => {
    const app = t;
    // Eight rules due on the 1st, from 1970: 8 × 24 months were made before, in one answer.
    const recurring = Array.from({ length: 8 }, (_, i) => ({
      id: crypto.randomUUID(),
      amount: '9.99',
      currency: 'EUR',
      category: 'leisure',
      description: `Abonnement ${i}`,
      dayOfMonth: 1,
      timezone: 'Europe/Paris',
      nextDate: '1970-01-01',
    }));
    const file = JSON.stringify({
      app: 'voicetrack',
      version: 2,
      exportedAt: '2026-11-24T12:00:00Z',
      expenses: [],
      recurring,
    });
    expect((await post(app, file)).status).toBe(200);
    const count = async () =>
      (
        await app.sql.query<{ n: number }>(
          `select count(*)::int as n from expenses where description like 'Abonnement %'`,
        )
      )[0]?.n;
    // Each answer that shows money makes what is due first: at most five a run.
    const rules = (await (await app.api.recurring.$get()).json()).rules;
    const runs = [await count()];
    const thisMonth = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 7);
    expect(rules.map((r) => r.nextDate >= `${thisMonth}-01`)).toEqual(Array(8).fill(true));
    for (let i = 0; i < 2; i++) {
      await app.api.budgets.$get({ query: { month: thisMonth } });
      runs.push(await count());
    }
    // Five, then the three left, then nothing more: one expense per rule, this month's.
    expect(runs).toEqual([5, 8, 8]);
  });
});

describe('CSV cells', () => {
  it.each([' =1+1', '\u00A0=1+1', '\u200B=1+1', '\uFF1D1+1', '\u2060@SUM(A1)'])(
    'neutralise %j behind invisible characters, in both formats',
    async (description) => {
      const id = await saveOne(t);
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

describe('budgets', () => {
  const targets = [...CATEGORIES, 'total'] as const;
  const put = (category: string, body: Record<string, string>) =>
    t.app.request(`/api/budgets/${category}`, {
      method: 'PUT',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  const importBudgets = async (budgets: { category: string; currency: string; amount: string }[]) => {
    const file = JSON.stringify({
      app: 'voicetrack',
      version: 2,
      exportedAt: '2026-11-24T12:00:00Z',
      expenses: [],
      budgets,
    });
    const res = await t.app.request('/api/import', {
      method: 'POST',
      body: file,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    return v.parse(ImportReportSchema, await res.json()).budgets;
  };
  const count = async () =>
    v.parse(BudgetsAnswerSchema, await (await t.app.request('/api/budgets?month=2026-11')).json()).budgets
      .length;

  it('takes only ISO 4217 currencies and amounts the database holds', async () => {
    for (const currency of ['ZZZ', 'XTS', 'ABC']) {
      const res = await put('dining', { amount: '100.00', currency });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toContain('ISO 4217');
    }
    expect((await put('dining', { amount: '100000000.00', currency: 'EUR' })).status).toBe(400);
    // 50 budgets in made-up currencies from one import (50 alerts each month before): none kept.
    const madeUp = Array.from({ length: 50 }, (_, i) => ({
      category: 'dining',
      currency: `Q${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
      amount: '1.00',
    }));
    const report = await importBudgets(madeUp);
    expect(report?.imported).toBe(0);
    expect(report?.refused).toHaveLength(50);
    expect(await count()).toBe(0);
  });

  it(`keeps at most ${MAX_BUDGETS} per person, from an import or one at a time, even two at once`, async () => {
    const real = ['EUR', 'USD', 'GBP', 'CHF'].flatMap((currency) =>
      targets.map((category) => ({ category, currency, amount: '100.00' })),
    );
    const report = await importBudgets(real.slice(0, 45));
    expect(report?.imported).toBe(MAX_BUDGETS);
    expect(report?.refused.map((r) => r.index)).toEqual([40, 41, 42, 43, 44]);
    expect(report?.refused[0]?.reason).toContain(`at most ${MAX_BUDGETS} budgets`);
    const over = await put(real[46]?.category ?? '', { amount: '5.00', currency: 'CHF' });
    expect(over.status).toBe(409);
    expect((await errorOf(over)).code).toBe('too_many_budgets');
    // Changing one that exists is no new budget.
    expect((await put('dining', { amount: '250.00', currency: 'EUR' })).status).toBe(200);
    const gone = await t.app.request('/api/budgets/dining?currency=EUR', { method: 'DELETE' });
    expect(gone.status).toBe(204);
    const both = await Promise.all([
      put(real[47]?.category ?? '', { amount: '5.00', currency: 'CHF' }),
      put(real[48]?.category ?? '', { amount: '5.00', currency: 'CHF' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await count()).toBe(MAX_BUDGETS);
  });
});
