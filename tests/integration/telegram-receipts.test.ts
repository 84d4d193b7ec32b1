/**
 * A photo of a receipt sent to the Telegram bot: fetched from the (fake) Bot API as a voice
 * message is, read by Tesseract on the server, kept with its expense; a file that is no image is
 * answered, never stored. While the store cannot keep the photo, the chat is told once that it
 * waits (in its language), as for a voice message, and the retry answers with the expense, saved once.
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

const LATER = {
  fr: 'Je ne peux pas traiter ce message pour l’instant\u00a0: il est gardé, je réessaie tout seul et vous réponds dès que c’est fait.',
  en: 'I cannot handle this message right now: it is kept, and I will try again and answer once it is done.',
};

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

describe('a photo sent to the Telegram bot while the store cannot keep it', () => {
  const said = () => telegram.messages.map((m) => m.text);
  const savedBy = async (update: { update_id: number }) => {
    const clientId = await telegramClientId('123456', update.update_id);
    const listed = (await (await t.api.expenses.$get({ query: { limit: '200' } })).json()).expenses;
    return listed.filter((e) => e.clientId === clientId);
  };
  /** What the Node server runs every minute: the kept updates, made due, tried again. */
  const retryNow = async () => {
    await t.sql.exec('update telegram_pending set next_at = now()');
    return (await t.telegramRetry?.()) ?? -1;
  };
  // The photo's own table gone: the receipt's claim is taken and given back, the photo not saved.
  const storeDown = () => t.sql.exec('alter table receipt_photos rename to receipt_photos_away');
  const storeBack = () => t.sql.exec('alter table receipt_photos_away rename to receipt_photos');

  it('says it will try again, once, then answers with the expense, saved once', {
    timeout: 120_000,
  }, async () => {
    telegram.addFile('photo-down', PHOTO);
    const update = message({
      photo: [{ file_id: 'photo-down', file_size: PHOTO.length, width: 640, height: 583 }],
    });
    const before = said().length;
    await storeDown();
    try {
      expect((await deliverTo(t.app, update)).status).toBe(200);
      // Telegram delivers it again, and the clock tries it, while the store is still down: silence.
      expect((await deliverTo(t.app, update)).status).toBe(200);
      expect(await retryNow()).toBe(0);
    } finally {
      await storeBack();
    }
    expect(said().slice(before)).toEqual([LATER.fr]);
    expect(await savedBy(update)).toEqual([]);

    expect(await retryNow()).toBe(1);
    expect(said().slice(before)).toEqual([
      LATER.fr,
      expect.stringMatching(/^26,00\s€ · Courses · mar\. 13 mai$/),
    ]);
    expect(await savedBy(update)).toEqual([
      expect.objectContaining({ amount: '26.00', source: 'receipt', photo: true }),
    ]);
    // Done: tried no more, and the same update delivered again is the same note.
    expect(await retryNow()).toBe(0);
    expect((await deliverTo(t.app, update)).status).toBe(200);
    expect(await savedBy(update)).toHaveLength(1);
  });

  it('says so in English to an English chat, for an image sent as a file', { timeout: 120_000 }, async () => {
    telegram.addFile('doc-down', PHOTO);
    const update = message({
      from: { id: 4242, language_code: 'en-GB' },
      document: { file_id: 'doc-down', mime_type: 'image/jpeg', file_size: PHOTO.length },
    });
    const before = said().length;
    await storeDown();
    try {
      expect((await deliverTo(t.app, update)).status).toBe(200);
    } finally {
      await storeBack();
    }
    expect(said().slice(before)).toEqual([LATER.en]);
    expect(await retryNow()).toBe(1);
    expect(said().at(-1)).toMatch(/^€26\.00 · Groceries · Tue 13 May$/);
    expect(await savedBy(update)).toHaveLength(1);
  });
});
