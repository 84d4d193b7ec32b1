/**
 * The Telegram bot through an outage: an update that cannot be handled now (the provider or
 * Telegram down) is kept, the chat told once, and tried again until it goes through — saved
 * once — or a week has passed; only a database that cannot even keep it gets Telegram's own
 * redelivery (503). A server with no transcription key says so instead of being retried.
 */
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/edge-app.ts';
import { botEnv, deliverTo, message, useTelegramBot, VOICE } from '../support/telegram-bot.ts';

const bot = useTelegramBot();
const { deliver, retryNow, savedBy } = bot;
const LATER =
  'Je ne peux pas traiter ce message pour l’instant\u00a0: il est gardé, je réessaie tout seul et vous réponds dès que c’est fait.';

describe('a Telegram update that cannot be handled now', () => {
  it('keeps a voice message while the provider is down, says so once, and saves it once when it is back', async () => {
    bot.telegram.addFile('voice-file-503', VOICE);
    const update = message({ voice: { file_id: 'voice-file-503' } });
    bot.provider.failNext(503, 50, 1, 'transcriptions');
    const sent = bot.telegram.messages.length;
    expect((await deliver(update)).status).toBe(200);
    expect(await savedBy(update)).toHaveLength(0);
    expect(bot.telegram.messages.slice(sent).map((m) => m.text)).toEqual([LATER]);
    // Another update while it is still down: handled, and the kept one tried and kept again, silently.
    expect((await deliver(message({ text: '2 € de café' }))).status).toBe(200);
    expect(bot.telegram.messages.slice(sent).map((m) => m.text)).toEqual([
      LATER,
      expect.stringMatching(/^2,00\s€/),
    ]);
    expect(await savedBy(update)).toHaveLength(0);

    bot.provider.reset();
    bot.provider.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    expect(await retryNow()).toBe(1);
    expect(await savedBy(update)).toHaveLength(1);
    expect(bot.telegram.messages.at(-1)?.text).toMatch(/^12,50\s€ · Restaurant/);
    // Done: tried no more, and Telegram redelivering it changes nothing.
    expect(await retryNow()).toBe(0);
    expect((await deliver(update)).status).toBe(200);
    expect(await savedBy(update)).toHaveLength(1);
  });

  it('gives up on a kept update after a week, and asks the chat to send it again', async () => {
    bot.telegram.addFile('voice-week', VOICE);
    const update = message({ voice: { file_id: 'voice-week' } });
    bot.provider.failNext(503, 50, 1, 'transcriptions');
    expect((await deliver(update)).status).toBe(200);
    await bot.t.sql.exec(`update telegram_pending set kept_at = now() - interval '8 days'`);
    expect(await retryNow()).toBe(0);
    expect(bot.telegram.messages.at(-1)?.text).toBe(
      'Je n’ai pas pu traiter ce message en 7\u00a0jours\u00a0: renvoyez-le, ou écrivez la dépense.',
    );
    const [left] = await bot.t.sql.query<{ n: number }>('select count(*)::int as n from telegram_pending');
    expect(left?.n).toBe(0);
  });

  it('keeps a note whose reply Telegram could not take, and answers it on the next try, saved once', async () => {
    const update = message({ text: '15 € de pharmacie' });
    bot.telegram.failNext(502);
    expect((await deliver(update)).status).toBe(200);
    expect(await savedBy(update)).toHaveLength(1);
    expect(await retryNow()).toBe(1);
    expect(await savedBy(update)).toHaveLength(1);
    expect(bot.telegram.messages.at(-1)?.text).toMatch(/15,00\s€ · Santé/);
  });

  it('answers non-2xx, for Telegram to deliver it again, when the update cannot even be kept', async () => {
    const broken = await startTestApp({
      providerUrl: bot.provider.url,
      env: botEnv(bot.telegram),
    });
    try {
      bot.telegram.addFile('voice-db-down', VOICE);
      bot.provider.failNext(503, 50, 1, 'transcriptions');
      await broken.sql.exec('drop table telegram_pending');
      const res = await deliverTo(broken.app, message({ voice: { file_id: 'voice-db-down' } }));
      expect(res.status).toBe(503);
    } finally {
      await broken.close();
    }
  });
});

describe('the Telegram webhook of a server with no transcription key', () => {
  it('says a voice message cannot be read here, once, instead of having it redelivered until Telegram gives up', async () => {
    const keyless = await startTestApp({
      env: botEnv(bot.telegram),
    });
    try {
      bot.telegram.addFile('voice-no-key', VOICE);
      const update = message({ voice: { file_id: 'voice-no-key' } });
      const res = await deliverTo(keyless.app, update);
      expect(res.status).toBe(200);
      expect(bot.telegram.messages.at(-1)?.text).toBe(
        'Ce serveur ne transcrit pas encore les messages vocaux (aucune clé de transcription)\u00a0: écrivez la dépense, par exemple «\u00a012,50 resto ce midi\u00a0».',
      );
      const list = await (await keyless.api.expenses.$get({ query: {} })).json();
      expect(list.expenses).toEqual([]);
      expect(bot.provider.calls).toHaveLength(0);
    } finally {
      await keyless.close();
    }
  });
});
