/**
 * The PWA as a cheap phone feels it, as deployed: the server behind Caddy over TLS with pairing
 * required (the e2e harness's `startStack`), each phone with its own network resolving the
 * public name, Chromium with its CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`) and a slow
 * link (`Network.emulateNetworkConditions`: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up) on
 * every page it measures. DevTools' latency is added to each request, not to the TCP and TLS
 * handshakes (they run on loopback to the phone's proxy and Caddy).
 *
 * Reports the JS a first visit loads before the record button works, navigation → usable button
 * on a first visit and on a repeat visit from the service worker, and the same for the floor (a
 * bare page holding only the button, served by the same server in the same run, its repeat visit
 * from a worker of its own that keeps it: what any page pays for a new tab there), tap →
 * MediaRecorder start, stop → the expense on screen with the fake provider at Groq-like latency,
 * and the flush of 50 queued notes over that link. Targets are printed, never asserted.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { installFakeSpeech } from '../e2e/support/fake-speech.ts';
import { CapturePage, launchBrowser, type Stack, startStack, WEB_DIST } from '../e2e/support/harness.ts';
import { untilControlled } from '../e2e/support/service-worker.ts';
import { firstScreenJs, gzipSize } from '../support/first-screen-js.ts';
import { type Figure, median } from './figure.ts';
import { asPhone, FLOOR_HTML, FLOOR_SW, link, phoneContext, type Visit, visit } from './phone-page.ts';
import { allNotesDone, aNoteWaits, buildWeb, queueCopies, until } from './web-support.ts';

const RUNS = 5;
/** Groq-like provider latency: Whisper, then the chat model when the local parser is not sure. */
const PROVIDER = { transcriptions: 300, chat: 250 };

/** First visits (a fresh browser profile each) and repeat visits of `path`, median of RUNS each. */
export async function visits(browser: Browser, stack: Stack, url: string, repeatFromWorker: boolean) {
  const first: number[] = [];
  let scripts: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = await phoneContext(browser, stack);
    const page = await c.newPage();
    await asPhone(page);
    const v = await visit(page, url);
    first.push(v.ms);
    scripts = v.scripts;
    await c.close();
  }
  const repeat: Visit[] = [];
  const c = await phoneContext(browser, stack);
  const setup = await c.newPage();
  await setup.goto(url);
  await setup.waitForFunction(() => window.__usableAt > 0);
  if (repeatFromWorker) await untilControlled(setup, 60_000);
  await setup.waitForLoadState('load');
  await setup.close();
  for (let i = 0; i < RUNS; i++) {
    const page = await c.newPage();
    await asPhone(page);
    repeat.push(await visit(page, url));
    await page.close();
  }
  await c.close();
  const of = (key: 'ms' | 'answered' | 'parsed') => median(repeat.map((v) => v[key]));
  return {
    first: median(first),
    repeat: of('ms'),
    repeatAnswered: of('answered'),
    repeatParsed: of('parsed'),
    scripts,
  };
}

const ms = (value: number) => Math.round(value);
/** The machine's load over the last minute: the figures are this machine's, shared with others. */
const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** Tap → MediaRecorder start, median of 10: in the app once it has loaded, or on the floor page. */
export async function taps(browser: Browser, stack: Stack, url: string, floor = false): Promise<number> {
  const c = await phoneContext(browser, stack, 'block');
  const page = await c.newPage();
  await asPhone(page);
  const app = new CapturePage(page);
  if (floor) await page.goto(url);
  else {
    await app.open(url);
    await app.typedInput.waitFor({ timeout: 60_000 });
  }
  const button = page.getByRole('button', { name: 'Enregistrer une dépense' });
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    await button.click();
    await page.waitForFunction(() => window.__startedAt > window.__tapAt, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__startedAt - window.__tapAt));
    if (floor) await button.click();
    else {
      await app.stopButton.click();
      await app.recordButton.waitFor();
    }
  }
  await c.close();
  return median(times);
}

/**
 * Stop → an expense on screen (a new `.expense` row: the unsent one read from the browser's words,
 * or the server's), online, the provider at Groq-like latency: median of 5. No service worker, so
 * the page sends over the phone's link (the worker's requests are not throttled by CDP).
 */
async function stopToExpense(browser: Browser, stack: Stack, words: boolean) {
  const c = await phoneContext(browser, stack, 'block');
  if (words)
    await installFakeSpeech(c, { words: 'douze euros cinquante au resto ce midi', onDevice: 'available' });
  const page = await c.newPage();
  await asPhone(page);
  const app = new CapturePage(page);
  await app.open(stack.url);
  await app.typedInput.waitFor({ timeout: 60_000 });
  const chats = stack.fake.calls.filter((call) => call.route === 'chat').length;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const rows = await page.locator('.expense').count();
    await app.recordButton.click();
    await app.stopButton.waitFor();
    await page.waitForTimeout(1000);
    await app.stopButton.click();
    await page.waitForFunction((n) => document.querySelectorAll('.expense').length > n, rows, {
      timeout: 60_000,
    });
    times.push(await page.evaluate(() => window.__shownAt - window.__tapAt));
    await until(page, allNotesDone);
  }
  await c.close();
  const chatCalls = stack.fake.calls.filter((call) => call.route === 'chat').length - chats;
  return { ms: median(times), chat: chatCalls > 0 };
}

