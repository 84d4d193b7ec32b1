/**
 * POST /api/receipts through its real parts: the Hono app in-process on PGlite (and the same
 * flow on PostgreSQL), photos of the receipt test set, Tesseract on Node when the phone sent no
 * text, and the real openai SDK talking HTTP to the local fake provider (a vision "model") with
 * RECEIPT_PROVIDER=openai. The photo is kept with its expense: shown, deleted, gone with it.
 */

import { lazyOcr } from '@voicetrack/edge/receipts/lazy-ocr.ts';
import { createNodeOcr } from '@voicetrack/edge/receipts/ocr-node.ts';
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadReceiptSet, receiptImage } from '../bench/receipt-set.ts';
import { receiptNote, startTestApp, type TestApp } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';

const set = loadReceiptSet();
const ticket = (prefix: string) => {
  const label = set.find((l) => l.file.startsWith(`images/${prefix}-`));
  if (!label) throw new Error(`no ticket ${prefix}`);
  return { label, photo: receiptImage(label) };
};
// A clean French supermarket ticket, and a crumpled American card slip.
const BIOCOOP = ticket('07');
const STARBUCKS = ticket('48');

const errorOf = async (res: Response) => v.parse(ErrorBodySchema, await res.json()).error;
/** A raw multipart body, for what the typed client cannot send. */
function rawForm(image: Blob | string | null, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  if (typeof image === 'string') form.set('image', image);
  else if (image) form.set('image', image, 'receipt.jpg');
  const context = {
    clientId: crypto.randomUUID(),
    recordedAt: '2026-11-24T12:30:00+01:00',
    timezone: 'Europe/Paris',
    locale: 'fr-FR',
    ...fields,
  };
  for (const [k, value] of Object.entries(context)) form.set(k, value);
  return form;
}

let fake: FakeProvider;
let t: TestApp;
let withModel: TestApp;
const ocr = lazyOcr(() => createNodeOcr());

beforeAll(async () => {
  fake = await startFakeProvider();
  t = await startTestApp({ receiptOcr: ocr.get });
  withModel = await startTestApp({
    env: { RECEIPT_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url },
    receiptOcr: ocr.get,
  });
});
afterEach(() => fake.reset());
afterAll(async () => {
  await Promise.all([t?.close(), withModel?.close(), ocr.close()]);
  await fake.close();
});

describe('POST /api/receipts with the phone’s OCR text', () => {
  it('saves the ticket’s total, date and merchant, and keeps the photo with the expense', async () => {
    const { label, photo } = BIOCOOP;
    const res = await t.api.receipts.$post({ form: receiptNote(photo, { text: label.text }) });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'saved', transcript: label.text });
    expect(body.expenses).toEqual([
      expect.objectContaining({
        amount: label.total,
        currency: 'EUR',
        date: label.date,
        description: 'Biocoop',
        category: 'groceries',
        source: 'receipt',
        transcriptSource: 'ocr',
        status: 'saved',
        photo: true,
      }),
    ]);
    const id = body.expenses[0]?.id ?? '';
    const shown = await t.api.expenses[':id'].photo.$get({ param: { id } });
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/jpeg');
    expect(shown.headers.get('cache-control')).toContain('private');
    expect(Buffer.from(await shown.arrayBuffer()).equals(Buffer.from(photo))).toBe(true);
  });

  it('answers the same receipt sent twice once: the stored answer, one expense, one photo', async () => {
    const { label, photo } = STARBUCKS;
    const form = receiptNote(photo, { text: label.text });
    const first = await t.api.receipts.$post({ form });
    const again = await t.api.receipts.$post({ form: { ...form, text: 'TOTAL 999,99' } });
    expect([first.status, again.status]).toEqual([201, 200]);
    const [a, b] = [await first.json(), await again.json()];
    expect(b).toEqual(a);
    expect(a.expenses[0]).toMatchObject({ amount: label.total, currency: 'USD', description: 'Starbucks' });
    const listed = (await (await t.api.expenses.$get({ query: {} })).json()).expenses;
    expect(listed.filter((e) => e.clientId === form.clientId)).toHaveLength(1);
  });

  it('keeps a ticket it cannot read surely for the person, photo and merchant beside it', async () => {
    const res = await t.api.receipts.$post({ form: receiptNote(BIOCOOP.photo, { text: 'BIOCOOP\nmerci' }) });
    const body = await res.json();
    expect(body.status).toBe('needs_review');
    expect(body.expenses[0]).toMatchObject({
      amount: null,
      description: 'Biocoop',
      reviewReason: 'no_amount',
      photo: true,
    });
  });

  it('strips the photo’s EXIF (the place it was taken) before keeping it', async () => {
    const exif = Buffer.from('Exif\0\0MM GPSLatitude 48.8566 GPSLongitude 2.3522');
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, exif.length + 2]), exif]);
    const tagged = Buffer.concat([BIOCOOP.photo.subarray(0, 2), app1, BIOCOOP.photo.subarray(2)]);
    const res = await t.api.receipts.$post({ form: receiptNote(tagged, { text: BIOCOOP.label.text }) });
    const id = (await res.json()).expenses[0]?.id ?? '';
    const kept = Buffer.from(await (await t.api.expenses[':id'].photo.$get({ param: { id } })).arrayBuffer());
    expect(kept.includes('GPSLatitude')).toBe(false);
    expect(kept.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });
});

