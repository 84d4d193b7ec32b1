/**
 * The webhook's use case (pending.ts receiveUpdate) and each outcome, on a real store (PGlite in
 * memory) with a Bot API that is a working fake of its port: a note answered, a note kept while
 * the provider is down (the chat told once) and handled on the next try, and a refusal when even
 * keeping it fails. A kept photo is told as a note is; a file the bot does not read is kept silently.
 */
import type { TelegramMessage, TelegramUpdate } from '@voicetrack/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureBudget } from '../devices/failure-budget.ts';
import { silentLogger } from '../observe/logger.ts';
import { ProviderUnavailableError, type Store, type Transcriber } from '../ports.ts';
import { openStore } from '../store/open-store.ts';
import type { BotApi } from './bot-api.ts';
import { receiveUpdate, retryPending, type WebhookDeps } from './pending.ts';

const CHAT = 4242;
let store: Store;
const said: string[] = [];
const bot: BotApi = {
  getFilePath: async () => 'voice/file.oga',
  // An Ogg page header: the audio sniffer reads it as Ogg.
  download: async () => new TextEncoder().encode('OggS\0\u0002\0\0\0\0\0\0\0\0\0\0'),
  sendMessage: async (_chat, text) => {
    said.push(text);
  },
  editMessage: async () => {},
  answerCallback: async () => {},
  setWebhook: async () => {},
};
let providerUp = true;
const transcriber: Transcriber = {
  name: 'test:switch',
  transcribeAudio: async () => {
    if (!providerUp) throw new ProviderUnavailableError('groq', 'down', 30);
    return { text: 'douze euros cinquante au resto' };
  },
};

// PGlite's first open (WebAssembly, the migrations) takes seconds on a busy machine.
beforeAll(async () => {
  ({ store } = await openStore({}));
}, 120_000);
afterAll(() => store?.close());

const deps = (over: Partial<WebhookDeps> = {}): WebhookDeps => ({
  bot,
  botId: '1',
  capture: {
    captures: store.captures,
    usage: store.usage,
    learning: store.learning,
    transcriber,
    parser: null,
    leaseSeconds: 60,
    waitMs: 0,
    defaultCurrency: 'EUR',
  },
  receipts: {
    captures: store.captures,
    usage: store.usage,
    learning: store.learning,
    reader: null,
    ocr: null,
    leaseSeconds: 60,
    waitMs: 0,
    defaultCurrency: 'EUR',
  },
  expenses: store.expenses,
  chats: store.telegramChats,
  pairing: store.pairing,
  pending: store.telegramPending,
  allowedChatIds: [String(CHAT)],
  multiUser: false,
  timeZone: 'Europe/Paris',
  failures: failureBudget({ perClient: 10, alarm: 30, windowMs: 600_000 }),
  logger: silentLogger,
  ...over,
});

let nextId = 1;
/** A message of the French chat, with what it carries (a voice note, a photo, a file). */
const sent = (over: Pick<TelegramMessage, 'voice' | 'photo' | 'document'>): TelegramUpdate => ({
  update_id: nextId++,
  message: {
    message_id: 1,
    date: 1_790_000_000,
    chat: { id: CHAT, type: 'private' },
    from: { id: 1, language_code: 'fr' },
    ...over,
  },
});
const voiceUpdate = () => sent({ voice: { file_id: 'f', duration: 2 } });

describe('receiveUpdate', () => {
  it('answers a voice note with what was saved', async () => {
    said.length = 0;
    expect(await receiveUpdate(deps(), voiceUpdate())).toEqual({ kind: 'answered' });
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/12,50/);
  });

  it('keeps a note while the provider is down, tells the chat once, and handles it on the next try', async () => {
    said.length = 0;
    providerUp = false;
    const update = voiceUpdate();
    expect(await receiveUpdate(deps(), update)).toEqual({ kind: 'answered' });
    expect(said).toHaveLength(1);
    providerUp = true;
    await store.telegramPending.failed('1', update.update_id, 'made due by the test', 0);
    expect(await retryPending(deps())).toBe(1);
    expect(said.at(-1)).toMatch(/12,50/);
  });

  it('is refused, for Telegram to deliver it again, when the update cannot even be kept', async () => {
    providerUp = false;
    const pending = {
      ...store.telegramPending,
      keep: async () => {
        throw new Error('database down');
      },
    };
    expect(await receiveUpdate(deps({ pending }), voiceUpdate())).toEqual({
      kind: 'refused',
      code: 'provider_unavailable',
      message: expect.stringMatching(/^This update cannot be handled now: provider_unavailable/),
      retryAfterSeconds: 30,
    });
    providerUp = true;
  });

  it('tells the chat once of a kept photo or image file, and says nothing of a file it does not read', async () => {
    // Supabase mode with the store down: the chat's person cannot be looked up, whatever was sent.
    const chats = {
      ...store.telegramChats,
      userOf: async () => {
        throw new Error('database down');
      },
    };
    const later = async (update: TelegramUpdate) => {
      said.length = 0;
      expect(await receiveUpdate(deps({ multiUser: true, chats }), update)).toEqual({ kind: 'answered' });
      // Delivered again by Telegram, still down: kept already, nothing more said.
      await receiveUpdate(deps({ multiUser: true, chats }), update);
      return [...said];
    };
    const LATER = /^Je ne peux pas traiter ce message pour l’instant/;
    expect(await later(sent({ photo: [{ file_id: 'p', width: 90, height: 160 }] }))).toEqual([
      expect.stringMatching(LATER),
    ]);
    expect(await later(sent({ document: { file_id: 'd', mime_type: 'image/webp' } }))).toEqual([
      expect.stringMatching(LATER),
    ]);
    expect(await later(sent({ document: { file_id: 'f', mime_type: 'application/pdf' } }))).toEqual([]);
  });
});
