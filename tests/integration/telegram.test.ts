/**
 * The Telegram bot through its real HTTP flow: updates posted to the webhook as Telegram posts
 * them, the bot calling a local fake Bot API (getFile, the file download, sendMessage,
 * answerCallbackQuery, editMessageText, setWebhook), voice read by the real SDK from the fake
 * provider, everything stored in PGlite. Nothing leaves loopback (no-network.ts).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { telegramClientId } from '@voicetrack/edge/telegram/handle-update.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VOICE = new Uint8Array(
  readFileSync(new URL('../fixtures/audio/telegram-voice-fr-douze-euros-cinquante.ogg', import.meta.url)),
);
const BOT = '123456:TEST-token';
const SECRET = 'webhook-secret-0123456789';
const CHAT = 4242;

let t: TestApp;
let telegram: FakeTelegram;
let provider: FakeProvider;
let nextUpdate = 1000;

beforeAll(async () => {
  [telegram, provider] = await Promise.all([startFakeTelegram(), startFakeProvider()]);
  t = await startTestApp({
    providerUrl: provider.url,
    env: {
      TELEGRAM_BOT_TOKEN: BOT,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_CHAT_ID: String(CHAT),
      TELEGRAM_API_BASE: telegram.url,
      TELEGRAM_TIMEZONE: 'Europe/Paris',
    },
  });
});
afterAll(async () => {
  await t.close();
  await Promise.all([telegram.close(), provider.close()]);
});
beforeEach(() => {
  provider.reset();
  provider.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
});

const now = () => Math.floor(Date.now() / 1000);
const message = (over: Record<string, unknown>, chat = CHAT) => ({
  update_id: nextUpdate++,
  message: {
    message_id: nextUpdate,
    date: now(),
    chat: { id: chat, type: 'private' },
    from: { id: chat, language_code: 'fr' },
    ...over,
  },
});
/** POSTs an update as Telegram does: JSON, the secret header, no Origin. */
const deliver = (update: unknown, secret: string | null = SECRET) =>
  t.app.request('/api/telegram', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
    },
    body: JSON.stringify(update),
  });
const expenses = async () => (await (await t.api.expenses.$get({ query: { limit: '200' } })).json()).expenses;
const LATER =
  'Je ne peux pas traiter ce message pour l’instant\u00a0: il est gardé, je réessaie tout seul et vous réponds dès que c’est fait.';
/** What the Node server runs every minute: the kept updates that are due, tried again. */
async function retryNow(): Promise<number> {
  // A kept update is due at once, then after a minute: make it due, as the clock would.
  await t.sql.exec(`update telegram_pending set next_at = now()`);
  return (await t.telegramRetry?.()) ?? -1;
}

