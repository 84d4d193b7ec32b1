/**
 * The end-to-end harness: the built PWA served by the real edge server (PGlite in memory, the
 * fake AI provider), driven by Debian's Chromium through playwright-core, with a fake
 * microphone fed from a committed WAV of French speech.
 */
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@voicetrack/edge/server.ts';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { apiAt } from '../../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../../support/fake-provider.ts';

export const SPEECH_WAV = fileURLToPath(
  new URL('../../fixtures/audio/speech-fr-douze-euros-cinquante-48k.wav', import.meta.url),
);
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export async function launchBrowser(options: { microphone?: boolean } = {}): Promise<Browser> {
  const mic = options.microphone !== false;
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS,
      ...(mic
        ? [
            '--use-fake-ui-for-media-stream',
            '--use-fake-device-for-media-stream',
            `--use-file-for-fake-audio-capture=${SPEECH_WAV}`,
          ]
        : ['--use-fake-device-for-media-stream']),
    ],
  });
}

export async function newContext(
  browser: Browser,
  options: { locale?: string; microphone?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    timezoneId: 'Europe/Paris',
    ...(options.microphone === false ? {} : { permissions: ['microphone'] }),
  });
  return context;
}

export interface Stack {
  server: RunningServer;
  fake: FakeProvider;
  url: string;
  stop(): Promise<void>;
}

export async function startStack(env: Record<string, string> = {}, webDist = WEB_DIST): Promise<Stack> {
  const fake = await startFakeProvider();
  fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
  const server = await startServer({
    env: {
      PORT: '0',
      DATA_DIR: 'memory://',
      DATABASE_URL: '',
      LOG_LEVEL: 'silent',
      GROQ_API_KEY: 'test-key',
      GROQ_BASE_URL: fake.url,
      RATE_LIMIT_PER_MINUTE: '100000',
      PROVIDER_MAX_RETRIES: '0',
      ...env,
    },
    webDist,
  });
  return {
    server,
    fake,
    url: server.url,
    stop: async () => {
      await server.close();
      await fake.close();
    },
  };
}

export interface BrowserAndStack {
  browser: Browser;
  stack: Stack;
}

/**
 * One browser and one stack for the whole test file, both closed after it. `resetFake`: the fake
 * provider forgets its calls and failures after each test, its transcript back to the default.
 */
export function useBrowserAndStack(
  options: { microphone?: boolean; env?: Record<string, string>; resetFake?: boolean } = {},
): BrowserAndStack {
  const held = {} as BrowserAndStack;
  beforeAll(async () => {
    [held.browser, held.stack] = await Promise.all([
      launchBrowser(options.microphone === undefined ? {} : { microphone: options.microphone }),
      startStack(options.env),
    ]);
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.stack?.stop();
  });
  if (options.resetFake)
    afterEach(() => {
      held.stack.fake.reset();
      held.stack.fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    });
  return held;
}

/** Every expense the server at `url` holds (up to 200), read through the typed client. */
export const expensesAt = async (url: string) =>
  (await (await apiAt(url).expenses.$get({ query: { limit: '200' } })).json()).expenses;

/** The capture screen, found by role and accessible name as a person (or a screen reader) would. */
export class CapturePage {
  constructor(
    readonly page: Page,
    readonly lang: 'fr' | 'en' = 'fr',
  ) {}
  get recordButton() {
    return this.page.getByRole('button', {
      name: this.lang === 'fr' ? 'Enregistrer une dépense' : 'Record expense',
    });
  }
  get stopButton() {
    return this.page.getByRole('button', {
      name: this.lang === 'fr' ? 'Arrêter et enregistrer' : 'Stop and save',
    });
  }
  get typedInput() {
    return this.page.getByRole('textbox', { name: this.lang === 'fr' ? 'Dépense tapée' : 'Typed expense' });
  }
  /** The expenses the server has saved (a row read on the phone and not sent yet is not one). */
  expenses() {
    return this.page.locator('.expense:not([data-unsent])');
  }
  /** Expenses read on the phone from notes not sent yet, marked "Pas encore envoyée". */
  unsentExpenses() {
    return this.page.locator('.expense[data-unsent]');
  }
  pendingNotes() {
    return this.page.locator('.note[data-note-state]');
  }
  async open(url: string) {
    await this.page.goto(url);
    await this.recordButton.waitFor();
  }
  /** Tap, let it hear the speech for a while, tap again. */
  async recordNote(ms = 1500) {
    await this.recordButton.click();
    await this.stopButton.waitFor();
    await this.page.waitForTimeout(ms);
    await this.stopButton.click();
    await this.recordButton.waitFor();
  }
}