describe('POST /api/receipts without the phone’s text', () => {
  it('reads the photo with Tesseract on the server', { timeout: 120_000 }, async () => {
    const res = await t.api.receipts.$post({ form: receiptNote(STARBUCKS.photo) });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.transcript).toContain('STARBUCKS');
    expect(body.expenses[0]).toMatchObject({ amount: STARBUCKS.label.total, currency: 'USD', photo: true });
  });
});

describe('the photo as proof', () => {
  it('is deleted on its own (the expense stays) and with its expense', async () => {
    const res = await t.api.receipts.$post({
      form: receiptNote(BIOCOOP.photo, { text: BIOCOOP.label.text }),
    });
    const id = (await res.json()).expenses[0]?.id ?? '';
    const param = { param: { id } };
    expect((await t.api.expenses[':id'].photo.$delete(param)).status).toBe(204);
    expect((await t.api.expenses[':id'].photo.$get(param)).status).toBe(404);
    expect((await t.api.expenses[':id'].photo.$delete(param)).status).toBe(404);
    const listed = (await (await t.api.expenses.$get({ query: {} })).json()).expenses;
    const kept = listed.find((e) => e.id === id);
    expect(kept).toMatchObject({ id, amount: BIOCOOP.label.total });
    expect(kept).not.toHaveProperty('photo');

    const other = await t.api.receipts.$post({
      form: receiptNote(BIOCOOP.photo, { text: BIOCOOP.label.text }),
    });
    const otherId = (await other.json()).expenses[0]?.id ?? '';
    expect((await t.api.expenses[':id'].$delete({ param: { id: otherId } })).status).toBe(204);
    expect((await t.api.expenses[':id'].photo.$get({ param: { id: otherId } })).status).toBe(404);
    const [count] = await t.sql.query<{ n: string }>(
      'select count(*)::text as n from receipt_photos where expense_id = $1::uuid',
      [otherId],
    );
    expect(count?.n).toBe('0');
  });

  it('answers 404 for an expense with no photo and for an id that is not one', async () => {
    for (const id of [crypto.randomUUID(), 'not-a-uuid']) {
      const res = await t.api.expenses[':id'].photo.$get({ param: { id } });
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe('not_found');
    }
  });
});

