/** The page's service worker, as the e2e tests wait for it (in Chromium, through playwright-core). */
import type { Page } from 'playwright-core';

/**
 * Waits until the page's service worker controls it: the worker installed (the app shell and every
 * chunk precached) and took the page, so what the page loads next comes from its cache, offline
 * too. Wait for it before cutting the network, or before a reload meant to be a page under it.
 */
export async function untilControlled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout });
}
