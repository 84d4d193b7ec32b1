/**
 * A cheap phone as the bench drives it: a phone of the deployed stack (its own network, the public
 * name through Caddy over TLS, paired by its link on its first `CapturePage.open`), Chromium's CPU
 * slowed 4× (CDP `Emulation.setCPUThrottlingRate`) and a slow link
 * (`Network.emulateNetworkConditions`), the page instrumented to mark when the record button is
 * usable, each tap, each MediaRecorder start and each new expense row; the floor (a bare page
 * holding only the button).
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { newContext, type Stack } from '../e2e/support/harness.ts';

const PHONE = { cpu: 4, latency: 150, down: 1_600_000 / 8, up: 750_000 / 8 };
const LABEL = 'Enregistrer une dépense';

declare global {
  interface Window {
    __usableAt: number;
    __tapAt: number;
    __startedAt: number;
    __shownAt: number;
  }
}

const FLOOR_JS = `const button = document.querySelector('button');
let recorder = null;
button.addEventListener('pointerdown', async () => {
  if (recorder) return void (recorder.stop(), (recorder = null));
  recorder = new MediaRecorder(await navigator.mediaDevices.getUserMedia({ audio: true }));
  recorder.start(1000);
});
addEventListener('load', () => navigator.serviceWorker?.register('/floor-sw.js'));
`;
/**
 * The floor's service worker (`/floor-sw.js`): keeps the floor at install and answers its
 * navigations from that cache, as the app's worker does with its page: the floor's repeat visit
 * comes from a worker too.
 */
export const FLOOR_SW = `self.addEventListener('install', (e) => e.waitUntil(caches.open('floor').then((c) => c.add('/floor.html')).then(() => self.skipWaiting())));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (e.request.mode === 'navigate' && new URL(e.request.url).pathname === '/floor.html')
    e.respondWith(caches.match('/floor.html').then((r) => r ?? fetch(e.request)));
});
`;
/**
 * The floor: a bare page holding only the button, which records when tapped, its script inline as
 * the app's first screen is (one answer, no second round trip; the server's CSP allows it by its
 * hash as it does the app's page). Once loaded it registers its worker (`FLOOR_SW`).
 */
export const FLOOR_HTML = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>VoiceTrack</title></head>
<body><button type="button" aria-label="${LABEL}">●</button><script type="module">${FLOOR_JS}</script></body></html>
`;

/**
 * Marks in the page when the record button is usable: in the document with a tap listener on it
 * (`__usableAt`, ms since navigation start); and the times of each tap, MediaRecorder start and
 * new expense row.
 */
async function instrument(context: BrowserContext): Promise<void> {
  // Under tsx, esbuild wraps named functions in a `__name` helper the page does not have.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await context.addInitScript((label: string) => {
    window.__usableAt = 0;
    window.__tapAt = 0;
    window.__startedAt = 0;
    window.__shownAt = 0;
    const tappable = new WeakSet<EventTarget>();
    const check = () => {
      if (window.__usableAt) return;
      const button = document.querySelector(`button[aria-label="${label}"]`);
      if (button?.isConnected && tappable.has(button)) window.__usableAt = performance.now();
    };
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
      if ((args[0] === 'pointerdown' || args[0] === 'click') && this instanceof HTMLButtonElement) {
        tappable.add(this);
        queueMicrotask(check);
      }
      return add.apply(this, args);
    };
    let rows = 0;
    new MutationObserver(() => {
      check();
      const now = document.querySelectorAll('.expense').length;
      if (now > rows) window.__shownAt = performance.now();
      rows = now;
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
    document.addEventListener('pointerdown', () => (window.__tapAt = performance.now()), true);
    const start = MediaRecorder.prototype.start;
    MediaRecorder.prototype.start = function (this: MediaRecorder, ...args: Parameters<typeof start>) {
      this.addEventListener('start', () => (window.__startedAt = performance.now()), { once: true });
      return start.apply(this, args);
    };
  }, LABEL);
}

/** A new phone of the deployed `stack` (a fresh profile: no cache, no connection reused). */
export async function phoneContext(
  browser: Browser,
  stack: Stack,
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<BrowserContext> {
  const c = await newContext(browser, { stack, serviceWorkers });
  await instrument(c);
  return c;
}

/** The phone's CPU and link, on this page (set before it navigates). */
export async function asPhone(page: Page, offline = false): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await cdp.send('Network.enable');
  await link(cdp, offline);
  return cdp;
}
/** The phone's link up, or cut (`offline`). */
export async function link(cdp: CDPSession, offline: boolean): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: PHONE.latency,
    downloadThroughput: PHONE.down,
    uploadThroughput: PHONE.up,
  });
}

export interface Visit {
  /** Navigation → usable record button. */
  ms: number;
  /** The JS files fetched before it. */
  scripts: string[];
  /** Navigation → the page's last byte (from the service worker on a repeat visit), → HTML parsed. */
  answered: number;
  parsed: number;
}

/**
 * Navigation → usable record button (ms), read once the page's load event has fired (a browser
 * event: nothing runs in the page until then). Polling from the start made Playwright compile and
 * run its own script (hundreds of KB) in the page while it loaded: 30–50 ms of the main thread's
 * CPU, 4× that on this phone, ahead of the first screen's module (traced on the repeat visit).
 */
export async function visit(page: Page, url: string): Promise<Visit> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__usableAt > 0, null, { timeout: 60_000, polling: 50 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      ms: window.__usableAt,
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => /\.m?js$/.test(new URL(e.name).pathname) && e.responseEnd <= window.__usableAt)
        .map((e) => new URL(e.name).pathname),
      answered: nav?.responseEnd ?? 0,
      parsed: nav?.domInteractive ?? 0,
    };
  });
}
