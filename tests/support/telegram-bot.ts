/**
 * The Telegram bot's test stack: the app in-process on PGlite with the bot on, a local fake of the
 * Bot API and the fake provider, and updates posted to the webhook as Telegram posts them.
 * `useTelegramBot()` registers its hooks in the calling test file.
 */
import { readFileSync } from 'node:fs';
import { telegramClientId } from '@voicetrack/edge/telegram/handle-update.ts';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startTestApp, type TestApp } from './edge-app.ts';
import { type FakeProvider, startFakeProvider } from './fake-provider.ts';
import { type FakeTelegram, startFakeTelegram } from './fake-telegram.ts';

export const BOT = '123456:TEST-token';
/** The bot's id, BOT's first part: a note's client id is made from it and the update's. */
export const BOT_ID = '123456';
export const SECRET = 'webhook-secret-0123456789';
export const CHAT = 4242;
export const VOICE = new Uint8Array(
  readFileSync(new URL('../fixtures/audio/telegram-voice-fr-douze-euros-cinquante.ogg', import.meta.url)),
);

/** The environment of a server whose bot talks to `telegram`. */
export const botEnv = (telegram: FakeTelegram): Record<string, string> => ({
  TELEGRAM_BOT_TOKEN: BOT,
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  TELEGRAM_CHAT_ID: String(CHAT),
  TELEGRAM_API_BASE: telegram.url,
  TELEGRAM_TIMEZONE: 'Europe/Paris',
});

let nextUpdate = 1000;
/** A fresh update_id, as Telegram numbers them. */
export const nextUpdateId = () => nextUpdate++;
/** A message update from `chat` (the allowed one unless given), a fresh update_id each. */
export const message = (over: Record<string, unknown>, chat = CHAT) => ({
  update_id: nextUpdate++,
  message: {
    message_id: nextUpdate,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chat, type: 'private' },
    from: { id: chat, language_code: 'fr' },
    ...over,
  },
});

/** POSTs an update to `app` as Telegram does: JSON, the secret header, no Origin. */
export const deliverTo = async (
  app: TestApp['app'],
  update: unknown,
  secret: string | null = SECRET,
): Promise<Response> =>
  app.request('/api/telegram', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
    },
    body: JSON.stringify(update),
  });

export interface TelegramBot {
  readonly t: TestApp;
  readonly telegram: FakeTelegram;
  readonly provider: FakeProvider;
  deliver(update: unknown, secret?: string | null): Promise<Response>;
  expenses(): Promise<
    {
      clientId: string;
      amount: string | null;
      category: string;
      description: string;
      source: string;
      date: string;
      transcript: string | null;
    }[]
  >;
  /** The expenses `update`'s note saved, as the list has them now. */
  savedBy(update: { update_id: number }): ReturnType<TelegramBot['expenses']>;
  /** What the Node server runs every minute: the kept updates, made due, tried again. */
  retryNow(): Promise<number>;
}

export function useTelegramBot(): TelegramBot {
  let t: TestApp;
  let telegram: FakeTelegram;
  let provider: FakeProvider;
  beforeAll(async () => {
    [telegram, provider] = await Promise.all([startFakeTelegram(), startFakeProvider()]);
    t = await startTestApp({ providerUrl: provider.url, env: botEnv(telegram) });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([telegram?.close(), provider?.close()]);
  });
  beforeEach(() => {
    provider.reset();
    provider.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
  });
  const expenses = async () =>
    (await (await t.api.expenses.$get({ query: { limit: '200' } })).json()).expenses;
  return {
    get t() {
      return t;
    },
    get telegram() {
      return telegram;
    },
    get provider() {
      return provider;
    },
    deliver: (update, secret = SECRET) => deliverTo(t.app, update, secret),
    expenses,
    savedBy: async (update) => {
      const clientId = await telegramClientId(BOT_ID, update.update_id);
      return (await expenses()).filter((e) => e.clientId === clientId);
    },
    retryNow: async () => {
      // A kept update is due at once, then after a minute: made due, as the clock would.
      await t.sql.exec('update telegram_pending set next_at = now()');
      return (await t.telegramRetry?.()) ?? -1;
    },
  };
}
