/**
 * Photos that are small files and huge pictures, sent to a real server on loopback that requires
 * pairing, by a capture token (a Shortcut's, leaked): a 75 KB PNG that says 8000 × 8000 pixels
 * decodes to 256 MB of grey for Tesseract (16000 × 16000 in 280 KB: 1.4 GB and 18 s of a core,
 * measured 2026-12-05). The server refuses them by their header, before anything decodes them.
 */
import { readFileSync } from 'node:fs';
import type { RunningServer } from '@voicetrack/edge/server.ts';
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceToken, startPairedServer } from '../support/paired-server.ts';
import { whitePng } from '../support/pixel-bomb.ts';

let server: RunningServer;
let capture: string;
let full: string;

beforeAll(async () => {
  server = await startPairedServer();
  [capture, full] = [
    await deviceToken(server.store, 'capture', 'capture'),
    await deviceToken(server.store, 'full', 'full'),
  ];
});
afterAll(async () => {
  await server?.close();
});

function postReceipt(image: Uint8Array, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('image', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'ticket.png');
  const context = {
    clientId: crypto.randomUUID(),
    recordedAt: '2026-12-05T12:30:00+01:00',
    timezone: 'Europe/Paris',
    locale: 'fr-FR',
    ...fields,
  };
  for (const [name, value] of Object.entries(context)) form.set(name, value);
  return fetch(`${server.url}/api/receipts`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${capture}` },
    body: form,
  });
}

const expenseCount = async () => {
  const res = await fetch(`${server.url}/api/expenses`, { headers: { Authorization: `Bearer ${full}` } });
  return ((await res.json()) as { expenses: unknown[] }).expenses.length;
};

describe('a receipt whose picture is far bigger than its file', () => {
  it('is refused with 413 by its header, nothing kept, and the server goes on reading tickets', async () => {
    const bomb = whitePng(8000, 8000);
    expect(bomb.length).toBeLessThan(100_000);
    const res = await postReceipt(bomb);
    expect(res.status).toBe(413);
    expect(v.parse(ErrorBodySchema, await res.json()).error).toEqual({
      code: 'payload_too_large',
      message: 'The photo is 8000 × 8000 pixels: at most 50 megapixels.',
    });
    expect(await expenseCount()).toBe(0);

    // A ticket as the app sends it (a JPEG under 2000 px, the phone's reading beside it).
    const ticket = readFileSync(
      new URL('../fixtures/receipts/images/01-supermarket-fr-monoprix-blur.jpg', import.meta.url),
    );
    const ok = await postReceipt(ticket, { text: 'MONOPRIX\nTOTAL 12,50 EUR' });
    expect(ok.status).toBe(201);
    expect(await expenseCount()).toBe(1);
  });

  it('is dropped from an import, the expense kept without it, as a damaged photo is', async () => {
    const auth = { Authorization: `Bearer ${full}` };
    const exported = (await (await fetch(`${server.url}/api/export.json`, { headers: auth })).json()) as {
      expenses: { clientId: string; photo?: { type: string; data: string } }[];
    };
    const [row] = exported.expenses.filter((e) => e.photo);
    if (!row?.photo) throw new Error('the ticket above has no photo to export');
    const bomb = {
      ...row,
      clientId: crypto.randomUUID(),
      photo: { type: 'image/png', data: Buffer.from(whitePng(8000, 8000)).toString('base64') },
    };
    const res = await fetch(`${server.url}/api/import`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...exported, expenses: [bomb] }),
    });
    expect(res.status).toBe(200);
    const listed = (await (await fetch(`${server.url}/api/expenses`, { headers: auth })).json()) as {
      expenses: { id: string; clientId: string }[];
    };
    const imported = listed.expenses.find((e) => e.clientId === bomb.clientId);
    expect(imported).toBeDefined();
    const photo = await fetch(`${server.url}/api/expenses/${imported?.id}/photo`, { headers: auth });
    expect(photo.status).toBe(404);
  });
});
