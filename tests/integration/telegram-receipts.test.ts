/**
 * A photo of a receipt sent to the Telegram bot: fetched from the (fake) Bot API as a voice
 * message is, read by Tesseract on the server, kept with its expense; a file that is no image is
 * answered, never stored.
 */

import { lazyOcr } from '@voicetrack/edge/receipts/lazy-ocr.ts';
import { createNodeOcr } from '@voicetrack/edge/receipts/ocr-node.ts';
import { telegramClientId } from '@voicetrack/edge/telegram/handle-update.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReceiptSet, receiptImage } from '../bench/receipt-set.ts';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';
import { whitePng } from '../support/pixel-bomb.ts';
import { botEnv, deliverTo, message } from '../support/telegram-bot.ts';

const label = loadReceiptSet().find((l) => l.file.startsWith('images/41-'));
if (!label) throw new Error('no ticket 41');
const PHOTO = receiptImage(label);

let telegram: FakeTelegram;
let t: TestApp;
const ocr = lazyOcr(() => createNodeOcr());
beforeAll(async () => {
  telegram = await startFakeTelegram();
  t = await startTestApp({ env: botEnv(telegram), receiptOcr: ocr.get });
});
afterAll(async () => {
  await t?.close();
  await Promise.all([telegram?.close(), ocr.close()]);
});

describe('a photo sent to the Telegram bot', () => {
  it('is read and saved as the receipt’s expense, the photo kept with it', { timeout: 120_000 }, async () => {
    telegram.addFile('photo-small', PHOTO.subarray(0, 100));
    telegram.addFile('photo-large', PHOTO);
    const update = message({
      photo: [
        { file_id: 'photo-small', file_size: 100, width: 90, height: 160 },
        { file_id: 'photo-large', file_size: PHOTO.length, width: 640, height: 583 },
      ],
    });
    expect((await deliverTo(t.app, update)).status).toBe(200);
    const clientId = await telegramClientId('123456', update.update_id);
    const listed = (await (await t.api.expenses.$get({ query: {} })).json()).expenses;
    const saved = listed.filter((e) => e.clientId === clientId);
    expect(saved).toEqual([
      expect.objectContaining({
        amount: label.total,
        date: label.date,
        description: 'Boulangerie Dupont',
        source: 'receipt',
        photo: true,
      }),
    ]);
    const shown = await t.api.expenses[':id'].photo.$get({ param: { id: saved[0]?.id ?? '' } });
    expect(Buffer.from(await shown.arrayBuffer()).equals(Buffer.from(PHOTO))).toBe(true);
    expect(telegram.messages.at(-1)?.text).toMatch(/^26,00\s€ · Courses · mar\. 13 mai$/);
  });

  it('answers a file that is not an image, and stores nothing', async () => {
    telegram.addFile('doc-1', new TextEncoder().encode('%PDF-1.7 not a photo at all'));
    const update = message({ document: { file_id: 'doc-1', mime_type: 'image/jpeg', file_size: 27 } });
    expect((await deliverTo(t.app, update)).status).toBe(200);
    expect(telegram.messages.at(-1)?.text).toBe('Je ne garde que les photos de tickets (JPEG, PNG ou WebP).');
    const clientId = await telegramClientId('123456', update.update_id);
    const listed = (await (await t.api.expenses.$get({ query: {} })).json()).expenses;
    expect(listed.filter((e) => e.clientId === clientId)).toEqual([]);
  });

  it('answers an image file of more than 50 megapixels before reading it, and stores nothing', async () => {
    const bomb = whitePng(8000, 8000);
    telegram.addFile('doc-2', bomb);
    const update = message({
      document: { file_id: 'doc-2', mime_type: 'image/png', file_size: bomb.length },
    });
    expect((await deliverTo(t.app, update)).status).toBe(200);
    expect(telegram.messages.at(-1)?.text).toBe(
      'Cette photo a trop de pixels (50 mégapixels au plus) : envoyez-la comme photo, pas comme fichier.',
    );
    const clientId = await telegramClientId('123456', update.update_id);
    const listed = (await (await t.api.expenses.$get({ query: {} })).json()).expenses;
    expect(listed.filter((e) => e.clientId === clientId)).toEqual([]);
  });
});
