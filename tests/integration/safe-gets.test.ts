/**
 * A GET changes nothing another site's page could start (an <img>, a no-cors fetch, a link: the
 * cross-site check lets GET, HEAD and OPTIONS through, and the open loopback server needs no token).
 * Every GET route of the API is asked, as another site's page would, and the person's data, read
 * whole through the JSON export, is the same after. Made by design and left out: the recurring
 * expenses due by now (GET /api/budgets and /api/report make them, as the schedule would) and the
 * change stream's one-minute ticket (spent by the GET that opens the stream).
 */
import { expect, it } from 'vitest';
import { NOTE_CONTEXT, startTestApp, type TestApp } from '../support/edge-app.ts';

/** The person's data whole, as the JSON export reads it (its moment left out). */
async function exported(t: TestApp): Promise<Record<string, unknown>> {
  const { exportedAt: _at, ...data } = (await (await t.app.request('/api/export.json')).json()) as Record<
    string,
    unknown
  >;
  return data;
}

it('no GET route, asked by another site’s page, changes the person’s data', async () => {
  const t = await startTestApp();
  try {
    await t.api.text.$post({
      json: { text: '12 € au resto', clientId: crypto.randomUUID(), ...NOTE_CONTEXT },
    });
    await t.api.budgets[':category'].$put({
      param: { category: 'dining' },
      json: { amount: '100', currency: 'EUR' },
    });
    const household = await (await t.api.households.$post({ json: { name: 'Coloc' } })).json();
    await t.api.learned.$put({ json: { phrase: 'chez momo', category: 'dining' } });
    const before = await exported(t);
    // The data the GETs could touch is in it: the note's expense, the budget, the household, the word.
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['expenses', 'budgets', 'learnedWords', 'households']),
    );
    const crossSite = {
      headers: {
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'no-cors',
        origin: 'https://casino.example',
      },
    };
    const gets = [
      '/api/health',
      '/api/expenses',
      '/api/export.csv',
      '/api/export.ofx',
      '/api/export.qif',
      '/api/export.json',
      '/api/report?month=2026-11',
      '/api/usage?month=2026-11',
      '/api/budgets',
      '/api/devices',
      '/api/devices/current',
      '/api/push/public-key',
      '/api/recurring',
      '/api/statements',
      '/api/reconciliation?month=2026-11',
      '/api/households',
      `/api/households/${household.id}/balances`,
      `/api/households/${household.id}/budgets?month=2026-11`,
      '/api/learned',
      `/api/expenses/${crypto.randomUUID()}/photo`,
    ];
    const statuses: string[] = [];
    for (const path of gets) statuses.push(`${path} ${(await t.app.request(path, crossSite)).status}`);
    // Each reached its handler (none refused at the door), so the handlers themselves are held:
    // all answer 200 but the photo of no expense and the current device of no token (404).
    expect(statuses.filter((s) => !/ 200$/.test(s))).toEqual([
      '/api/devices/current 404',
      expect.stringMatching(/\/photo 404$/),
    ]);
    expect(await exported(t)).toEqual(before);
  } finally {
    await t.close();
  }
});
