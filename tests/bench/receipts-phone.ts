/**
 * Receipts on the phone, as the PWA runs them in Chromium: the photo given to « Photo du ticket »,
 * drawn again (≤ 2000 px JPEG), read by tesseract.js in its Web Worker, the expense shown.
 * - First use on a cheap phone's link (150 ms, 1.6 Mbit/s down; CPU 4× on the page): the lazy
 *   bytes Tesseract costs (transferred, compressed) and photo → expense on screen, download included.
 * - Then every ticket of the set, offline (Tesseract cached by the service worker), the page's CPU
 *   slowed 4× with CDP. CDP cannot slow a Web Worker (Chromium answers "Operation is only
 *   supported for pages, not workers"), and Tesseract runs in one: the throttled phone's reading
 *   time is given as 4 × the CPU time Chromium's renderers spent on the photo (a 4× slower CPU
 *   takes 4× the CPU time), beside the wall time with the page throttled alone.
 * The fields right are scored on what Tesseract read in the page (the note's text), as on Node.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowser, newContext, startLocalStack } from '../e2e/support/harness.ts';
import { type Figure, median, percentile } from './figure.ts';
import { asPhone } from './phone-page.ts';
import {
  loadReceiptSet,
  type ReceiptScore,
  readLabelled,
  receiptImage,
  scoreReceipt,
} from './receipt-set.ts';
import { readingFigures } from './receipts.ts';
import { buildWeb } from './web-support.ts';

declare global {
  interface Window {
    __unsentAt: number[];
  }
}

/** Marks in the page each time an unsent expense row appears (ms since navigation start). */
async function watchRows(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await context.addInitScript(() => {
    window.__unsentAt = [];
    let rows = 0;
    new MutationObserver(() => {
      const now = document.querySelectorAll('.expense[data-unsent]').length;
      if (now > rows) window.__unsentAt.push(performance.now());
      rows = now;
    }).observe(document, { subtree: true, childList: true });
  });
}

/** CPU seconds Chromium's renderer processes have used (page, workers, service worker). */
async function rendererCpu(browserCdp: CDPSession): Promise<number> {
  const info = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; cpuTime: number }[];
  };
  return info.processInfo.filter((p) => p.type === 'renderer').reduce((s, p) => s + p.cpuTime, 0);
}

/** Photo → the expense row on screen, in ms. */
async function takePhoto(page: Page, photo: Uint8Array, name: string): Promise<number> {
  const before = await page.evaluate(() => window.__unsentAt.length);
  const start = await page.evaluate(() => performance.now());
  await page
    .getByLabel('Photo du ticket')
    .setInputFiles({ name, mimeType: 'image/jpeg', buffer: Buffer.from(photo) });
  await page.waitForFunction((n) => window.__unsentAt.length > n, before, { timeout: 300_000, polling: 50 });
  return (await page.evaluate(() => window.__unsentAt.at(-1) ?? 0)) - start;
}

/** What Tesseract read on the newest receipt note, from the phone's database. */
const lastReading = (page: Page): Promise<string> =>
  page.evaluate(async () => {
    const open = indexedDB.open('voicetrack');
    const db: IDBDatabase = await new Promise((r) => (open.onsuccess = () => r(open.result)));
    const notes: { kind: string; text?: string; createdAt: number }[] = await new Promise((r) => {
      const q = db.transaction('notes').objectStore('notes').getAll();
      q.onsuccess = () => r(q.result);
    });
    db.close();
    return notes.filter((n) => n.kind === 'receipt').sort((a, b) => b.createdAt - a.createdAt)[0]?.text ?? '';
  });

export async function benchReceiptsPhone(): Promise<Figure[]> {
  buildWeb();
  const set = loadReceiptSet();
  const [stack, browser] = await Promise.all([startLocalStack(), launchBrowser({ microphone: false })]);
  try {
    const context = await newContext(browser, { microphone: false });
    await watchRows(context);
    const page = await context.newPage();
    const browserCdp = await browser.newBrowserCDPSession();
    const cdp = await asPhone(page);
    await page.goto(stack.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });

    // First use: nothing of Tesseract in any cache yet. The service worker fetches it (its own
    // requests: the worker's importScripts and fetches go through it too), compressed as served.
    const fetched: Promise<number>[] = [];
    context.on('requestfinished', (r) => {
      if (r.serviceWorker() && new URL(r.url()).pathname.startsWith('/ocr/'))
        fetched.push(r.sizes().then((s) => s.responseBodySize));
    });
    const first = set[0];
    if (!first) throw new Error('empty receipt set');
    const firstMs = await takePhoto(page, receiptImage(first), 'first.jpg');
    const lazy = (await Promise.all(fetched)).reduce((a, b) => a + b, 0);

    // Every ticket, offline: read from the service worker's cache, nothing sent meanwhile.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await context.setOffline(true);
    const wall: number[] = [];
    const cpuX4: number[] = [];
    const scores: ReceiptScore[] = [];
    const misses: string[] = [];
    for (const label of set) {
      const cpu0 = await rendererCpu(browserCdp);
      wall.push(await takePhoto(page, receiptImage(label), label.file.slice(7)));
      cpuX4.push((await rendererCpu(browserCdp)) - cpu0);
      const score = scoreReceipt(readLabelled(await lastReading(page), label), label);
      scores.push(score);
      const wrong = Object.entries(score).filter(([, ok]) => !ok);
      if (wrong.length > 0) misses.push(`${label.file.slice(7, 9)}:${wrong.map(([k]) => k).join('+')}`);
    }
    const phone = cpuX4.map((s) => s * 4 * 1000);
    return [
      ...readingFigures('Chromium, page CPU 4×', scores, wall, misses),
      {
        name: 'receipt reading on the throttled phone (4 × renderer CPU) p50',
        value: Math.round(median(phone)),
        unit: 'ms',
        target: '≤ 4000 ms',
        ok: median(phone) <= 4000,
        note: `p90 ${Math.round(percentile(phone, 90))} ms; CDP cannot slow the Web Worker Tesseract runs in`,
      },
      {
        name: 'receipt: Tesseract bytes on first use (transferred)',
        value: Math.round(lazy / 1024),
        unit: 'KB',
        note: `${fetched.length} files: library, worker, WebAssembly core, French and English models; none on the first screen`,
      },
      {
        name: 'receipt: first photo → expense on the cheap phone (download included)',
        value: Math.round(firstMs),
        unit: 'ms',
        note: '150 ms, 1.6 Mbit/s down, page CPU 4×',
      },
    ];
  } finally {
    await browser.close();
    await stack.stop();
  }
}
