/**
 * `pnpm sync:actual` against a real Actual sync server (@actual-app/sync-server on 127.0.0.1,
 * started once for this file): a budget made through Actual's own client, VoiceTrack's expenses
 * pushed twice (nothing doubled), an edited expense updated, and read back with Actual's client.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActualServer, startActualServer } from '../support/actual-server.ts';
import { seedExpenses } from '../support/seed.ts';

const run = promisify(execFile);
let actual: ActualServer;
let syncId: string;
const dataDir = mkdtempSync(join(tmpdir(), 'vt-actual-data-'));
const open = () => openStore({ dataDir: join(dataDir, 'pglite') });

const sync = async (extra: Record<string, string> = {}) => {
  const { stdout } = await run('node_modules/.bin/tsx', ['edge/src/cli/sync-actual.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'silent',
      ACTUAL_SERVER_URL: actual.url,
      ACTUAL_PASSWORD: actual.password,
      ACTUAL_SYNC_ID: syncId,
      ACTUAL_ACCOUNT: 'Dépenses VoiceTrack',
      ACTUAL_CATEGORY_MAP: 'dining=Sorties',
      ...extra,
    },
  });
  // @actual-app/api logs on stdout; the outcome is the last line.
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
};

beforeAll(async () => {
  actual = await startActualServer();
  syncId = await actual.createBudget('Budget de test', ['Courses', 'Sorties']);
  const { store } = await open();
  await seedExpenses(store, LOCAL_OWNER, [
    { amount: '42.10', category: 'groceries', description: 'Carrefour', date: '2026-11-28' },
    { amount: '12.50', category: 'dining', description: 'Le Petit Zinc', date: '2026-11-24' },
    { amount: '3.20', category: 'health', description: 'Pharmacie', date: '2026-11-20' },
    { amount: '50.00', currency: 'USD', category: 'transport', description: 'Uber', date: '2026-11-16' },
  ]);
  await store.close();
}, 180_000);
afterAll(async () => {
  await actual?.stop();
});

describe('pnpm sync:actual', () => {
  it('pushes saved expenses into an account it creates, in negative cents, with their categories', async () => {
    expect(await sync()).toEqual({
      account: 'Dépenses VoiceTrack',
      added: 3,
      updated: 0,
      unchanged: 0,
      skipped: 1,
    });
    const transactions = await actual.transactions(syncId, 'Dépenses VoiceTrack');
    expect(transactions.map((t) => [t.date, t.amount, t.notes]).sort()).toEqual([
      ['2026-11-20', -320, 'Pharmacie'],
      ['2026-11-24', -1250, 'Le Petit Zinc'],
      ['2026-11-28', -4210, 'Carrefour'],
    ]);
    expect(transactions.every((t) => typeof t.imported_id === 'string' && t.imported_id.length === 36)).toBe(
      true,
    );
    // Courses by its French name, Sorties by ACTUAL_CATEGORY_MAP, Santé has no match: uncategorized.
    const categorized = transactions
      .filter((t) => t.category)
      .map((t) => t.notes)
      .sort();
    expect(categorized).toEqual(['Carrefour', 'Le Petit Zinc']);
  }, 120_000);

  it('doubles nothing the second time, and updates an edited expense', async () => {
    expect(await sync()).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    const { store } = await open();
    const [carrefour] = (await store.expenses.list(LOCAL_OWNER, { from: '2026-11-28', to: '2026-11-28' }))
      .expenses;
    await store.expenses.update(LOCAL_OWNER, carrefour?.id ?? '', { amount: '45.60', date: '2026-11-27' });
    await store.close();
    expect(await sync()).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    const transactions = await actual.transactions(syncId, 'Dépenses VoiceTrack');
    expect(transactions).toHaveLength(3);
    expect(transactions.find((t) => t.imported_id === carrefour?.id)).toMatchObject({
      amount: -4560,
      date: '2026-11-27',
    });
  }, 120_000);

  it('says what is missing when no Actual server is configured', async () => {
    await expect(sync({ ACTUAL_SERVER_URL: '' })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('ACTUAL_SERVER_URL'),
    });
  });
});
