/**
 * Capture in real Chromium against the built PWA and the real server: a spoken note becomes an
 * expense; offline notes wait, survive a reload, and are sent exactly once; a provider outage
 * is retried; a denied microphone falls back to typing; a photo of a receipt is read on the phone
 * by Tesseract, offline too, and kept with its expense.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { enlarged, takePhoto, ticket, withGps } from './support/receipts.ts';
import { untilControlled } from './support/service-worker.ts';
import { WEB_DIST } from './support/stack.ts';

const e2e = useBrowserAndStack({ resetFake: true });

/** How many records a store of the app's IndexedDB holds (counted, not read: audio is heavy). */
const countIn = (page: Page, store: 'notes' | 'chunks') =>
  page.evaluate(async (name) => {
    const req = indexedDB.open('voicetrack');
    const db: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    return await new Promise<number>((r) => {
      const q = db.transaction(name).objectStore(name).count();
      q.onsuccess = () => r(q.result);
    });
  }, store);

const serverExpenses = () => e2e.stack.expenses();

describe('capture', () => {
  it('turns a spoken note into a listed expense with the right amount', async () => {
    e2e.stack.fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    const context = await e2e.newContext();
    const app = new CapturePage(await context.newPage());
    await app.open(e2e.stack.url);
    await app.recordNote();
    await expect.poll(() => app.expenses().first().textContent(), { timeout: 20_000 }).toMatch(/12,50\s€/);
    const call = e2e.stack.fake.calls.find((c) => c.route === 'transcriptions');
    expect(call?.audioBytes).toBeGreaterThan(1000);
    expect(call?.body).toMatchObject({ language: 'fr' });
    await context.close();
  });
});

/** One GET with exactly these headers, the way a phone reaches the server (through Caddy, as deployed). */
async function rawGet(url: string, headers: Record<string, string>) {
  const res = await e2e.stack.fetch(url, { headers });
  return {
    headers: Object.fromEntries(res.headers) as Record<string, string | undefined>,
    body: Buffer.from(await res.arrayBuffer()),
  };
}