describe('the JSON export', () => {
  it('carries the photo, and an import restores it byte for byte (a photo that is not what it says, not)', {
    timeout: 120_000,
  }, async () => {
    const target = await startTestApp();
    try {
      const sent = await t.api.receipts.$post({
        form: receiptNote(BIOCOOP.photo, { text: BIOCOOP.label.text }),
      });
      const { clientId } = await sent.json();
      const file = JSON.parse(await (await t.api['export.json'].$get()).text());
      const row = file.expenses.find((e: { clientId: string }) => e.clientId === clientId);
      expect(row.photo).toEqual({ type: 'image/jpeg', data: Buffer.from(BIOCOOP.photo).toString('base64') });
      const forged = {
        ...row,
        clientId: crypto.randomUUID(),
        photo: { type: 'image/jpeg', data: btoa('%PDF-1.7') },
      };
      const report = await (
        await target.api.import.$post({ json: { ...file, expenses: [row, forged] } })
      ).json();
      expect(report).toMatchObject({ imported: 2, photos: 1 });
      const listed = (await (await target.api.expenses.$get({ query: {} })).json()).expenses;
      const restored = listed.find((e) => e.clientId === row.clientId);
      expect(restored).toMatchObject({ amount: BIOCOOP.label.total, photo: true });
      expect(listed.find((e) => e.clientId === forged.clientId)).not.toHaveProperty('photo');
      const shown = await target.api.expenses[':id'].photo.$get({ param: { id: restored?.id ?? '' } });
      expect(Buffer.from(await shown.arrayBuffer()).equals(Buffer.from(BIOCOOP.photo))).toBe(true);
    } finally {
      await target.close();
    }
  });
});

