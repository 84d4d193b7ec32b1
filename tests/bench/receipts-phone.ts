/**
 * Receipts on the phone, as the PWA runs them in Chromium: the photo given to « Photo du ticket »,
 * drawn again (≤ 2000 px JPEG), read by tesseract.js in its Web Worker, the expense shown.
 * - First use on a cheap phone's link (150 ms, 1.6 Mbit/s down; CPU 4× on the page): the lazy
 *   bytes Tesseract costs (transferred, compressed) and photo → expense on screen, download included.
 * - Then every ticket of the set, offline (Tesseract cached by the service worker), timed in
 *   Chromium at this machine's speed, and the throttled phone's reading time modelled as 4 × the
 *   CPU time Chromium's renderer spent on the photo (a CPU 4× slower takes 4× the CPU time).
 *   CDP's CPU throttling cannot give that figure: it cannot slow a Web Worker (Chromium answers
 *   "Operation is only supported for pages, not workers"), and Tesseract runs in one; and on
 *   Linux it slows the page's thread by making it spin in a signal handler (Chromium's
 *   thread_cpu_throttler.cc), so the throttled page burns CPU while it waits: measured under it,
 *   the renderer's CPU time was mostly that spin (1,050 ms of the page's thread per ticket
 *   against 60 ms unthrottled). So the tickets are read with the CPU unthrottled, and the CPU
 *   time of Tesseract's worker thread is given apart (/proc, Linux).
 * The fields right are scored on what Tesseract read in the page (the note's text), as on Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowser, newContext, startLocalStack } from '../e2e/support/harness.ts';
import { untilControlled } from '../e2e/support/service-worker.ts';
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

/** CPU seconds Chromium's renderer processes have used (page, workers, service worker), and their ids. */
async function rendererCpu(browserCdp: CDPSession): Promise<{ seconds: number; pids: number[] }> {
  const info = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number; cpuTime: number }[];
  };
  const renderers = info.processInfo.filter((p) => p.type === 'renderer');
  return { seconds: renderers.reduce((s, p) => s + p.cpuTime, 0), pids: renderers.map((p) => p.id) };
}

/** CPU ms the renderers' Web Worker threads have used (Tesseract's), from /proc; 0 where unreadable. */
function workerThreadsMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    let threads: string[] = [];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of threads) {
      try {
        if (!readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('DedicatedWorker')) continue;
        // utime and stime, in clock ticks (100 per second), after the command name's ")".
        const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {}
    }
  }
  return ticks * 10;
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
    await untilControlled(page, 120_000);

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
    // The CPU at this machine's speed: the reading time is modelled from CPU time (see above).
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const wall: number[] = [];
    const cpu: number[] = [];
    const workerCpu: number[] = [];
    const scores: ReceiptScore[] = [];
    const misses: string[] = [];
    for (const label of set) {
      const before = await rendererCpu(browserCdp);
      const worker0 = workerThreadsMs(before.pids);
      wall.push(await takePhoto(page, receiptImage(label), label.file.slice(7)));
      const after = await rendererCpu(browserCdp);
      cpu.push((after.seconds - before.seconds) * 1000);
      workerCpu.push(workerThreadsMs(after.pids) - worker0);
      const score = scoreReceipt(readLabelled(await lastReading(page), label), label);
      scores.push(score);
      const wrong = Object.entries(score).filter(([, ok]) => !ok);
      if (wrong.length > 0) misses.push(`${label.file.slice(7, 9)}:${wrong.map(([k]) => k).join('+')}`);
    }
    const phone = cpu.map((ms) => ms * 4);
    return [
      ...readingFigures('Chromium', scores, wall, misses),
      {
        name: 'receipt reading CPU p50 (Chromium)',
        value: Math.round(median(cpu)),
        unit: 'ms',
        note: `p90 ${Math.round(percentile(cpu, 90))} ms; Tesseract's worker thread p50 ${Math.round(median(workerCpu))} ms`,
      },
      {
        name: 'receipt reading on a phone 4× slower (4 × renderer CPU) p50',
        value: Math.round(median(phone)),
        unit: 'ms',
        target: '≤ 4000 ms',
        ok: median(phone) <= 4000,
        note: `p90 ${Math.round(percentile(phone, 90))} ms; modelled: CDP cannot slow the Web Worker Tesseract runs in`,
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
