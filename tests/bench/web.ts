/**
 * PWA figures, in real Chromium against the built app: JS loaded before the record button is
 * usable (gzip), tap → MediaRecorder `start` (median of 20), recorded bytes per second, and the
 * time to flush 50 queued notes against the fake provider with zero delay.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CapturePage, launchBrowser, newContext, startStack, WEB_DIST } from '../e2e/support/harness.ts';
import { type Figure, median } from './figure.ts';

declare global {
  interface Window {
    __tapAt: number;
    __startedAt: number;
  }
}

/**
 * Polls `check` in the page until it resolves true. (page.waitForFunction does not await an
 * async predicate: its promise counts as true at once.)
 */
async function until(page: Page, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error('bench: the page never got there');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function buildWeb(): void {
  execFileSync(
    fileURLToPath(new URL('../../web/node_modules/.bin/vite', import.meta.url)),
    ['build', '--configLoader', 'runner', '--logLevel', 'warn'],
    {
      cwd: fileURLToPath(new URL('../../web/', import.meta.url)),
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

export async function benchWeb(): Promise<Figure[]> {
  buildWeb();
  const [browser, stack] = await Promise.all([launchBrowser(), startStack()]);
  const figures: Figure[] = [];
  try {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      window.__tapAt = 0;
      window.__startedAt = 0;
      document.addEventListener('pointerdown', () => (window.__tapAt = performance.now()), true);
      const start = MediaRecorder.prototype.start;
      MediaRecorder.prototype.start = function (this: MediaRecorder, ...args: Parameters<typeof start>) {
        this.addEventListener('start', () => (window.__startedAt = performance.now()), { once: true });
        return start.apply(this, args);
      };
    });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(stack.url);
    await page.waitForLoadState('load');
    // JS the page needed before the button works: the scripts it asked for before its load
    // event (lazy chunks and workbox-window come after).
    const scripts = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < (nav?.loadEventStart ?? 0))
        .map((e) => new URL(e.name).pathname);
    });
    const gz = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(WEB_DIST, path))).length, 0);
    figures.push({
      name: 'first-screen JS (gzip)',
      value: Math.round(gz / 102.4) / 10,
      unit: 'KB',
      target: '≤ 50 KB',
      ok: gz <= 50 * 1024,
      note: `${scripts.length} file(s)`,
    });

    const taps: number[] = [];
    for (let i = 0; i < 20; i++) {
      await app.recordButton.click();
      await page.waitForFunction(() => window.__startedAt > window.__tapAt);
      taps.push(await page.evaluate(() => window.__startedAt - window.__tapAt));
      await app.stopButton.click();
      await app.recordButton.waitFor();
    }
    figures.push({
      name: 'tap → MediaRecorder start (median of 20)',
      value: Math.round(median(taps) * 10) / 10,
      unit: 'ms',
    });

    // The tap notes are sent before going offline, so the flush below sends only its 50.
    await until(page, async () => {
      const req = indexedDB.open('voicetrack');
      const db: IDBDatabase = await new Promise((r) => {
        req.onsuccess = () => r(req.result);
      });
      const state = db.transaction('notes').objectStore('notes').index('state');
      // (No named function in here: tsx would wrap it in a helper the page does not have.)
      const inFlight = await Promise.all(
        ['recording', 'recorded', 'sending', 'waiting', 'awaiting_transcription'].map(
          (s) =>
            new Promise<number>((r) => {
              const q = state.count(s);
              q.onsuccess = () => r(q.result);
            }),
        ),
      );
      return inFlight.every((n) => n === 0);
    });

    // A 3-second note: its bytes per second (its audio is its chunks).
    await context.setOffline(true);
    await app.recordButton.click();
    await app.stopButton.waitFor();
    await page.waitForTimeout(3000);
    await app.stopButton.click();
    await until(page, async () => {
      const req = indexedDB.open('voicetrack');
      const db: IDBDatabase = await new Promise((r) => {
        req.onsuccess = () => r(req.result);
      });
      const all: { state: string }[] = await new Promise((r) => {
        const q = db.transaction('notes').objectStore('notes').getAll();
        q.onsuccess = () => r(q.result);
      });
      return all.some((n) => n.state === 'waiting' || n.state === 'recorded');
    });
    // Then 49 copies of it, each its own clientId and its own chunks, and back online.
    const note = await page.evaluate(async () => {
      const req = indexedDB.open('voicetrack');
      const db: IDBDatabase = await new Promise((r) => {
        req.onsuccess = () => r(req.result);
      });
      const tx = db.transaction(['notes', 'chunks'], 'readwrite');
      const all: Record<string, unknown>[] = await new Promise((r) => {
        const q = tx.objectStore('notes').getAll();
        q.onsuccess = () => r(q.result);
      });
      const template = all.find((n) => n.state === 'waiting' || n.state === 'recorded') as Record<
        string,
        unknown
      >;
      const chunks: { noteId: string; seq: number; data: ArrayBuffer }[] = await new Promise((r) => {
        const q = tx
          .objectStore('chunks')
          .index('noteId')
          .getAll(template.id as string);
        q.onsuccess = () => r(q.result);
      });
      for (let i = 0; i < 50; i++) {
        const id = i === 0 ? (template.id as string) : crypto.randomUUID();
        tx.objectStore('notes').put({
          ...template,
          id,
          state: 'recorded',
          attempts: 0,
          nextAttemptAt: 0,
          lastError: null,
        });
        if (i > 0) for (const c of chunks) tx.objectStore('chunks').put({ ...c, noteId: id });
      }
      await new Promise((r) => {
        tx.oncomplete = r;
      });
      return {
        bytes: chunks.reduce((sum, c) => sum + c.data.byteLength, 0),
        ms: template.durationMs as number,
      };
    });
    figures.push({
      name: 'recorded audio',
      value: Math.round(note.bytes / (note.ms / 1000)),
      unit: 'B/s',
      note: 'webm/opus, fake mic',
    });

    const before = stack.fake.calls.filter((c) => c.route === 'transcriptions').length;
    const t0 = performance.now();
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const notDone = () =>
      page.evaluate(async () => {
        const req = indexedDB.open('voicetrack');
        const db: IDBDatabase = await new Promise((r) => {
          req.onsuccess = () => r(req.result);
        });
        // Counts only: reading the notes would read their audio too.
        const store = db.transaction('notes').objectStore('notes');
        const [all, done] = await Promise.all(
          [store.count(), store.index('state').count('done')].map(
            (q) => new Promise<number>((r) => (q.onsuccess = () => r(q.result))),
          ),
        );
        return (all ?? 0) - (done ?? 0);
      });
    while ((await notDone()) > 0) await new Promise((r) => setTimeout(r, 50));
    figures.push({
      name: 'flush of 50 queued notes',
      value: Math.round(performance.now() - t0),
      unit: 'ms',
      note: `${stack.fake.calls.filter((c) => c.route === 'transcriptions').length - before} transcriptions`,
    });
    await context.close();
  } finally {
    await browser.close();
    await stack.stop();
  }
  return figures;
}