describe('bad receipts change nothing', () => {
  const count = async () =>
    Number((await t.sql.query<{ n: string }>('select count(*)::text as n from captures'))[0]?.n);
  const post = (body: FormData, headers: Record<string, string> = {}) =>
    t.app.request('/api/receipts', { method: 'POST', body, headers });

  it.each([
    [
      'a PDF named receipt.jpg, declared image/jpeg',
      new Blob(['%PDF-1.7\n%âãÏÓ\n1 0 obj'], { type: 'image/jpeg' }),
      415,
      'unsupported_image',
    ],
    [
      'an HTML page',
      new Blob(['<!doctype html><html><body>'], { type: 'image/png' }),
      415,
      'unsupported_image',
    ],
    [
      'a photo cut in half (a JPEG that does not end)',
      new Blob([BIOCOOP.photo.slice(0, BIOCOOP.photo.length >> 1)], { type: 'image/jpeg' }),
      422,
      'unreadable_image',
    ],
    [
      'a JPEG garbled after its first bytes',
      new Blob([BIOCOOP.photo.slice(0, 3), new Uint8Array(4096).fill(0x5a)], { type: 'image/jpeg' }),
      422,
      'unreadable_image',
    ],
    ['an empty file', new Blob([], { type: 'image/jpeg' }), 400, 'empty_image'],
    ['no image', null, 400, 'missing_image'],
    ['the image as text', 'not a file', 400, 'missing_image'],
  ])('refuses %s', async (_, image, status, code) => {
    const before = await count();
    const res = await post(rawForm(image));
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
    expect(await count()).toBe(before);
  });

  it('refuses a photo over 10 MB with 413', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(BIOCOOP.photo.subarray(0, 4));
    const res = await post(rawForm(new Blob([big], { type: 'image/jpeg' })));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });

  it.each([
    ['a clientId that is not a UUID', { clientId: 'abc' }],
    ['a time zone that does not exist', { timezone: 'Mars/Olympus' }],
    ['a recordedAt in 1999', { recordedAt: '1999-01-01T00:00:00Z' }],
    ['OCR text of 20,001 characters', { text: 'x'.repeat(20_001) }],
    ['control characters in the text', { text: 'TOTAL 12,00\u0000' }],
    ['a currency that is no code', { currency: 'euros' }],
  ])('refuses %s with 400', async (_, fields) => {
    const before = await count();
    const res = await post(
      rawForm(new Blob([new Uint8Array(BIOCOOP.photo)], { type: 'image/jpeg' }), fields),
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('validation_failed');
    expect(await count()).toBe(before);
  });

  it('refuses a body that is not multipart with 415', async () => {
    const res = await t.app.request('/api/receipts', {
      method: 'POST',
      body: JSON.stringify({ image: 'x' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(415);
  });
});

describe('RECEIPT_PROVIDER=openai: a vision model reads the photo', () => {
  const model = (total: string | null) => ({
    total,
    currency: 'EUR',
    date: BIOCOOP.label.date,
    merchant: 'Biocoop Bastille',
    category: 'groceries',
  });

  it('saves what the model read when OCR found the same total on the ticket', async () => {
    fake.registerImage(BIOCOOP.photo, model(BIOCOOP.label.total));
    const res = await withModel.api.receipts.$post({
      form: receiptNote(BIOCOOP.photo, { text: BIOCOOP.label.text }),
    });
    const body = await res.json();
    expect(body.expenses[0]).toMatchObject({
      amount: BIOCOOP.label.total,
      description: 'Biocoop Bastille',
      status: 'saved',
      parsedBy: 'llm',
      photo: true,
    });
    // The real openai SDK sent the photo itself, and OCR's text beside it.
    const call = fake.calls.find((c) => c.route === 'chat');
    expect(call?.imageBytes).toBe(BIOCOOP.photo.length);
    expect(JSON.stringify(call?.body)).toContain('<ocr>');
  });

  it('counts the model’s calls in DAILY_COST_LIMIT_USD: once the day’s budget is spent, a receipt waits (429) before any call', async () => {
    const frugal = await startTestApp({
      env: {
        RECEIPT_PROVIDER: 'openai',
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: fake.url,
        DAILY_COST_LIMIT_USD: '0.000001',
      },
    });
    try {
      fake.registerImage(BIOCOOP.photo, model(BIOCOOP.label.total));
      const first = await frugal.api.receipts.$post({
        form: receiptNote(BIOCOOP.photo, { text: BIOCOOP.label.text }),
      });
      expect(first.status).toBe(201);
      const calls = fake.calls.length;
      const second = await frugal.api.receipts.$post({
        form: receiptNote(BIOCOOP.photo, { text: BIOCOOP.label.text }),
      });
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(fake.calls.length).toBe(calls);
    } finally {
      await frugal.close();
    }
  });

  it('keeps for review a total OCR never saw on the ticket', async () => {
    fake.registerImage(BIOCOOP.photo, model('123.45'));
    const res = await withModel.api.receipts.$post({
      form: receiptNote(BIOCOOP.photo, { text: BIOCOOP.label.text }),
    });
    expect((await res.json()).expenses[0]).toMatchObject({
      amount: '123.45',
      status: 'needs_review',
      reviewReason: 'amount_unconfirmed',
    });
  });

  it('reads with OCR alone when the model is down, and bills nothing it did not get', async () => {
    fake.failNext(503, 4, 1, 'chat');
    const res = await withModel.api.receipts.$post({
      form: receiptNote(BIOCOOP.photo, { text: BIOCOOP.label.text }),
    });
    expect(res.status).toBe(201);
    expect((await res.json()).expenses[0]).toMatchObject({
      amount: BIOCOOP.label.total,
      status: 'saved',
      parsedBy: 'local',
    });
  });
});

describe('on PostgreSQL', () => {
  let db: TestDatabase;
  let pg: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    pg = await startTestApp({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await pg?.close();
    await db?.drop();
  });

  it('keeps the photo byte for byte, answers a retry once, and deletes the photo', async () => {
    const form = receiptNote(STARBUCKS.photo, { text: STARBUCKS.label.text });
    const first = await (await pg.api.receipts.$post({ form })).json();
    const again = await pg.api.receipts.$post({ form });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    const id = first.expenses[0]?.id ?? '';
    const shown = await pg.api.expenses[':id'].photo.$get({ param: { id } });
    expect(Buffer.from(await shown.arrayBuffer()).equals(Buffer.from(STARBUCKS.photo))).toBe(true);
    expect((await pg.api.expenses[':id'].photo.$delete({ param: { id } })).status).toBe(204);
  });
});
