/**
 * PWA figures, in real Chromium against the built app: the first screen's JS (gzip, from the
 * build's module graph), what the browser's speech recognition adds to it (a second build without it), tap
 * → MediaRecorder `start` (median of 20), stop → the expense on screen offline with the stand-in
 * recognizer (median of 10), recorded bytes per second, and the time to flush 50 queued notes
 * against the fake provider with zero delay.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installFakeSpeech, speechRecord } from '../e2e/support/fake-speech.ts';
import { CapturePage, launchBrowser, newContext, startStack, WEB_DIST } from '../e2e/support/harness.ts';
import { untilControlled } from '../e2e/support/service-worker.ts';
import { firstScreenJs as firstScreenFiles } from '../support/first-screen-js.ts';
import { type Figure, median } from './figure.ts';
import { allNotesDone, aNoteWaits, buildWeb, queueCopies, until } from './web-support.ts';

declare global {
  interface Window {
    __tapAt: number;
    __startedAt: number;
    __shownAt: number;
  }
}

/** What the browser's speech recognition adds to the first screen: this build against one without it. */
function recognitionWeight(): Figure[] {
  const without = mkdtempSync(join(tmpdir(), 'voicetrack-no-speech-'));
  try {
    buildWeb(without, { VOICETRACK_BUILD_WITHOUT_SPEECH: '1' });
    const real = firstScreenFiles(WEB_DIST);
    const bare = firstScreenFiles(without);
    const parser = real.files.filter((f) => /\/parse-[^/]+\.js$/.test(f));
    return [
      {
        name: 'first-screen JS added by browser recognition (gzip)',
        value: real.gzip - bare.gzip,
        unit: 'B',
        target: '≈ 0',
        ok: real.gzip - bare.gzip <= 1024,
        note: `${real.gzip} B with it, ${bare.gzip} B without (the entry chunk and its static imports)`,
      },
      {
        name: 'local parser on the first screen',
        value: parser.length,
        unit: 'files',
        target: '0',
        ok: parser.length === 0,
        note: 'loaded with the first note or keystroke',
      },
    ];
  } finally {
    rmSync(without, { recursive: true, force: true });
  }
}

/**
 * Stop → the understood expense on screen, offline (so the server's answer never races it), with
 * the stand-in recognizer answering at once as on-device recognition does: median of 10, from the
 * stop tap to the new unsent row in the DOM.
 */
async function stopToExpense(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  url: string,
): Promise<Figure> {
  const context = await newContext(browser);
  await installFakeSpeech(context, {
    words: 'douze euros cinquante au resto ce midi',
    onDevice: 'available',
  });
  await context.addInitScript(() => {
    window.__tapAt = 0;
    window.__shownAt = 0;
    document.addEventListener('pointerdown', () => (window.__tapAt = performance.now()), true);
    let rows = 0;
    new MutationObserver(() => {
      const now = document.querySelectorAll('.expense[data-unsent]').length;
      if (now > rows) window.__shownAt = performance.now();
      rows = now;
    }).observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  const app = new CapturePage(page);
  await app.open(url);
  await untilControlled(page);
  while ((await speechRecord(page)).available.length === 0) await new Promise((r) => setTimeout(r, 50));
  await context.setOffline(true);
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    await app.recordButton.click();
    await app.stopButton.waitFor();
    await page.waitForTimeout(400);
    await app.stopButton.click();
    await page.waitForFunction((n) => document.querySelectorAll('.expense[data-unsent]').length > n, i, {
      timeout: 30_000,
    });
    times.push(await page.evaluate(() => window.__shownAt - window.__tapAt));
  }
  await context.close();
  return {
    name: 'stop → expense on screen, offline (median of 10)',
    value: Math.round(median(times) * 10) / 10,
    unit: 'ms',
    note: 'stand-in recognizer ending at once, as on the device',
  };
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
    // The first screen's JS as the build's module graph has it: the entry chunk and its static imports.
    const first = firstScreenFiles(WEB_DIST);
    figures.push({
      name: 'first-screen JS (gzip)',
      value: Math.round(first.gzip / 102.4) / 10,
      unit: 'KB',
      target: '≤ 25 KB',
      ok: first.gzip <= 25 * 1024,
      note: `${first.inline.length} inline in the page + ${first.files.length} file(s), ${Math.round(first.raw / 102.4) / 10} KB raw (≤ 60 KB)`,
    });
    figures.push(...recognitionWeight());
    figures.push(await stopToExpense(browser, stack.url));

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
    await until(page, aNoteWaits);
    // Then 49 copies of it, each its own clientId and its own chunks, and back online.
    const note = await queueCopies(page, 50);
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
    await until(page, allNotesDone, 300_000);
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
