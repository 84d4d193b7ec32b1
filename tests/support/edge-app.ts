/** The edge app in-process, built by the same composition root as production (wire.ts), with PGlite in memory (or a test Postgres). */
import { readConfig } from '@voicetrack/edge/config.ts';
import { createBackground } from '@voicetrack/edge/money/background.ts';
import { silentLogger } from '@voicetrack/edge/observe/logger.ts';
import type { ReceiptOcr, Store } from '@voicetrack/edge/ports.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { type App, wire } from '@voicetrack/edge/wire.ts';
import { hc, type InferRequestType } from 'hono/client';
import { testClient } from 'hono/testing';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type FakeProvider, startFakeProvider } from './fake-provider.ts';

export interface TestApp {
  app: App;
  /** The typed client of the app (hc<AppType>), calling it in-process. */
  api: ReturnType<typeof testClient<App>>['api'];
  store: Store;
  /** The database under the store (a test can break it on purpose). */
  sql: Sql;
  /** What the Node server runs on TELEGRAM_RETRY_CRON: kept Telegram updates tried again. */
  telegramRetry: (() => Promise<number>) | null;
  /** Resolves once the work started after answers (budget alerts) is done: wait on it, not on the clock. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestApp(
  options: {
    providerUrl?: string;
    databaseUrl?: string;
    env?: Record<string, string>;
    /** What `pnpm pair` would read from DATA_DIR: lets the test ask for pairing codes. */
    pairingSecret?: string;
    /** The clock of budgets' "this month" and recurring days. */
    now?: () => Date;
    /** Tesseract on the server, for receipts sent without the phone's text (as server.ts gives it). */
    receiptOcr?: () => Promise<ReceiptOcr>;
  } = {},
): Promise<TestApp> {
  const config = readConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    // Tests send notes at once on purpose (idempotency races); usage.test.ts checks the real bound.
    MAX_UPLOADS_PER_USER: '100',
    MAX_UPLOADS: '1000',
    PROVIDER_MAX_RETRIES: '1',
    PROVIDER_TIMEOUT_MS: '5000',
    CAPTURE_WAIT_MS: '10000',
    ...(options.providerUrl ? { GROQ_API_KEY: 'test-key', GROQ_BASE_URL: options.providerUrl } : {}),
    ...options.env,
  });
  const { store, sql } = await openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {});
  const { app, jobs, idle } = wire(config, {
    store,
    background: createBackground(silentLogger),
    ...(options.now ? { now: options.now } : {}),
    // Tests rotate keys back to back; production keeps jose's 30 s cooldown.
    auth: { jwksCooldownMs: 0 },
    remoteAddress: (c) => c.req.header('x-test-client') ?? '127.0.0.1',
    ...(options.pairingSecret ? { pairingSecret: options.pairingSecret } : {}),
    ...(options.receiptOcr ? { receiptOcr: options.receiptOcr } : {}),
  });
  return {
    app,
    api: testClient(app).api,
    store,
    sql,
    telegramRetry: jobs.find((job) => job.name === 'telegram retries')?.run ?? null,
    settled: idle,
    close: async () => {
      await idle();
      await store.close();
    },
  };
}

/**
 * The app whose providers are the local fake (the real groq-sdk client talking HTTP to it), for
 * the tests of one file or describe: both started before them, the fake's queues and calls
 * emptied after each test, both closed after the last.
 */
export function useAppWithFakeProvider(): { readonly t: TestApp; readonly fake: FakeProvider } {
  let t: TestApp;
  let fake: FakeProvider;
  beforeAll(async () => {
    fake = await startFakeProvider();
    t = await startTestApp({ providerUrl: fake.url });
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await t.close();
    await fake.close();
  });
  return {
    get t() {
      return t;
    },
    get fake() {
      return fake;
    },
  };
}

export { RESTO_WEBM } from './recordings.ts';

/** Every test note's moment and place: a fixed instant, so "hier" and "ce midi" have known dates. */
export const NOTE_CONTEXT = {
  recordedAt: '2026-11-24T12:30:00+01:00',
  timezone: 'Europe/Paris',
  locale: 'fr-FR',
} as const;

type InProcessApi = TestApp['api'];
/** The JSON body of POST /api/text, as the app's type says. */
export type TextNoteBody = InferRequestType<InProcessApi['text']['$post']>['json'];
/** The multipart form of POST /api/voice, as the app's type says. */
export type VoiceNoteForm = InferRequestType<InProcessApi['voice']['$post']>['form'];

/** A typed note for POST /api/text: a fresh clientId and NOTE_CONTEXT, with `over` on top. */
export function textNote(text: string, over: Partial<TextNoteBody> = {}): TextNoteBody {
  return { text, clientId: crypto.randomUUID(), ...NOTE_CONTEXT, ...over };
}

/** A voice note for POST /api/voice: the audio as note.webm, a fresh clientId and NOTE_CONTEXT. */
export function voiceNote(
  audio: Uint8Array,
  over: Partial<Omit<VoiceNoteForm, 'audio'>> = {},
  mimeType = 'audio/webm;codecs=opus',
): VoiceNoteForm {
  const file = new File([new Uint8Array(audio)], 'note.webm', { type: mimeType });
  return { audio: file, clientId: crypto.randomUUID(), ...NOTE_CONTEXT, ...over };
}

/** The multipart form of POST /api/receipts, as the app's type says. */
export type ReceiptForm = InferRequestType<InProcessApi['receipts']['$post']>['form'];

/** A receipt for POST /api/receipts: the photo as receipt.jpg, a fresh clientId and NOTE_CONTEXT. */
export function receiptNote(photo: Uint8Array, over: Partial<Omit<ReceiptForm, 'image'>> = {}): ReceiptForm {
  const image = new File([new Uint8Array(photo)], 'receipt.jpg', { type: 'image/jpeg' });
  return { image, clientId: crypto.randomUUID(), ...NOTE_CONTEXT, ...over };
}

/** The typed client of a server over HTTP (a child process, the e2e stack): the same types as `api`. */
export const apiAt = (baseUrl: string) => hc<App>(baseUrl).api;

/** A raw multipart body for POST /api/voice, for the tests that send what the typed client cannot. */
export function voiceForm(
  audio: Uint8Array | null,
  fields: Record<string, string> = {},
  mimeType = 'audio/webm;codecs=opus',
): FormData {
  const form = new FormData();
  if (audio) form.set('audio', new Blob([new Uint8Array(audio)], { type: mimeType }), 'note.webm');
  for (const [k, v] of Object.entries({ clientId: crypto.randomUUID(), ...NOTE_CONTEXT, ...fields }))
    form.set(k, v);
  return form;
}
