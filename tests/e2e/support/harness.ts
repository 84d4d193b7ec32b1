/**
 * The end-to-end harness: the built PWA served by the real edge server — as deployed by default
 * (stack.ts: behind Caddy over HTTPS, pairing required, each phone paired by its link) — driven by
 * Debian's Chromium through playwright-core, with a fake microphone fed from a committed WAV of
 * French speech. Each browser context is one phone: its own network (its own address, the public
 * name resolved to Caddy) and, on its first `CapturePage.open`, its pairing link.
 */
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { apiAt } from '../../support/edge-app.ts';
import { APP_TIME_ZONE } from './paris-time.ts';
import type { PhoneNetwork } from './phone-network.ts';
import { DEFAULT_TRANSCRIPT, type Stack, startLocalStack, startStack } from './stack.ts';
import { testCa } from './test-ca.ts';

export { type Stack, startLocalStack, startStack, WEB_DIST } from './stack.ts';

export const SPEECH_WAV = fileURLToPath(
  new URL('../../fixtures/audio/speech-fr-douze-euros-cinquante-48k.wav', import.meta.url),
);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Chromium, launched once per worker for each set of flags (with or without the fake microphone)
 * and lent to each file: the e2e files run one after another in each of two workers
 * (vitest.config.ts, `isolate: false`), and a launch costs about a second of the CI's two cores each time. A lease
 * opens its own contexts (each one a phone, with its own storage, service worker and network), and
 * its `close()` closes them, not the browser: the next file borrows the same one.
 */
export async function launchBrowser(
  options: { microphone?: boolean; args?: readonly string[] } = {},
): Promise<Browser> {
  const mic = options.microphone !== false;
  const args = options.args ?? [];
  const key = `${mic} ${args.join(' ')}`;
  let launched = running.get(key);
  if (!launched || !(await launched.catch(() => null))?.isConnected()) {
    launched = startChromium(mic, args);
    running.set(key, launched);
  }
  return lease(await launched);
}

const running = new Map<string, Promise<Browser>>();

/**
 * Closes the Chromium the leases share. A test worker's process ends with its browser; a script
 * (`pnpm screenshots`) calls this, or its process never ends: a lease's close() closes only its
 * own contexts.
 */
export async function closeSharedBrowsers(): Promise<void> {
  const launched = [...running.values()];
  running.clear();
  await Promise.all(launched.map(async (browser) => (await browser.catch(() => null))?.close()));
}

function startChromium(mic: boolean, extra: readonly string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Chromium on Linux trusts the roots of $HOME/.pki/nssdb: there, the run's CA (test-ca.ts).
    env: { ...process.env, HOME: testCa().chromiumHome },
    args: [
      ...CHROMIUM_ARGS,
      ...(mic
        ? [
            '--use-fake-ui-for-media-stream',
            '--use-fake-device-for-media-stream',
            `--use-file-for-fake-audio-capture=${SPEECH_WAV}`,
          ]
        : ['--use-fake-device-for-media-stream']),
      ...extra,
    ],
  });
}

