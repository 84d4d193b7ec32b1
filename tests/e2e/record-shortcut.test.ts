/**
 * The shortcut « Nouvelle dépense » (`/?action=record`, also what Siri / Shortcuts and a home-screen
 * bookmark open) in real Chromium, as deployed (Caddy, pairing on), on a phone whose microphone
 * was granted: opened by the person it records at once, online and offline; opened by another
 * site's page (its link, window.open, its referrer hidden, a frame of no origin) the button waits
 * for a tap, saying so — the page served by the server, or by the worker from its cache.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CapturePage, networkOf, useBrowserAndStack } from './support/harness.ts';
import { untilControlled } from './support/service-worker.ts';

const e2e = useBrowserAndStack();

/**
 * Another site's page (the browser's own answer: the phone's network reaches no other name): a
 * link, one hiding its referrer, window.open with and without it, and a frame of no origin (a
 * `data:` URL: the browser sends no referrer from it, whatever its policy) opening a new tab.
 */
async function casino(context: BrowserContext) {
  const target = `${e2e.stack.url}/?action=record`;
  const frame = `<a target="_blank" href="${target}">framed</a>`;
  await context.route('https://casino.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Casino</title>
        <a href="${target}">plain</a> <a rel="noreferrer" href="${target}">hidden</a>
        <button onclick="window.open('${target}')">popup</button>
        <button onclick="window.open('${target}', '_blank', 'noopener,noreferrer')">unseen window</button>
        <iframe title="no origin" src="data:text/html,${encodeURIComponent(frame)}"></iframe>`,
    }),
  );
}

/** The page `click` opens in a new tab. */
async function opened(context: BrowserContext, click: () => Promise<void>) {
  const [popup] = await Promise.all([context.waitForEvent('page'), click()]);
  return popup;
}

/** A phone whose worker holds the page, with navigation preload on: what it opens next is its cache. */
async function phoneUnderItsWorker() {
  const context = await e2e.newContext();
  const page = await context.newPage();
  await new CapturePage(page).open(e2e.stack.url);
  await untilControlled(page);
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.navigationPreload.getState()).enabled;
  });
  await casino(context);
  return { context, page };
}

/** The notes this page's IndexedDB holds (a recording writes one as it starts). */
const notesOn = (page: Page) =>
  page.evaluate(async () => {
    const req = indexedDB.open('voicetrack');
    const db: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    if (!db.objectStoreNames.contains('notes')) return 0;
    return await new Promise<number>((r) => {
      const q = db.transaction('notes').objectStore('notes').count();
      q.onsuccess = () => r(q.result);
    });
  });

/** The app opened from elsewhere: the button ready, the line saying to tap, nothing recording. */
async function expectWaitingForTap(page: Page) {
  const app = new CapturePage(page);
  await page.waitForURL((url) => url.host === new URL(e2e.stack.url).host);
  await page.getByText('Touchez pour enregistrer').waitFor({ timeout: 20_000 });
  await app.recordButton.waitFor();
  expect(await app.stopButton.count()).toBe(0);
  expect(await notesOn(page)).toBe(0);
}

/**
 * From another site's page hiding its referrer (already open in `page`): its link and its window
 * opened with no opener nor referrer each show the app waiting for a tap, the link by the server's
 * or the worker's `?action=offer`.
 */
async function expectHiddenReferrersToWait(context: BrowserContext, page: Page) {
  await page.getByRole('link', { name: 'hidden' }).click();
  await expectWaitingForTap(page);
  expect(new URL(page.url()).search).toBe('?action=offer');

  await page.goto('https://casino.example/');
  const popup = await opened(context, () => page.getByRole('button', { name: 'unseen window' }).click());
  await expectWaitingForTap(popup);
  await popup.close();
}

/** The person's launch (no referrer, Sec-Fetch-Site none): recording at once, stopped by a tap. */
async function expectThePersonsLaunchToRecord(page: Page) {
  const app = new CapturePage(page);
  await page.goto(`${e2e.stack.url}/?action=record`);
  await app.stopButton.waitFor({ timeout: 20_000 });
  await app.stopButton.click();
  await app.recordButton.waitFor();
}

describe('the record shortcut', () => {
  it('opened by another site’s link or window.open, waits for a tap; opened by the person, records', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    // The worker holds the page: what opens next is its cached page, as on a phone used daily.
    await untilControlled(page);
    await casino(context);

    await page.goto('https://casino.example/');
    await page.getByRole('link', { name: 'plain' }).click();
    await expectWaitingForTap(page);

    await page.goto('https://casino.example/');
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'popup' }).click(),
    ]);
    await expectWaitingForTap(popup);
    // The person's tap records, the line back to the usual one.
    const opened = new CapturePage(popup);
    await opened.recordButton.click();
    await opened.stopButton.waitFor();
    await popup.getByText('Touchez pour enregistrer').waitFor({ state: 'detached' });
    await opened.stopButton.click();
    await opened.recordButton.waitFor();
    await popup.close();

    // The shortcut itself: recording at once.
    await expectThePersonsLaunchToRecord(page);
    await context.close();
  });

  it('opened by a link that hides its referrer, before a worker holds the page: the server says wait', async () => {
    const context = await e2e.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await casino(context);
    await page.goto('https://casino.example/');
    await page.getByRole('link', { name: 'hidden' }).click();
    await expectWaitingForTap(page);
    expect(new URL(page.url()).search).toBe('?action=offer');
    await context.close();
  });

  it('opened by a page hiding its referrer, its worker holding the page online: waits for a tap', async () => {
    const { context, page } = await phoneUnderItsWorker();
    await page.goto('https://casino.example/');
    await expectHiddenReferrersToWait(context, page);

    // No referrer and the default policy: only the browser's Sec-Fetch-Site, which the worker
    // asks the server for (navigation preload), says it was another site.
    await page.goto('https://casino.example/');
    const framed = page.frameLocator('iframe[title="no origin"]').getByRole('link', { name: 'framed' });
    const fromFrame = await opened(context, () => framed.click());
    await expectWaitingForTap(fromFrame);
    expect(await fromFrame.evaluate(() => document.referrer)).toBe('');
    await fromFrame.close();

    // The person's launch still records at once.
    await expectThePersonsLaunchToRecord(page);
    await context.close();
  });

  it('opened with no signal: a page hiding its referrer waits for a tap, the person’s launch records', async () => {
    const { context, page } = await phoneUnderItsWorker();
    const network = networkOf(context);
    if (!network) throw new Error('a deployed phone has its network');
    await page.goto('https://casino.example/');
    // The signal lost: the preload cannot reach the server, the worker decides alone.
    network.cut();
    try {
      await expectHiddenReferrersToWait(context, page);
      await expectThePersonsLaunchToRecord(page);
    } finally {
      network.restore();
    }
    await context.close();
  });
});
