/**
 * A first visit in one round trip: the page as the server sends it (through Caddy) holds the first
 * screen's script and style, and its CSP allows them by their hashes.
 * The first screen before the rest of the app has loaded (its lazy files held back by the test):
 * the record button works, a note recorded there is in IndexedDB from its first second and is sent
 * once when the rest arrives; a recording goes on while the app takes over; a tab closed mid-note
 * and a full disk lose nothing there either.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstScreenJs } from '../support/first-screen-js.ts';
import { CapturePage, useBrowserAndStack, WEB_DIST } from './support/harness.ts';
import { setQuota } from './support/quota.ts';

const e2e = useBrowserAndStack({ resetFake: true });

const FULL =
  'Le stockage du téléphone est plein : libérez de la place pour enregistrer. Les notes déjà enregistrées sont gardées.';

/**
 * Holds every script but the first screen's (the build's entry and its static imports) until
 * `release()`, as a slow link would: the first screen alone is on the page meanwhile.
 */
async function holdTheRest(page: Page): Promise<{ release: () => void }> {
  const first = new Set(firstScreenJs(WEB_DIST).files.map((f) => `/${f}`));
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    if (!first.has(new URL(route.request().url()).pathname)) await released;
    await route.continue();
  });
  return { release };
}

/** A new phone's first visit with only the first screen loaded (the rest held back). */
async function openFirstScreen(options: { pairedBefore?: boolean } = {}) {
  const context = await e2e.newContext();
  if (options.pairedBefore) {
    // A phone paired on an earlier day: this start is one of many, not its pairing link.
    const earlier = await context.newPage();
    await new CapturePage(earlier).open(e2e.stack.url);
    await earlier.close();
  }
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const rest = await holdTheRest(page);
  const app = new CapturePage(page);
  // A new phone's first visit is its pairing link: the app pairs once the rest has loaded.
  await app.open(e2e.stack.url, { untilPaired: false });
  return { context, page, rest, app, violations };
}

/**
 * The page arrives without its module script, as on a phone still compiling it: only the static
 * first screen and the record button's first listener are there. `moduleCode()` is the held script.
 */
async function withoutTheModule(page: Page): Promise<{ moduleCode: () => string }> {
  let moduleCode = '';
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      // The server's own answer (its CSP among the headers), through Caddy as the phone gets it.
      const res = await e2e.stack.fetch(`${e2e.stack.url}/`);
      const html = await res.text();
      const tag = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
      moduleCode = tag?.[1] ?? '';
      const headers = Object.fromEntries(
        [...res.headers].filter(([name]) => !/^content-(encoding|length)$/i.test(name)),
      );
      await route.fulfill({ status: res.status, headers, body: html.replace(tag?.[0] ?? '', '') });
    },
  );
  return { moduleCode: () => moduleCode };
}

/** The app's notes as IndexedDB holds them, each with its number of chunks. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const req = indexedDB.open('voicetrack');
    const db: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    const tx = db.transaction(['notes', 'chunks']);
    const notes: { id: string; state: string }[] = await new Promise((r) => {
      const q = tx.objectStore('notes').getAll();
      q.onsuccess = () => r(q.result);
    });
    const counts = await Promise.all(
      notes.map(
        (n) =>
          new Promise<number>((r) => {
            const q = tx.objectStore('chunks').index('noteId').count(n.id);
            q.onsuccess = () => r(q.result);
          }),
      ),
    );
    db.close();
    return notes.map((n, i) => ({ id: n.id, state: n.state, chunks: counts[i] ?? 0 }));
  });

const transcriptions = () => e2e.stack.fake.calls.filter((c) => c.route === 'transcriptions');
/** The server's expenses: every test adds its own to the same server. */
const onServer = async () => (await e2e.stack.expenses()).length;