/** The shared browser as one file sees it: the contexts it opened, closed by `close()`. */
function lease(browser: Browser): Browser {
  const contexts = new Set<BrowserContext>();
  const track = (context: BrowserContext) => {
    contexts.add(context);
    context.once('close', () => contexts.delete(context));
    return context;
  };
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'close')
        return async () => {
          await Promise.all([...contexts].map((context) => context.close()));
        };
      if (property === 'newContext')
        return async (...args: Parameters<Browser['newContext']>) => track(await target.newContext(...args));
      if (property === 'newPage')
        return async (...args: Parameters<Browser['newPage']>) => {
          const page = await target.newPage(...args);
          track(page.context());
          return page;
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A phone of a deployed stack: its network, and whether it opened its pairing link yet. */
interface Phone {
  stack: Stack;
  deployment: NonNullable<Stack['deployment']>;
  network: PhoneNetwork;
  paired: boolean;
}
const phones = new WeakMap<BrowserContext, Phone>();

/** The network of the phone this context is (deployed stacks only): `cut()` it to lose the signal. */
export const networkOf = (context: BrowserContext): PhoneNetwork | undefined => phones.get(context)?.network;

/**
 * A new phone. With a deployed `stack`, the context gets a network of its own (the public name,
 * its own address) and pairs through its link on its first `CapturePage.open`.
 */
export async function newContext(
  browser: Browser,
  options: {
    locale?: string;
    microphone?: boolean;
    userAgent?: string;
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
    serviceWorkers?: 'allow' | 'block';
    stack?: Stack;
  } = {},
): Promise<BrowserContext> {
  const network = options.stack?.deployment ? await options.stack.deployment.phoneNetwork() : null;
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    timezoneId: APP_TIME_ZONE,
    ...(options.microphone === false ? {} : { permissions: ['microphone'] }),
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
    ...(options.serviceWorkers ? { serviceWorkers: options.serviceWorkers } : {}),
    ...(network ? { proxy: { server: network.proxyUrl } } : {}),
  });
  if (network && options.stack) {
    const deployment = options.stack.deployment as NonNullable<Stack['deployment']>;
    phones.set(context, { stack: options.stack, deployment, network, paired: false });
    context.once('close', () => void network.close());
  }
  return context;
}

export interface BrowserAndStack {
  browser: Browser;
  stack: Stack;
  /** A new phone of this stack (`newContext` with it). */
  newContext(options?: Omit<Parameters<typeof newContext>[1], 'stack'>): Promise<BrowserContext>;
}

/**
 * One browser and one stack for the whole test file, both closed after it: the deployed setup,
 * or the embedded default with `setup: 'local'`. `resetFake`: the fake provider forgets its calls
 * and failures after each test, its transcript back to the default.
 */
export function useBrowserAndStack(
  options: {
    microphone?: boolean;
    env?: Record<string, string>;
    resetFake?: boolean;
    setup?: 'deployed' | 'local';
  } = {},
): BrowserAndStack {
  const held = {
    newContext: (o: Omit<Parameters<typeof newContext>[1], 'stack'> = {}) =>
      newContext(held.browser, { ...o, stack: held.stack }),
  } as BrowserAndStack;
  beforeAll(async () => {
    [held.browser, held.stack] = await Promise.all([
      launchBrowser(options.microphone === undefined ? {} : { microphone: options.microphone }),
      options.setup === 'local' ? startLocalStack(options.env) : startStack(options.env),
    ]);
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.stack?.stop();
  });
  if (options.resetFake)
    afterEach(() => {
      held.stack.fake.reset();
      held.stack.fake.setDefaultTranscript(DEFAULT_TRANSCRIPT);
    });
  return held;
}

/**
 * Goes to `url`. A phone of a deployed stack that never paired opens its pairing link first (what
 * `pnpm pair` prints), as a person does, and waits until the app says it is paired — unless
 * `untilPaired: false` (a first screen whose scripts are held back pairs once they arrive).
 */
export async function visit(page: Page, url: string, options: { untilPaired?: boolean } = {}): Promise<void> {
  const phone = phones.get(page.context());
  if (phone && !phone.paired && url.startsWith(phone.stack.url)) {
    await page.goto(await phone.deployment.pairingLink());
    // Not known to be paired yet: a page closed before it paired has the next visit open a new link.
    if (options.untilPaired === false) return;
    await page.getByText(/Ce téléphone est appairé|This phone is paired/).waitFor({ timeout: 30_000 });
    phone.paired = true;
    if (url.replace(/\/$/, '') === phone.stack.url) return;
  }
  await page.goto(url);
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
  /** Opens `url` (see `visit`) and waits for the record button. */
  async open(url: string, options: { untilPaired?: boolean } = {}) {
    await visit(this.page, url, options);
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
