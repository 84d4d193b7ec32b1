/**
 * Photos kept before the 50-megapixel check (2026-12-05) were never measured. A kept photo that
 * says a huge picture (a 75 KB PNG of 8000 × 8000: 256 MB once decoded) is refused wherever it is
 * read again to be decoded: shown to the page, written into a JSON export, restored from a
 * backup. Its expense is kept every time.
 */
import { restoreBackup, takeBackup } from '@voicetrack/edge/backup/backup.ts';
import { decodeBackup } from '@voicetrack/edge/backup/backup-file.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptNote, startTestApp, type TestApp } from '../support/edge-app.ts';
import { whitePng } from '../support/pixel-bomb.ts';

let t: TestApp;
let bombId: string;
let smallId: string;

/** A receipt saved as it is today, its photo then swapped in the table as one kept before the check. */
async function keptReceipt(photo: Uint8Array | null): Promise<string> {
  const res = await t.api.receipts.$post({
    form: receiptNote(whitePng(40, 60), { text: 'CARREFOUR\nTOTAL 12,50 EUR', currency: 'EUR' }),
  });
  expect(res.status).toBe(201);
  const id = (await res.json()).expenses[0]?.id as string;
  if (photo)
    await t.sql.query(`update receipt_photos set bytes = decode($2, 'base64') where expense_id = $1::uuid`, [
      id,
      Buffer.from(photo).toString('base64'),
    ]);
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  bombId = await keptReceipt(whitePng(8000, 8000));
  smallId = await keptReceipt(null);
});
afterAll(async () => {
  await t?.close();
});

describe('a photo kept before the pixel limit, read again', () => {
  it('is refused to the page by its header (413), the expense kept; a small one is shown', async () => {
    const shown = await t.api.expenses[':id'].photo.$get({ param: { id: bombId } });
    expect(shown.status).toBe(413);
    expect(v.parse(ErrorBodySchema, await shown.json()).error).toEqual({
      code: 'payload_too_large',
      message: 'The photo is 8000 × 8000 pixels: at most 50 megapixels.',
    });
    expect((await t.api.expenses[':id'].photo.$get({ param: { id: smallId } })).status).toBe(200);
    const { expenses } = await (await t.api.expenses.$get({ query: {} })).json();
    expect(expenses.find((e) => e.id === bombId)).toMatchObject({ amount: '12.50', photo: true });
  });

  it('is left out of a JSON export, its expense written', async () => {
    const res = await t.app.request('/api/export.json');
    expect(res.status).toBe(200);
    const file = (await res.json()) as { expenses: { amount: string; photo?: { type: string } }[] };
    expect(file.expenses).toHaveLength(2);
    expect(file.expenses.filter((e) => e.photo).map((e) => e.photo?.type)).toEqual(['image/png']);
    expect(file.expenses.map((e) => e.amount)).toEqual(['12.50', '12.50']);
  });

  it('is not restored from a backup; its expense is, and a small photo with it', async () => {
    const backup = decodeBackup((await takeBackup(t.sql)).bytes);
    expect(backup.data.receipt_photos).toHaveLength(2);
    const { store, sql } = await openStore({});
    try {
      expect(await restoreBackup(sql, backup)).toMatchObject({ expenses: 2 });
      const photos = await sql.query<{ id: string }>('select expense_id::text as id from receipt_photos');
      expect(photos.map((p) => p.id)).toEqual([smallId]);
      const kept = await sql.query<{ id: string }>('select id::text as id from expenses order by id');
      expect(kept.map((e) => e.id).sort()).toEqual([bombId, smallId].sort());
    } finally {
      await store.close();
    }
  });
});
