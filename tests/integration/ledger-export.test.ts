/**
 * GET /api/export.ofx and /api/export.qif: VoiceTrack's expenses as bank files, read back by an
 * OFX parser other than our writer (ofx-js) and by VoiceTrack's own statement import: every
 * expense once with its stable FITID, and a second export of the same expenses identical.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { parseStatement } from '@voicetrack/edge/statements/parse/parse-statement.ts';
import { parseSync } from 'ofx-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { seedExpenses } from '../support/seed.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedExpenses(app.store, LOCAL_OWNER, [
    { amount: '42.10', category: 'groceries', description: 'Courses <Carrefour> & co', date: '2026-11-28' },
    { amount: '12.50', category: 'dining', description: 'Le Petit Zinc', date: '2026-11-24' },
    {
      amount: '50.00',
      currency: 'USD',
      category: 'transport',
      description: 'Uber New York',
      date: '2026-11-16',
    },
    { amount: '9.00', category: 'leisure', description: 'Cinéma', date: '2026-10-02' },
  ]);
});
afterAll(() => app.close());

describe('exports for other ledgers', () => {
  it('writes an OFX file another parser reads, one statement per currency, each expense with its id as FITID', async () => {
    const res = await app.api['export.ofx'].$get({ query: { from: '2026-11-01', to: '2026-11-30' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('voicetrack-2026-11-01-2026-11-30.ofx');
    const text = await res.text();
    const ofx = parseSync(text).OFX as {
      BANKMSGSRSV1: { STMTTRNRS: { STMTRS: { CURDEF: string; BANKTRANLIST: { STMTTRN: unknown } } }[] };
    };
    const statements = ofx.BANKMSGSRSV1.STMTTRNRS.map((s) => s.STMTRS);
    expect(statements.map((s) => s.CURDEF)).toEqual(['EUR', 'USD']);
    const list = await (
      await app.api.expenses.$get({ query: { from: '2026-11-01', to: '2026-11-30' } })
    ).json();
    const ids = list.expenses.map((e) => e.id).sort();
    const transactions = statements.flatMap((s) => [s.BANKTRANLIST.STMTTRN].flat()) as Record<
      string,
      string
    >[];
    expect(transactions.map((t) => t.FITID).sort()).toEqual(ids);
    expect(transactions.find((t) => t.TRNAMT === '-42.10')).toMatchObject({
      DTPOSTED: '20261128',
      NAME: 'Courses <Carrefour> & co',
    });
    // The same expenses give the same file (but its server time).
    const again = await (
      await app.api['export.ofx'].$get({ query: { from: '2026-11-01', to: '2026-11-30' } })
    ).text();
    expect(again.replace(/<DTSERVER>\d+/, '')).toBe(text.replace(/<DTSERVER>\d+/, ''));
  });

  it('writes OFX and QIF files a statement import reads back whole', async () => {
    for (const path of ['/api/export.ofx', '/api/export.qif'] as const) {
      const bytes = new Uint8Array(
        await (await app.app.request(`${path}?from=2026-11-01&to=2026-11-30`)).arrayBuffer(),
      );
      const outcome = parseStatement(bytes, 'EUR');
      if (outcome.kind !== 'parsed') throw new Error(`${path}: ${outcome.kind}`);
      expect(outcome.statement.lines.map((l) => `${l.date} ${l.direction} ${l.cents}`).sort()).toEqual([
        '2026-11-16 debit 5000',
        '2026-11-24 debit 1250',
        '2026-11-28 debit 4210',
      ]);
      expect(outcome.statement.refused).toEqual([]);
    }
  });

  it('refuses a range that ends before it starts', async () => {
    expect(
      (await app.api['export.qif'].$get({ query: { from: '2026-12-01', to: '2026-11-01' } })).status,
    ).toBe(400);
  });
});
