/**
 * The Node server tries kept Telegram updates again by itself (TELEGRAM_RETRY_CRON, every second
 * here): a voice message that arrived while the provider was down is saved once it is back, with
 * no other update to wake the server, and answered in its chat.
 */
import { type RunningServer, startServer } from '@voicetrack/edge/server.ts';
import { telegramClientId } from '@voicetrack/edge/telegram/handle-update.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAt } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';
import { botEnv, message, SECRET, VOICE } from '../support/telegram-bot.ts';

let telegram: FakeTelegram;
let provider: FakeProvider;
let server: RunningServer;

beforeAll(async () => {
  [telegram, provider] = await Promise.all([startFakeTelegram(), startFakeProvider()]);
  server = await startServer({
    env: {
      PORT: '0',
      DATA_DIR: 'memory://',
      LOG_LEVEL: 'silent',
      GROQ_API_KEY: 'test-key',
      GROQ_BASE_URL: provider.url,
      PROVIDER_MAX_RETRIES: '0',
      ...botEnv(telegram),
      TELEGRAM_RETRY_CRON: '* * * * * *',
    },
    webDist: null,
  });
});
afterAll(async () => {
  await server?.close();
  await Promise.all([telegram?.close(), provider?.close()]);
});

describe('the Node server', () => {
  it('saves a kept voice message by itself once the provider is back, and answers it', async () => {
    telegram.addFile('voice-later', VOICE);
    provider.failNext(503, 1000, 1, 'transcriptions');
    const update = message({ voice: { file_id: 'voice-later' } });
    const res = await fetch(`${server.url}/api/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
    expect(res.status).toBe(200);
    expect(telegram.messages.at(-1)?.text).toMatch(/^Je ne peux pas traiter ce message pour l’instant/);

    provider.reset();
    provider.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    // A try the schedule made meanwhile put the next one a minute later: due now again, and the
    // schedule itself must find it (no other update comes to wake the server).
    await server.store.telegramPending.take('123456', 10, 0);
    const clientId = await telegramClientId('123456', update.update_id);
    const saved = async () =>
      (await (await apiAt(server.url).expenses.$get({ query: {} })).json()).expenses.filter(
        (e) => e.clientId === clientId,
      ).length;
    await expect.poll(saved, { timeout: 20_000, interval: 250 }).toBe(1);
    await expect
      .poll(() => telegram.messages.at(-1)?.text, { timeout: 10_000 })
      .toMatch(/^12,50\s€ · Restaurant/);
    expect(await saved()).toBe(1);
  });
});