describe('a first visit in one round trip', () => {
  it('gets the first screen inside the page, allowed by its hashes in the CSP the server sends', async () => {
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    for (const path of ['/', '/month']) {
      const res = await e2e.stack.fetch(`${e2e.stack.url}${path}`);
      const html = await res.text();
      expect(html).toBe(readFileSync(join(WEB_DIST, 'index.html'), 'utf8'));
      // Cut out by hand, not by the server's reader.
      const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      // The record button's first listener, right after the static first screen.
      const early = /<\/main><\/div>\s*<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      expect(script).toContain('Enregistrer une dépense');
      expect(early).toContain('getUserMedia');
      const csp = (res.headers.get('content-security-policy') ?? '').split(/;\s*/);
      expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256(early)} ${sha256(script)}`);
      expect(csp).toContain(`style-src 'self' ${sha256(style)}`);
      expect(csp.join(';')).not.toContain('unsafe-inline');
    }
    // Anything else allows no inline code at all.
    const api = await e2e.stack.fetch(`${e2e.stack.url}/api/health`);
    expect(api.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
});

describe('before the first screen’s module has run', () => {
  it('records from a tap on the page’s static button, and the first screen adopts that recording: the same note, every second of it, sent once', async () => {
    const before = await onServer();
    const context = await e2e.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const held = await withoutTheModule(page);
    const app = new CapturePage(page);
    await app.open(e2e.stack.url, { untilPaired: false });
    const moduleCode = held.moduleCode();
    expect(moduleCode).toContain('Enregistrer une dépense');
    const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

    await app.recordButton.click();
    await page.waitForTimeout(1500);
    // Nothing is written yet (the note is made by the module): the chunks wait in memory.
    expect(await databases()).not.toContain('voicetrack');
    // The module arrives (allowed by its hash, as when it is in the page).
    await page.addScriptTag({ content: moduleCode, type: 'module' });
    await app.stopButton.waitFor();
    await expect
      .poll(async () => (await stored(page))[0]?.chunks ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(1);
    expect((await stored(page)).map((n) => n.state)).toEqual(['recording']);
    await page.waitForTimeout(1000);
    await app.stopButton.click();
    await app.recordButton.waitFor();
    await app.typedInput.waitFor({ timeout: 30_000 });
    await expect.poll(onServer, { timeout: 30_000 }).toBe(before + 1);
    await expect.poll(async () => (await stored(page)).map((n) => n.state)).toEqual(['done']);
    const sent = transcriptions().at(-1);
    // The second before the module and the one after: about 4 KB a second at 32 kbit/s.
    expect(sent?.audioBytes).toBeGreaterThan(8_000);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('an English phone before the first screen’s module has run', () => {
  it('shows the static first screen in English at once, and the module, once there, changes none of it', async () => {
    const context = await e2e.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const held = await withoutTheModule(page);
    const app = new CapturePage(page, 'en');
    await app.open(e2e.stack.url, { untilPaired: false });
    const words = () =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        settings: document.querySelector('#app .gear')?.getAttribute('aria-label'),
        tabs: [...document.querySelectorAll('#app nav.tabs button')].map((b) => b.textContent),
        hint: document.querySelector('#app .capture-status')?.textContent,
      }));
    const english = {
      lang: 'en',
      settings: 'Settings',
      tabs: ['Capture', 'Month'],
      hint: 'Tap to talk, or hold and release',
    };
    expect(await words()).toEqual(english);
    const staticApp = await page.evaluate(() => document.getElementById('app')?.innerHTML);
    expect(staticApp).not.toContain('Enregistrer');
    // The module arrives: it draws the same English first screen over the nodes it finds.
    await page.addScriptTag({ content: held.moduleCode(), type: 'module' });
    // Its typed-expense field is drawn (in English): the module has run.
    await app.typedInput.waitFor({ timeout: 30_000 });
    const after = await words();
    expect([after.lang, after.settings, after.tabs]).toEqual([english.lang, english.settings, english.tabs]);
    expect(after.hint).not.toMatch(/Touchez|Enregistr/);
    await app.recordButton.waitFor();
    await context.close();
  });
});

describe('before the rest of the app has loaded', () => {
  it('records a note into IndexedDB from its first second, and the outbox sends it once when the rest arrives', async () => {
    const before = await onServer();
    const { context, page, rest, app, violations } = await openFirstScreen();
    expect(await app.typedInput.count()).toBe(0);
    // The page's static first screen is what the first screen's module draws: it patched nothing.
    const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    const drawn = await page.evaluate(() => document.getElementById('app')?.innerHTML);
    expect(drawn).toBe(/<div id="app">([\s\S]*?)<\/div>\s*<script>/.exec(html)?.[1]);

    await app.recordButton.click();
    await app.stopButton.waitFor();
    // Its chunks reach IndexedDB while it records, before anything else has loaded.
    await expect
      .poll(async () => (await stored(page))[0]?.chunks ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect((await stored(page))[0]?.state).toBe('recording');
    await page.waitForTimeout(1000);
    await app.stopButton.click();
    await app.recordButton.waitFor();
    await expect.poll(async () => (await stored(page)).map((n) => n.state)).toEqual(['recorded']);
    expect(await app.typedInput.count()).toBe(0);
    expect(transcriptions()).toHaveLength(0);

    rest.release();
    await app.typedInput.waitFor();
    await expect.poll(onServer, { timeout: 30_000 }).toBe(before + 1);
    await expect.poll(() => app.expenses().count(), { timeout: 30_000 }).toBe(before + 1);
    await expect.poll(async () => (await stored(page)).map((n) => n.state)).toEqual(['done']);
    expect(transcriptions()).toHaveLength(1);
    expect(transcriptions()[0]?.audioBytes).toBeGreaterThan(1000);
    // The page's inline script and style, and the chunks after them: nothing refused.
    expect(violations).toEqual([]);
    await context.close();
  });

  it('goes on recording while the app takes over, and sends the whole note once', async () => {
    const before = await onServer();
    const { context, page, rest, app } = await openFirstScreen();
    await app.recordButton.click();
    await app.stopButton.waitFor();
    await expect
      .poll(async () => (await stored(page))[0]?.chunks ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(0);

    rest.release();
    await app.typedInput.waitFor();
    // The app's own button shows the same recording, its timer still running.
    await app.stopButton.waitFor();
    await expect.poll(() => page.locator('.timer').textContent(), { timeout: 10_000 }).toMatch(/0:0[3-9]/);
    expect((await stored(page))[0]?.state).toBe('recording');
    await app.stopButton.click();
    await expect.poll(onServer, { timeout: 30_000 }).toBe(before + 1);
    await expect.poll(async () => (await stored(page)).map((n) => n.state)).toEqual(['done']);
    expect(transcriptions()).toHaveLength(1);
    // Every second of it, before and after the swap: about 4 KB a second at 32 kbit/s, over 3 s.
    expect(transcriptions()[0]?.audioBytes).toBeGreaterThan(8_000);
    await context.close();
  });

  it('recovers a note whose tab was closed mid-recording at the next start, and sends it', async () => {
    const before = await onServer();
    const { context, page: first, app } = await openFirstScreen({ pairedBefore: true });
    await app.recordButton.click();
    await app.stopButton.waitFor();
    await expect
      .poll(async () => (await stored(first))[0]?.chunks ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(1);
    await first.close({ runBeforeUnload: false });

    const next = new CapturePage(await context.newPage());
    await next.open(e2e.stack.url);
    await expect.poll(onServer, { timeout: 30_000 }).toBe(before + 1);
    expect(transcriptions()).toHaveLength(1);
    expect(transcriptions()[0]?.audioBytes).toBeGreaterThan(1000);
    await context.close();
  });

  it('says the storage is full, keeps what was recorded, and records again once there is room', async () => {
    const before = await onServer();
    const { context, page, rest, app } = await openFirstScreen();
    await app.recordNote(1200);
    await expect.poll(async () => (await stored(page)).map((n) => n.state)).toEqual(['recorded']);
    const kept = await stored(page);

    const cdp = await context.newCDPSession(page);
    await setQuota(cdp, page, 1);
    await app.recordButton.click();
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    expect(await app.stopButton.count()).toBe(0);
    expect(await stored(page)).toEqual(kept);

    await setQuota(cdp, page, null);
    await app.recordNote(1200);
    await expect.poll(async () => (await stored(page)).filter((n) => n.state === 'recorded').length).toBe(2);
    expect(await app.typedInput.count()).toBe(0);
    rest.release();
    await expect.poll(onServer, { timeout: 30_000 }).toBe(before + 2);
    await expect.poll(async () => (await stored(page)).map((n) => n.state)).toEqual(['done', 'done']);
    expect(transcriptions()).toHaveLength(2);
    await context.close();
  }, 240_000);
});
