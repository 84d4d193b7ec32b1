/**
 * The JSON export read back by the importer, and each of the importer's outcomes, on real stores
 * (PGlite in memory): imported, too large, and too many at once.
 */
import { ExportFileSchema, MAX_IMPORT_ROWS, MAX_IMPORT_SETTINGS } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import { LOCAL_OWNER, type Owner, type Store, userOwner } from '../ports.ts';
import { openStore } from '../store/open-store.ts';
import { exportHead, jsonLines } from './export-file.ts';
import { createImporter, type ImportSections } from './import-file.ts';

const USER = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
/** The file goes from the local user's expenses to a Supabase user's, in the same database. */
const TARGET = userOwner(USER);
let store: Store;
const told: Owner[] = [];
const watch: SpendingWatch = { changed: (owner) => told.push(owner) };

// PGlite's first open (WebAssembly, the migrations) takes seconds on a busy machine.
beforeAll(async () => {
  let sql: Awaited<ReturnType<typeof openStore>>['sql'];
  ({ store, sql } = await openStore({}));
  await sql.query('insert into auth.users (id) values ($1)', [USER]);
  await store.budgets.put(LOCAL_OWNER, { category: 'dining', amount: '200.00', currency: 'EUR' });
  await store.captures.save(
    LOCAL_OWNER,
    {
      clientId: crypto.randomUUID(),
      source: 'text',
      recordedAt: '2026-11-20T12:00:00+01:00',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
    },
    {
      transcript: '12 euros au resto "le soir"',
      outcome: 'saved',
      expenses: [
        {
          amount: '12.00',
          currency: 'EUR',
          category: 'dining',
          description: 'Resto "le soir"',
          date: '2026-11-20',
          status: 'saved',
          parsedBy: 'local',
          reviewReason: null,
        },
      ],
    },
  );
}, 120_000);
afterAll(() => store?.close());

async function exported(): Promise<string> {
  let text = '';
  const head = await exportHead(store, LOCAL_OWNER, new Date('2026-11-24T12:00:00Z'));
  for await (const line of jsonLines(head, store, LOCAL_OWNER)) text += line;
  return text;
}

describe('the JSON export and the importer', () => {
  it('writes a file the shared schema reads, which imports every row, once, and has budgets checked', async () => {
    const file = v.parse(ExportFileSchema, JSON.parse(await exported()));
    expect(file).toMatchObject({ app: 'voicetrack', version: 4, exportedAt: '2026-11-24T12:00:00.000Z' });
    const importFile = createImporter({ store, watch });
    expect(await importFile(TARGET, file)).toMatchObject({
      kind: 'imported',
      report: { imported: 1, duplicates: 0, budgets: { imported: 1 } },
    });
    expect(told).toEqual([TARGET]);
    expect(await importFile(TARGET, file)).toMatchObject({
      kind: 'imported',
      report: { imported: 0, duplicates: 1 },
    });
  });

  it.each([
    [{ expenses: new Array(MAX_IMPORT_ROWS + 1).fill({}) }, /at most 50000 expenses; this one has 50001/],
    [{ expenses: [], budgets: new Array(MAX_IMPORT_SETTINGS + 1).fill({}) }, /at most 1000 budgets/],
  ])('refuses a file too large to import at once (%#)', async (file, message) => {
    expect(await createImporter({ store, watch })(TARGET, file)).toEqual({
      kind: 'refused',
      code: 'payload_too_large',
      message: expect.stringMatching(message),
    });
  });

  it('refuses a third import while two are running, and takes it once they are done', async () => {
    const importFile = createImporter({ store, watch }, 2);
    const file: ImportSections = v.parse(ExportFileSchema, JSON.parse(await exported()));
    const running = [importFile(TARGET, file), importFile(TARGET, file)];
    expect(await importFile(TARGET, file)).toEqual({
      kind: 'refused',
      code: 'rate_limited',
      message: 'Other imports are running; try again in a few seconds.',
      retryAfterSeconds: 10,
    });
    await Promise.all(running);
    expect(await importFile(TARGET, file)).toMatchObject({ kind: 'imported' });
  });
});
