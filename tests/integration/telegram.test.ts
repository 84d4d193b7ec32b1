/**
 * The Telegram bot through its real HTTP flow: updates posted to the webhook as Telegram posts
 * them, the bot calling a local fake Bot API (getFile, the file download, sendMessage,
 * answerCallbackQuery, editMessageText, setWebhook), voice read by the real SDK from the fake
 * provider, everything stored in PGlite. Nothing leaves loopback (no-network.ts).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { telegramClientId } from '@voicetrack/edge/telegram/handle-update.ts';
import { describe, expect, it } from 'vitest';
import {
  BOT,
  BOT_ID,
  CHAT,
  message,
  nextUpdateId,
  SECRET,
  useTelegramBot,
  VOICE,
} from '../support/telegram-bot.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const bot = useTelegramBot();
const { deliver, expenses, savedBy } = bot;

describe('the Telegram webhook', () => {
  it('refuses a request without the secret, or with another', async () => {
    const before = bot.telegram.calls.length;
    expect((await deliver(message({ text: '3 € de pain' }), null)).status).toBe(401);
    expect((await deliver(message({ text: '3 € de pain' }), 'webhook-secret-9876543210')).status).toBe(401);
    expect(bot.telegram.calls.length).toBe(before);
  });

  it('saves a typed expense and says what it saved, with Annuler and Modifier', async () => {
    const update = message({ text: '12,50 resto ce midi' });
    expect((await deliver(update)).status).toBe(200);
    const saved = await savedBy(update);
    expect(saved.map((e) => [e.amount, e.category, e.source])).toEqual([['12.50', 'dining', 'text']]);
    const reply = bot.telegram.messages.at(-1);
    expect(reply?.chat_id).toBe(CHAT);
    expect(reply?.text).toMatch(/^12,50\s€ · Restaurant · aujourd'hui$/);
    expect(reply?.reply_markup?.inline_keyboard[0]?.map((b) => b.text)).toEqual(['Annuler', 'Modifier']);
  });

  it('reads a message forwarded with a name in its invisible isolate marks, without them', async () => {
    const update = message({ text: '25 € resto avec \u2068Paul\u2069' });
    expect((await deliver(update)).status).toBe(200);
    const saved = await savedBy(update);
    expect(saved.map((e) => [e.amount, e.transcript])).toEqual([['25.00', '25 € resto avec Paul']]);
  });

  it("keeps an English message's own words in English in a French chat, and answers in French", async () => {
    const update = message({ text: 'Taxi, 24 euros, split three ways' });
    expect((await deliver(update)).status).toBe(200);
    const saved = await savedBy(update);
    expect(saved.map((e) => [e.amount, e.description])).toEqual([['8.00', 'Taxi (share of €24)']]);
    expect(bot.telegram.messages.at(-1)?.text).toMatch(/^8,00\s€ · Transport · aujourd'hui$/);
  });

  it('reads a voice message: getFile, the file, the transcription, the parse', async () => {
    bot.telegram.addFile('voice-file-1', VOICE);
    const update = message({
      voice: { file_id: 'voice-file-1', duration: 3, mime_type: 'audio/ogg', file_size: VOICE.length },
    });
    const calls = bot.telegram.calls.length;
    expect((await deliver(update)).status).toBe(200);
    expect(bot.telegram.calls.slice(calls)).toEqual(['getFile', 'download', 'sendMessage']);
    const transcription = bot.provider.calls.find((c) => c.route === 'transcriptions');
    expect(transcription?.audioBytes).toBe(VOICE.length);
    const saved = await savedBy(update);
    expect(saved.map((e) => [e.amount, e.category, e.source])).toEqual([['12.50', 'dining', 'voice']]);
    expect(bot.telegram.messages.at(-1)?.text).toMatch(/12,50\s€ · Restaurant/);
  });

  it('never lets a file_path from getFile make another Bot API call', async () => {
    bot.telegram.addFile('crafted', VOICE, `../../bot${BOT}/sendMessage?chat_id=${CHAT}&text=pwned`);
    const calls = bot.telegram.calls.length;
    expect((await deliver(message({ voice: { file_id: 'crafted' } }))).status).toBe(200);
    expect(bot.telegram.calls.slice(calls).filter((c) => c.includes('pwned'))).toEqual([]);
    expect(bot.telegram.messages.map((m) => m.text)).not.toContain('pwned');
  });

  it.each([0, -1, 1.5, 99_999_999_999, 1e20])('dates a message sent at %s (seconds) now', async (date) => {
    const update = message({ text: '4 € de café' });
    update.message.date = date;
    expect((await deliver(update)).status).toBe(200);
    const saved = await savedBy(update);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    expect(saved.map((e) => e.date)).toEqual([today]);
  });

  it('keeps one note when Telegram delivers the same update again', async () => {
    const update = message({ text: '7 € de taxi' });
    await deliver(update);
    const count = (await expenses()).length;
    expect((await deliver(update)).status).toBe(200);
    expect((await deliver(update)).status).toBe(200);
    expect((await expenses()).length).toBe(count);
    // Each delivery is answered (a lost reply is worse than a repeated one).
    expect(bot.telegram.messages.filter((m) => m.text.startsWith('7,00')).length).toBe(3);
  });

  it("ignores a stranger's chat: 200, no reply, nothing stored", async () => {
    const count = (await expenses()).length;
    const calls = bot.telegram.calls.length;
    bot.telegram.addFile('stranger-voice', VOICE);
    expect((await deliver(message({ text: '99 € de resto' }, 777))).status).toBe(200);
    expect((await deliver(message({ voice: { file_id: 'stranger-voice' } }, 777))).status).toBe(200);
    expect((await expenses()).length).toBe(count);
    expect(bot.telegram.calls.length).toBe(calls);
    expect(bot.provider.calls).toHaveLength(0);
  });

  it('Annuler deletes the expense; Modifier offers the categories, and a tap changes it', async () => {
    const update = message({ text: '30 € de courses' });
    await deliver(update);
    const clientId = await telegramClientId(BOT_ID, update.update_id);
    const press = (data: string) => ({
      update_id: nextUpdateId(),
      callback_query: {
        id: `cb-${crypto.randomUUID()}`,
        from: { id: CHAT, language_code: 'fr' },
        message: { message_id: 55, chat: { id: CHAT } },
        data,
      },
    });
    expect((await deliver(press(`e:${clientId}`))).status).toBe(200);
    const picker = bot.telegram.edits.at(-1);
    expect(picker?.text).toMatch(/Choisissez la catégorie/);
    const dining = picker?.reply_markup?.inline_keyboard.flat().find((b) => b.text === 'Restaurant');
    expect(dining?.callback_data).toBe(`c:${clientId}:dining`);
    expect((await deliver(press(dining?.callback_data ?? ''))).status).toBe(200);
    expect((await expenses()).find((e) => e.clientId === clientId)?.category).toBe('dining');
    expect(bot.telegram.edits.at(-1)?.text).toMatch(/^30,00\s€ · Restaurant/);

    expect((await deliver(press(`x:${clientId}`))).status).toBe(200);
    expect((await expenses()).filter((e) => e.clientId === clientId)).toHaveLength(0);
    expect(bot.telegram.callbackAnswers.at(-1)?.text).toBe('Annulé');
    expect(bot.telegram.edits.at(-1)?.text).toMatch(/^Annulé\u00a0: 30,00\s€/);
    // Pressed again (or redelivered): nothing left to cancel, and it says so.
    expect((await deliver(press(`x:${clientId}`))).status).toBe(200);
    expect(bot.telegram.callbackAnswers.at(-1)?.text).toBe('Cette dépense n’existe plus.');
  });

  it('replaces a note when the person replies to its message with the right words', async () => {
    const wrong = message({ text: '40 € de resto' });
    await deliver(wrong);
    const wrongId = await telegramClientId(BOT_ID, wrong.update_id);
    const botMessage = bot.telegram.messages.at(-1);
    const fix = message({
      text: '14 € de resto',
      reply_to_message: { message_id: 77, chat: { id: CHAT }, reply_markup: botMessage?.reply_markup },
    });
    expect((await deliver(fix)).status).toBe(200);
    const all = await expenses();
    expect(all.filter((e) => e.clientId === wrongId)).toHaveLength(0);
    const fixId = await telegramClientId(BOT_ID, fix.update_id);
    expect(all.find((e) => e.clientId === fixId)?.amount).toBe('14.00');
  });

  it('acknowledges an update it cannot read instead of having it redelivered for hours', async () => {
    expect((await deliver({ update_id: nextUpdateId(), edited_message: { text: 'x' } })).status).toBe(200);
    expect((await deliver({ hello: 'world' })).status).toBe(200);
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
          TELEGRAM_API_BASE: bot.telegram.url,
        },
      },
    );
    expect(stdout).toContain('https://vt.example.org/api/telegram');
    expect(bot.telegram.webhooks.at(-1)).toEqual({
      token: BOT,
      url: 'https://vt.example.org/api/telegram',
      secret_token: SECRET,
      allowed_updates: ['message', 'callback_query'],
    });
  });
});