describe('the Telegram webhook', () => {
  it('refuses a request without the secret, or with another', async () => {
    const before = telegram.calls.length;
    expect((await deliver(message({ text: '3 € de pain' }), null)).status).toBe(401);
    expect((await deliver(message({ text: '3 € de pain' }), 'webhook-secret-9876543210')).status).toBe(401);
    expect(telegram.calls.length).toBe(before);
  });

  it('saves a typed expense and says what it saved, with Annuler and Modifier', async () => {
    const update = message({ text: '12,50 resto ce midi' });
    expect((await deliver(update)).status).toBe(200);
    const clientId = await telegramClientId('123456', update.update_id);
    const saved = (await expenses()).filter((e) => e.clientId === clientId);
    expect(saved.map((e) => [e.amount, e.category, e.source])).toEqual([['12.50', 'dining', 'text']]);
    const reply = telegram.messages.at(-1);
    expect(reply?.chat_id).toBe(CHAT);
    expect(reply?.text).toMatch(/^12,50\s€ · Restaurant · aujourd'hui$/);
    expect(reply?.reply_markup?.inline_keyboard[0]?.map((b) => b.text)).toEqual(['Annuler', 'Modifier']);
  });

  it('reads a voice message: getFile, the file, the transcription, the parse', async () => {
    telegram.addFile('voice-file-1', VOICE);
    const update = message({
      voice: { file_id: 'voice-file-1', duration: 3, mime_type: 'audio/ogg', file_size: VOICE.length },
    });
    const calls = telegram.calls.length;
    expect((await deliver(update)).status).toBe(200);
    expect(telegram.calls.slice(calls)).toEqual(['getFile', 'download', 'sendMessage']);
    const transcription = provider.calls.find((c) => c.route === 'transcriptions');
    expect(transcription?.audioBytes).toBe(VOICE.length);
    const clientId = await telegramClientId('123456', update.update_id);
    const saved = (await expenses()).filter((e) => e.clientId === clientId);
    expect(saved.map((e) => [e.amount, e.category, e.source])).toEqual([['12.50', 'dining', 'voice']]);
    expect(telegram.messages.at(-1)?.text).toMatch(/12,50\s€ · Restaurant/);
  });

  it('keeps one note when Telegram delivers the same update again', async () => {
    const update = message({ text: '7 € de taxi' });
    await deliver(update);
    const count = (await expenses()).length;
    expect((await deliver(update)).status).toBe(200);
    expect((await deliver(update)).status).toBe(200);
    expect((await expenses()).length).toBe(count);
    // Each delivery is answered (a lost reply is worse than a repeated one).
    expect(telegram.messages.filter((m) => m.text.startsWith('7,00')).length).toBe(3);
  });

  it("ignores a stranger's chat: 200, no reply, nothing stored", async () => {
    const count = (await expenses()).length;
    const calls = telegram.calls.length;
    telegram.addFile('stranger-voice', VOICE);
    expect((await deliver(message({ text: '99 € de resto' }, 777))).status).toBe(200);
    expect((await deliver(message({ voice: { file_id: 'stranger-voice' } }, 777))).status).toBe(200);
    expect((await expenses()).length).toBe(count);
    expect(telegram.calls.length).toBe(calls);
    expect(provider.calls).toHaveLength(0);
  });

  it('keeps a voice message while the provider is down, says so once, and saves it once when it is back', async () => {
    telegram.addFile('voice-file-503', VOICE);
    const update = message({ voice: { file_id: 'voice-file-503' } });
    provider.failNext(503, 50, 1, 'transcriptions');
    const sent = telegram.messages.length;
    expect((await deliver(update)).status).toBe(200);
    const clientId = await telegramClientId('123456', update.update_id);
    expect((await expenses()).filter((e) => e.clientId === clientId)).toHaveLength(0);
    expect(telegram.messages.slice(sent).map((m) => m.text)).toEqual([LATER]);
    // Another update while it is still down: handled, and the kept one tried and kept again, silently.
    expect((await deliver(message({ text: '2 € de café' }))).status).toBe(200);
    expect(telegram.messages.slice(sent).map((m) => m.text)).toEqual([
      LATER,
      expect.stringMatching(/^2,00\s€/),
    ]);
    expect((await expenses()).filter((e) => e.clientId === clientId)).toHaveLength(0);

    provider.reset();
    provider.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    expect(await retryNow()).toBe(1);
    expect((await expenses()).filter((e) => e.clientId === clientId)).toHaveLength(1);
    expect(telegram.messages.at(-1)?.text).toMatch(/^12,50\s€ · Restaurant/);
    // Done: tried no more, and Telegram redelivering it changes nothing.
    expect(await retryNow()).toBe(0);
    expect((await deliver(update)).status).toBe(200);
    expect((await expenses()).filter((e) => e.clientId === clientId)).toHaveLength(1);
  });

  it('gives up on a kept update after a week, and asks the chat to send it again', async () => {
    telegram.addFile('voice-week', VOICE);
    const update = message({ voice: { file_id: 'voice-week' } });
    provider.failNext(503, 50, 1, 'transcriptions');
    expect((await deliver(update)).status).toBe(200);
    await t.sql.exec(`update telegram_pending set kept_at = now() - interval '8 days'`);
    expect(await retryNow()).toBe(0);
    expect(telegram.messages.at(-1)?.text).toBe(
      'Je n’ai pas pu traiter ce message en 7\u00a0jours\u00a0: renvoyez-le, ou écrivez la dépense.',
    );
    const [left] = await t.sql.query<{ n: number }>('select count(*)::int as n from telegram_pending');
    expect(left?.n).toBe(0);
  });

  it('keeps a note whose reply Telegram could not take, and answers it on the next try, saved once', async () => {
    const update = message({ text: '15 € de pharmacie' });
    telegram.failNext(502);
    expect((await deliver(update)).status).toBe(200);
    const clientId = await telegramClientId('123456', update.update_id);
    expect((await expenses()).filter((e) => e.clientId === clientId)).toHaveLength(1);
    expect(await retryNow()).toBe(1);
    expect((await expenses()).filter((e) => e.clientId === clientId)).toHaveLength(1);
    expect(telegram.messages.at(-1)?.text).toMatch(/15,00\s€ · Santé/);
  });

  it('answers non-2xx, for Telegram to deliver it again, when the update cannot even be kept', async () => {
    const broken = await startTestApp({
      providerUrl: provider.url,
      env: {
        TELEGRAM_BOT_TOKEN: BOT,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_CHAT_ID: String(CHAT),
        TELEGRAM_API_BASE: telegram.url,
      },
    });
    try {
      telegram.addFile('voice-db-down', VOICE);
      provider.failNext(503, 50, 1, 'transcriptions');
      await broken.sql.exec('drop table telegram_pending');
      const res = await broken.app.request('/api/telegram', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(message({ voice: { file_id: 'voice-db-down' } })),
      });
      expect(res.status).toBe(503);
    } finally {
      await broken.close();
    }
  });

  it('Annuler deletes the expense; Modifier offers the categories, and a tap changes it', async () => {
    const update = message({ text: '30 € de courses' });
    await deliver(update);
    const clientId = await telegramClientId('123456', update.update_id);
    const press = (data: string) => ({
      update_id: nextUpdate++,
      callback_query: {
        id: `cb-${nextUpdate}`,
        from: { id: CHAT, language_code: 'fr' },
        message: { message_id: 55, chat: { id: CHAT } },
        data,
      },
    });
    expect((await deliver(press(`e:${clientId}`))).status).toBe(200);
    const picker = telegram.edits.at(-1);
    expect(picker?.text).toMatch(/Choisissez la catégorie/);
    const dining = picker?.reply_markup?.inline_keyboard.flat().find((b) => b.text === 'Restaurant');
    expect(dining?.callback_data).toBe(`c:${clientId}:dining`);
    expect((await deliver(press(dining?.callback_data ?? ''))).status).toBe(200);
    expect((await expenses()).find((e) => e.clientId === clientId)?.category).toBe('dining');
    expect(telegram.edits.at(-1)?.text).toMatch(/^30,00\s€ · Restaurant/);

    expect((await deliver(press(`x:${clientId}`))).status).toBe(200);
    expect((await expenses()).filter((e) => e.clientId === clientId)).toHaveLength(0);
    expect(telegram.callbackAnswers.at(-1)?.text).toBe('Annulé');
    expect(telegram.edits.at(-1)?.text).toMatch(/^Annulé\u00a0: 30,00\s€/);
    // Pressed again (or redelivered): nothing left to cancel, and it says so.
    expect((await deliver(press(`x:${clientId}`))).status).toBe(200);
    expect(telegram.callbackAnswers.at(-1)?.text).toBe('Cette dépense n’existe plus.');
  });

  it('replaces a note when the person replies to its message with the right words', async () => {
    const wrong = message({ text: '40 € de resto' });
    await deliver(wrong);
    const wrongId = await telegramClientId('123456', wrong.update_id);
    const botMessage = telegram.messages.at(-1);
    const fix = message({
      text: '14 € de resto',
      reply_to_message: { message_id: 77, chat: { id: CHAT }, reply_markup: botMessage?.reply_markup },
    });
    expect((await deliver(fix)).status).toBe(200);
    const all = await expenses();
    expect(all.filter((e) => e.clientId === wrongId)).toHaveLength(0);
    const fixId = await telegramClientId('123456', fix.update_id);
    expect(all.find((e) => e.clientId === fixId)?.amount).toBe('14.00');
  });

  it('acknowledges an update it cannot read instead of having it redelivered for hours', async () => {
    expect((await deliver({ update_id: nextUpdate++, edited_message: { text: 'x' } })).status).toBe(200);
    expect((await deliver({ hello: 'world' })).status).toBe(200);
  });
});