/** 50 due notes sent over the phone's link (provider at 0 ms: the phone's and the link's share). */
async function flush50(browser: Browser, stack: Stack): Promise<number> {
  const url = stack.url;
  const c = await phoneContext(browser, stack, 'block');
  const page = await c.newPage();
  const cdp = await asPhone(page);
  const app = new CapturePage(page);
  await app.open(url);
  await app.typedInput.waitFor({ timeout: 60_000 });
  await link(cdp, true);
  await app.recordNote(3000);
  await until(page, aNoteWaits);
  await queueCopies(page, 50);
  const t0 = performance.now();
  await link(cdp, false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await until(page, allNotesDone, 600_000);
  const elapsed = performance.now() - t0;
  await c.close();
  return elapsed;
}

export async function benchPhone(): Promise<Figure[]> {
  buildWeb();
  // The build, plus the floor beside it: one server, one origin, one run.
  const dist = mkdtempSync(join(tmpdir(), 'voicetrack-phone-'));
  cpSync(WEB_DIST, dist, { recursive: true });
  writeFileSync(join(dist, 'floor.html'), FLOOR_HTML);
  writeFileSync(join(dist, 'floor-sw.js'), FLOOR_SW);
  // As deployed: Caddy over TLS, pairing required, each phone on its own network.
  const [browser, stack] = await Promise.all([launchBrowser(), startStack({}, dist)]);
  try {
    const app = await visits(browser, stack, stack.url, true);
    const floor = await visits(browser, stack, `${stack.url}/floor.html`, true);
    // The page's inline first screen, and any script file fetched before the button worked.
    const loadBefore = loadAverage();
    const inline = firstScreenJs(dist).inline.map((text) => Buffer.from(text));
    const fetched = app.scripts.map((path) => readFileSync(join(dist, path)));
    const gz = [...inline, ...fetched].reduce((sum, bytes) => sum + gzipSize(bytes), 0);
    const raw = [...inline, ...fetched].reduce((sum, bytes) => sum + bytes.length, 0);
    const tap = await taps(browser, stack, stack.url);
    const floorTap = await taps(browser, stack, `${stack.url}/floor.html`, true);
    stack.fake.setDelay(PROVIDER.transcriptions, 'transcriptions');
    stack.fake.setDelay(PROVIDER.chat, 'chat');
    const heard = await stopToExpense(browser, stack, true);
    const server = await stopToExpense(browser, stack, false);
    stack.fake.setDelay(0);
    const flush = await flush50(browser, stack);
    const budget = (chat: boolean) => PROVIDER.transcriptions + (chat ? PROVIDER.chat : 0) + 300;
    return [
      {
        name: 'phone: machine load while measuring (1 min, /proc/loadavg)',
        value: loadBefore,
        unit: '',
        note: `${loadBefore} after the visits, ${loadAverage()} at the end (2 cores here)`,
      },
      {
        name: 'phone: first-visit JS before the button works (gzip)',
        value: Math.round(gz / 102.4) / 10,
        unit: 'KB',
        target: '≤ 25 KB',
        ok: gz <= 25 * 1024,
        note: `${inline.length} inline in the page (the button's first listener ${Math.round(gzipSize(inline[0] ?? Buffer.alloc(0)) / 102.4) / 10} KB of it, the rest runs after the parse) + ${app.scripts.length} file(s) fetched, ${Math.round(raw / 102.4) / 10} KB raw (≤ 60 KB)`,
      },
      {
        name: `phone: first visit → usable button (median of ${RUNS})`,
        value: ms(app.first),
        unit: 'ms',
        target: '≤ 1.6× floor',
        ok: app.first <= 1.6 * floor.first,
        note: `${(app.first / floor.first).toFixed(2)}× the floor`,
      },
      {
        name: `phone: floor, bare page's first visit (median of ${RUNS})`,
        value: ms(floor.first),
        unit: 'ms',
        note: 'the button alone, its 0.3 KB of JS inline: one answer',
      },
      {
        name: `phone: repeat visit → usable button (median of ${RUNS})`,
        value: ms(app.repeat),
        unit: 'ms',
        target: '≤ 200 ms',
        ok: app.repeat <= 200,
        note: `from the service worker: answered at ${ms(app.repeatAnswered)} ms, HTML parsed at ${ms(app.repeatParsed)} ms (medians)`,
      },
      {
        name: `phone: floor, bare page's repeat visit (median of ${RUNS})`,
        value: ms(floor.repeat),
        unit: 'ms',
        note: `from its service worker: answered at ${ms(floor.repeatAnswered)} ms, HTML parsed at ${ms(floor.repeatParsed)} ms (medians)`,
      },
      {
        name: 'phone: tap → MediaRecorder start (median of 10)',
        value: ms(tap),
        unit: 'ms',
        target: '≤ 100 ms',
        ok: tap <= 100,
        note: `the floor's: ${ms(floorTap)} ms (getUserMedia and MediaRecorder alone)`,
      },
      {
        name: `phone: stop → expense on screen, browser's words (median of ${RUNS})`,
        value: ms(heard.ms),
        unit: 'ms',
        target: `≤ ${budget(heard.chat)} ms`,
        ok: heard.ms <= budget(heard.chat),
        note: 'the unsent row, online; stand-in recognizer',
      },
      {
        name: `phone: stop → expense on screen, the server's (median of ${RUNS})`,
        value: ms(server.ms),
        unit: 'ms',
        target: `≤ ${budget(server.chat)} ms`,
        ok: server.ms <= budget(server.chat),
        note: `no browser recognition; provider ${PROVIDER.transcriptions} ms${server.chat ? ` + ${PROVIDER.chat} ms chat` : ', no chat call'}`,
      },
      {
        name: 'phone: flush of 50 queued notes',
        value: ms(flush),
        unit: 'ms',
        note: 'provider at 0 ms: the phone and its link',
      },
    ];
  } finally {
    await browser.close();
    await stack.stop();
    rmSync(dist, { recursive: true, force: true });
  }
}