describe('serving the app', () => {
  it('sends its page, scripts, styles and worker compressed to browsers that accept it, and plain to others', async () => {
    const html = (await rawGet(`${e2e.stack.url}/`, {})).body.toString();
    // The first screen is inside the page; the rest of the app is what it loads after.
    const script = html.match(/["'`](\/assets\/whole-app-[^"'`]+\.js)["'`]/)?.[1];
    const style = html.match(/"(assets\/whole-app-[^"]+\.css)"/)?.[1];
    expect(script).toBeDefined();
    expect(style).toBeDefined();
    for (const path of ['/', script, `/${style}`, '/sw.js']) {
      const plain = await rawGet(`${e2e.stack.url}${path}`, {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      const br = await rawGet(`${e2e.stack.url}${path}`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.body.length).toBeLessThan(plain.body.length / 2);
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      const gz = await rawGet(`${e2e.stack.url}${path}`, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
      // Same caching rules either way: hashed assets forever, the worker revalidated.
      expect(br.headers['cache-control']).toBe(plain.headers['cache-control']);
    }
    const worker = await rawGet(`${e2e.stack.url}/sw.js`, {});
    expect(worker.headers['cache-control']).toBe('no-cache');
    // Its precache list holds the capture screen, not the sign-in a local build never loads.
    expect(worker.body.toString()).toContain(script?.slice(1));
    expect(worker.body.toString()).not.toMatch(/supabase-auth-|account-/);
  });
});

/** The app opened online (its worker in control, the shell precached), then the network cut. */
async function openThenGoOffline() {
  const context = await e2e.newContext();
  const page = await context.newPage();
  const app = new CapturePage(page);
  await app.open(e2e.stack.url);
  await untilControlled(page);
  await context.setOffline(true);
  return { context, page, app };
}

/**
 * Puts one voice note straight into the app's outbox, as an earlier session or version left it —
 * its audio in `chunks`, or inside the note (versions before the audio stayed in chunks) — and
 * starts the app again on it.
 */
async function restartOnQueuedNote(page: Page, bytes: { audio: number[] } | { chunks: number[][] }) {
  await page.evaluate(async (b) => {
    const req = indexedDB.open('voicetrack');
    const db: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    const id = crypto.randomUUID();
    const tx = db.transaction(['notes', 'chunks'], 'readwrite');
    tx.objectStore('notes').put({
      id,
      payloadVersion: 1,
      kind: 'voice',
      recordedAt: '2026-11-24T12:30:00.000+01:00',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
      mimeType: 'audio/webm;codecs=opus',
      audio: 'audio' in b ? new Uint8Array(b.audio).buffer : null,
      durationMs: 2000,
      state: 'recorded',
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      createdAt: Date.now(),
    });
    ('chunks' in b ? b.chunks : []).forEach((data, seq) => {
      tx.objectStore('chunks').put({ noteId: id, seq, data: new Uint8Array(data).buffer });
    });
    await new Promise((r) => {
      tx.oncomplete = r;
    });
  }, bytes);
  await page.reload();
  await new CapturePage(page).recordButton.waitFor();
}

describe('offline, in the metro', () => {
  it('keeps three notes through an offline reload and sends each exactly once when back online', async () => {
    const before = (await serverExpenses()).length;
    const { context, page, app } = await openThenGoOffline();
    for (let i = 0; i < 3; i++) await app.recordNote(800);
    await expect.poll(() => app.pendingNotes().count()).toBe(3);
    await expect(page.getByText('3 en attente').count()).resolves.toBe(1);
    // The app shell comes from the service worker; the notes from IndexedDB.
    await page.reload();
    await app.recordButton.waitFor();
    await expect.poll(() => app.pendingNotes().count()).toBe(3);
    // The notes' audio is their chunks, written while recording, kept until the server has them.
    expect(await countIn(page, 'chunks')).toBeGreaterThanOrEqual(3);
    await context.setOffline(false);
    await expect.poll(async () => (await serverExpenses()).length, { timeout: 60_000 }).toBe(before + 3);
    await expect.poll(() => app.pendingNotes().count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => countIn(page, 'chunks')).toBe(0);
    const all = await serverExpenses();
    expect(new Set(all.map((e) => e.clientId)).size).toBe(all.length);
    expect(e2e.stack.fake.calls.filter((c) => c.route === 'transcriptions')).toHaveLength(3);
    await context.close();
  });

  it('sends a note queued by the previous version, its audio inside the note', async () => {
    const before = (await serverExpenses()).length;
    const { context, page, app } = await openThenGoOffline();
    const webm = [
      ...readFileSync(new URL('../fixtures/audio/fr-douze-euros-cinquante-resto.webm', import.meta.url)),
    ];
    // The new version starts (offline) on what the old one left.
    await restartOnQueuedNote(page, { audio: webm });
    await expect.poll(() => app.pendingNotes().count()).toBe(1);
    await context.setOffline(false);
    await expect.poll(async () => (await serverExpenses()).length, { timeout: 60_000 }).toBe(before + 1);
    await expect.poll(() => app.pendingNotes().count(), { timeout: 30_000 }).toBe(0);
    expect(e2e.stack.fake.calls.find((c) => c.route === 'transcriptions')?.audioBytes).toBe(webm.length);
    await context.close();
  });

  it("keeps a refused note's audio for a retry, and deletes it with the note when the user discards it", async () => {
    const before = (await serverExpenses()).length;
    const { context, page, app } = await openThenGoOffline();
    // A note whose recorded bytes are not audio at all (a broken recorder): the server refuses it.
    const notAudio = [...Buffer.from('not audio '.repeat(200))];
    await restartOnQueuedNote(page, { chunks: [notAudio, notAudio] });
    await context.setOffline(false);
    const failed = page.locator('.note[data-note-state="failed"]');
    await expect.poll(() => failed.count(), { timeout: 30_000 }).toBe(1);
    await expect(failed.getByRole('alert').textContent()).resolves.toMatch(/\S/);
    expect(await countIn(page, 'chunks')).toBe(2);
    await failed.getByRole('button', { name: 'Supprimer' }).click();
    await expect.poll(() => app.pendingNotes().count()).toBe(0);
    expect(await countIn(page, 'notes')).toBe(0);
    expect(await countIn(page, 'chunks')).toBe(0);
    expect((await serverExpenses()).length).toBe(before);
    await context.close();
  });

  it('opens on a cold start with no network, from the service worker, a chunk asked again by a new URL too', async () => {
    const context = await e2e.newContext();
    const first = await context.newPage();
    await new CapturePage(first).open(e2e.stack.url);
    await untilControlled(first);
    await first.close();
    await context.setOffline(true);
    const cold = new CapturePage(await context.newPage());
    await cold.open(`${e2e.stack.url}/`);
    await expect(cold.recordButton.isVisible()).resolves.toBe(true);
    // A settings panel's chunk asked again by a new URL (web/src/base/chunk-again.ts, Firefox's way
    // past a failure it keeps) is the precached file: its module, run.
    const chunk = readdirSync(new URL('assets/', `file://${WEB_DIST}`)).find((f) =>
      /^learned-words-.*\.js$/.test(f),
    );
    // As a string: Vitest would rewrite an import() written in a function sent to the page.
    const url = `${e2e.stack.url}/assets/${chunk}?retry=7`;
    expect(
      await cold.page.evaluate(`import(${JSON.stringify(url)}).then((m) => typeof m.LearnedWords)`),
    ).toBe('function');
    await context.close();
  });

  it('shows the month once the signal is back, opened offline before the worker had its code', async () => {
    const context = await e2e.newContext();
    // The worker's copy of the month's code held back: the signal goes while the worker installs.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    await context.route(/\/assets\/month-view-[^/]*\.js$/, async (route) => {
      if (route.request().serviceWorker()) await held;
      await route.fallback();
    });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await context.setOffline(true);
    const failed = page.waitForEvent('requestfailed', (r) => /\/assets\/month-view-[^/]*\.js$/.test(r.url()));
    await page.getByRole('button', { name: 'Mois' }).click();
    await failed;
    // Its code is not on the phone: no month yet.
    const month = page.getByRole('heading', { name: /^Dépenses d/ });
    expect(await month.count()).toBe(0);
    await context.setOffline(false);
    // Back online, the same screen, no other tap: the month's code asked again, and shown.
    await month.waitFor();
    release();
    await context.close();
  });

  it('installs its worker once the signal is back, no reload, after the lost signal broke its install', async () => {
    const context = await e2e.newContext();
    // The worker's copy of the month's code held while it installs, then failed with the signal.
    const monthCode = /\/assets\/month-view-[^/]*\.js$/;
    let broken = true;
    let asked = () => {};
    const askedFor = new Promise<void>((r) => {
      asked = r;
    });
    let lose = () => {};
    const lost = new Promise<void>((r) => {
      lose = r;
    });
    await context.route(monthCode, async (route) => {
      if (!broken || !route.request().serviceWorker()) return await route.fallback();
      asked();
      await lost;
      await route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    await new CapturePage(page).open(e2e.stack.url);
    await askedFor;
    await context.setOffline(true);
    broken = false;
    lose();
    // The install failed: the phone has no worker, and the page none to control it.
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return !registration?.installing && !registration?.waiting && !registration?.active;
    });
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    // The signal back, the same page, nothing reopened: the worker installs and takes it.
    await context.setOffline(false);
    await untilControlled(page, 20_000);
    // And the app works offline now: a reload with no signal, the month from the phone's copy.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Mois' }).click();
    await page.getByRole('heading', { name: /^Dépenses d/ }).waitFor();
    await expect(page.getByText('Hors ligne').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('when the provider is down', () => {
  it('retries after 503s and saves the note once', async () => {
    const before = (await serverExpenses()).length;
    e2e.stack.fake.failNext(503, 2, 1, 'transcriptions');
    const context = await e2e.newContext();
    const app = new CapturePage(await context.newPage());
    await app.open(e2e.stack.url);
    await app.recordNote(800);
    await expect.poll(async () => (await serverExpenses()).length, { timeout: 60_000 }).toBe(before + 1);
    await expect.poll(() => app.pendingNotes().count(), { timeout: 20_000 }).toBe(0);
    expect(e2e.stack.fake.calls.filter((c) => c.route === 'transcriptions')).toHaveLength(3);
    await context.close();
  });
});

describe('a photo of a receipt', () => {
  const BIOCOOP = ticket('07');
  const BOULANGERIE = ticket('41');
  const LIDL = ticket('04');
  const photoOf = async (id: string) => {
    const res = await e2e.stack.api.expenses[':id'].photo.$get({ param: { id } });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('is read on the phone, offline too: shown at once, sent once without its EXIF, the photo kept with the expense; a broken image is refused, one with no total kept for review, one shared from the share sheet read on opening and sent once', {
    timeout: 300_000,
  }, async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await untilControlled(page, 60_000);
    await expect(page.getByLabel('Photo du ticket').getAttribute('capture')).resolves.toBe('environment');

    // First photo, online: Tesseract comes from this server and the service worker keeps it.
    await takePhoto(page, withGps(BIOCOOP.photo));
    const receipt = async (description: string) =>
      (await serverExpenses()).filter((e) => e.source === 'receipt' && e.description === description);
    await expect
      .poll(() => receipt('Biocoop'), { timeout: 180_000 })
      .toEqual([
        expect.objectContaining({ amount: BIOCOOP.label.total, transcriptSource: 'ocr', photo: true }),
      ]);
    const [biocoop] = await receipt('Biocoop');
    // What the server keeps is the JPEG the phone drew again: no place in it.
    const stored = await photoOf(biocoop?.id ?? '');
    expect(stored.bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(stored.bytes.includes('GPSLatitude')).toBe(false);
    expect(biocoop?.transcript).toMatch(/BIOCOOP/);

    // In the metro: reloaded offline, a ticket photographed, its expense read here at once. The
    // phone has heard back about the first one before (on a loaded machine the server had it while
    // the phone still listed it « Pas encore envoyée », first in the list).
    await expect.poll(() => app.unsentExpenses().count(), { timeout: 60_000 }).toBe(0);
    const before = (await serverExpenses()).length;
    await context.setOffline(true);
    await page.reload();
    await app.recordButton.waitFor();
    await takePhoto(page, BOULANGERIE.photo);
    await expect
      .poll(() => app.unsentExpenses().first().textContent(), { timeout: 120_000 })
      .toMatch(/26,00\s€/);
    expect((await serverExpenses()).length).toBe(before);

    // Back online: sent once, its photo with it.
    await context.setOffline(false);
    await expect
      .poll(() => receipt('Boulangerie Dupont'), { timeout: 60_000 })
      .toEqual([expect.objectContaining({ amount: BOULANGERIE.label.total, photo: true })]);
    const [boulangerie] = await receipt('Boulangerie Dupont');

    // The edit dialog shows the photo and deletes it; the expense stays.
    await app.expenses().filter({ hasText: 'Boulangerie' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /Voir la photo du ticket/ }).click();
    const img = dialog.getByRole('img', { name: 'Photo du ticket de cette dépense' });
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(300);
    await dialog.getByRole('button', { name: 'Supprimer la photo' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Photo supprimée');
    expect((await photoOf(boulangerie?.id ?? '')).status).toBe(404);
    expect(await receipt('Boulangerie Dupont')).toHaveLength(1);
    await page.keyboard.press('Escape');

    // Bytes that are no image: said in the error's red, and nothing kept.
    const notesBefore = await countIn(page, 'notes');
    await takePhoto(page, Buffer.from('not a JPEG at all'), 'broken.jpg');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('ne s’ouvre pas');
    expect(await countIn(page, 'notes')).toBe(notesBefore);

    // A photo with no total on it: kept, its expense waits for its amount, said calmly.
    await takePhoto(page, await textPhoto(page, ['MERCI DE VOTRE VISITE', 'A BIENTOT']), 'merci.jpg');
    const noTotal = app.expenses().filter({ hasText: 'aucun total lu sur la photo, qui est gardée' });
    await expect.poll(() => noTotal.count(), { timeout: 60_000 }).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expect
      .poll(async () =>
        (await serverExpenses())
          .filter((e) => e.source === 'receipt' && e.amount === null)
          .map((e) => [e.status, e.reviewReason, e.photo]),
      )
      .toEqual([['needs_review', 'no_amount', true]]);

    // Shared from the gallery by the phone's share sheet (a POST with no Origin the service
    // worker answers, offline): read when the page opens, shown at once, sent once to confirm.
    // As large as a phone's photo (kept at 2000 px, read from a copy 1000 px wide).
    const phonePhoto = withGps(await enlarged(page, LIDL.photo, 2.5));
    await context.setOffline(true);
    await shareImage(page, phonePhoto);
    await page.waitForURL((url) => url.pathname === '/' && url.search === '', { timeout: 20_000 });
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('Photo de ticket partagée');
    await expect
      .poll(() => app.unsentExpenses().filter({ hasText: 'Lidl' }).textContent(), { timeout: 120_000 })
      .toMatch(/61,88\s€/);
    expect(await receipt('Lidl')).toEqual([]);
    await context.setOffline(false);
    await expect
      .poll(async () => (await receipt('Lidl')).map((e) => [e.amount, e.reviewReason, e.photo]), {
        timeout: 60_000,
      })
      .toEqual([[LIDL.label.total, 'awaiting_confirmation', true]]);
    await page.reload();
    await app.recordButton.waitFor();
    await expect.poll(() => countIn(page, 'chunks')).toBe(0);
    expect(await receipt('Lidl')).toHaveLength(1);
    await context.close();
  });
});

/** A JPEG of a few printed lines, drawn in the page (a ticket's end, with no total on it). */
const textPhoto = async (page: Page, lines: string[]) =>
  Buffer.from(
    await page.evaluate(async (lines) => {
      const canvas = new OffscreenCanvas(640, 120 + lines.length * 48);
      const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.fillStyle = '#000';
      g.font = '28px monospace';
      for (const [i, line] of lines.entries()) g.fillText(line, 60, 80 + i * 48);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      return [...new Uint8Array(await blob.arrayBuffer())];
    }, lines),
  );

/**
 * What Android's share sheet sends when a photo is shared to the app: a multipart POST to /share
 * with the image, and no origin (the worker sees `Origin: null`, as from a page that hides it).
 */
async function shareImage(page: Page, photo: Buffer) {
  await page.evaluate(() => {
    const hide = document.createElement('meta');
    hide.name = 'referrer';
    hide.content = 'no-referrer';
    document.head.append(hide);
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = '/share';
    form.enctype = 'multipart/form-data';
    form.id = 'share';
    const file = document.createElement('input');
    file.type = 'file';
    file.name = 'image';
    file.id = 'share-image';
    form.append(file);
    document.body.append(form);
  });
  await page.setInputFiles('#share-image', { name: 'IMG_2026.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.evaluate(() => (document.getElementById('share') as HTMLFormElement).submit());
}