describe('the Telegram webhook of a server with no transcription key', () => {
  it('says a voice message cannot be read here, once, instead of having it redelivered until Telegram gives up', async () => {
    const keyless = await startTestApp({
      env: {
        TELEGRAM_BOT_TOKEN: BOT,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_CHAT_ID: String(CHAT),
        TELEGRAM_API_BASE: telegram.url,
      },
    });
    try {
      telegram.addFile('voice-no-key', VOICE);
      const update = message({ voice: { file_id: 'voice-no-key' } });
      const res = await keyless.app.request('/api/telegram', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      });
      expect(res.status).toBe(200);
      expect(telegram.messages.at(-1)?.text).toBe(
        'Ce serveur ne transcrit pas encore les messages vocaux (aucune clé de transcription)\u00a0: écrivez la dépense, par exemple «\u00a012,50 resto ce midi\u00a0».',
      );
      const list = await (await keyless.api.expenses.$get({ query: {} })).json();
      expect(list.expenses).toEqual([]);
      expect(provider.calls).toHaveLength(0);
    } finally {
      await keyless.close();
    }
  });
});

describe('pnpm telegram:webhook', () => {
  it('sets the webhook with the secret and only the updates the bot reads', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'edge/src/cli/telegram-webhook.ts', 'https://vt.example.org'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          TELEGRAM_BOT_TOKEN: BOT,
          TELEGRAM_WEBHOOK_SECRET: SECRET,
          TELEGRAM_API_BASE: telegram.url,
        },
      },
    );
    expect(stdout).toContain('https://vt.example.org/api/telegram');
    expect(telegram.webhooks.at(-1)).toEqual({
      token: BOT,
      url: 'https://vt.example.org/api/telegram',
      secret_token: SECRET,
      allowed_updates: ['message', 'callback_query'],
    });
  });
});
