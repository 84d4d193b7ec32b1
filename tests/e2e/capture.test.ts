/**
 * Capture in real Chromium against the built PWA and the real server: a spoken note becomes an
 * expense; offline notes wait, survive a reload, and are sent exactly once; a provider outage
 * is retried; a denied microphone falls back to typing.
 */
import type { ExpenseList } from '@voicetrack/shared';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CapturePage, launchBrowser, newContext, type Stack, startStack } from './support/harness.ts';

let browser: Browser;
let stack: Stack;

beforeAll(async () => {
  [browser, stack] = await Promise.all([launchBrowser(), startStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});
afterEach(() => {
  stack.fake.reset();
  stack.fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
});

const serverExpenses = async () =>
  ((await (await fetch(`${stack.url}/api/expenses?limit=200`)).json()) as ExpenseList).expenses;

describe('capture', () => {
  it('turns a spoken note into a listed expense with the right amount', async () => {
    stack.fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    const context = await newContext(browser);
    const app = new CapturePage(await context.newPage());
    await app.open(stack.url);
    await app.recordNote();
    await expect.poll(() => app.expenses().first().textContent(), { timeout: 20_000 }).toMatch(/12,50\s€/);
    const call = stack.fake.calls.find((c) => c.route === 'transcriptions');
    expect(call?.audioBytes).toBeGreaterThan(1000);
    expect(call?.body).toMatchObject({ language: 'fr' });
    await context.close();
  });
});

/** Waits until the page's service worker controls it (the shell is then precached). */
async function untilControlled(page: import('playwright-core').Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

describe('offline, in the metro', () => {
  it('keeps three notes through an offline reload and sends each exactly once when back online', async () => {
    const before = (await serverExpenses()).length;
    const context = await newContext(browser);
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(stack.url);
    await untilControlled(page);
    await context.setOffline(true);
    for (let i = 0; i < 3; i++) await app.recordNote(800);
    await expect.poll(() => app.pendingNotes().count()).toBe(3);
    await expect(page.getByText('3 notes en attente').count()).resolves.toBe(1);
    // The app shell comes from the service worker; the notes from IndexedDB.
    await page.reload();
    await app.recordButton.waitFor();
    await expect.poll(() => app.pendingNotes().count()).toBe(3);
    await context.setOffline(false);
    await expect.poll(async () => (await serverExpenses()).length, { timeout: 60_000 }).toBe(before + 3);
    await expect.poll(() => app.pendingNotes().count(), { timeout: 30_000 }).toBe(0);
    const all = await serverExpenses();
    expect(new Set(all.map((e) => e.clientId)).size).toBe(all.length);
    expect(stack.fake.calls.filter((c) => c.route === 'transcriptions')).toHaveLength(3);
    await context.close();
  });

  it('opens on a cold start with no network, from the service worker', async () => {
    const context = await newContext(browser);
    const first = await context.newPage();
    await new CapturePage(first).open(stack.url);
    await untilControlled(first);
    await first.close();
    await context.setOffline(true);
    const cold = new CapturePage(await context.newPage());
    await cold.open(`${stack.url}/`);
    await expect(cold.recordButton.isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('when the provider is down', () => {
  it('retries after 503s and saves the note once', async () => {
    const before = (await serverExpenses()).length;
    stack.fake.failNext(503, 2, 1, 'transcriptions');
    const context = await newContext(browser);
    const app = new CapturePage(await context.newPage());
    await app.open(stack.url);
    await app.recordNote(800);
    await expect.poll(async () => (await serverExpenses()).length, { timeout: 60_000 }).toBe(before + 1);
    await expect.poll(() => app.pendingNotes().count(), { timeout: 20_000 }).toBe(0);
    expect(stack.fake.calls.filter((c) => c.route === 'transcriptions')).toHaveLength(3);
    await context.close();
  });
});
