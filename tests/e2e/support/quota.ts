/**
 * The phone's storage made full: Chromium's quota for the origin forced down with the DevTools
 * protocol (and given back).
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Whether a 1 KB write to IndexedDB (a database of its own, not the app's) goes through. */
const canWrite = (page: Page) =>
  page.evaluate(async () => {
    const req = indexedDB.open('quota-probe');
    req.onupgradeneeded = () => req.result.createObjectStore('probe');
    const db: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    const ok = await new Promise<boolean>((r) => {
      const tx = db.transaction('probe', 'readwrite');
      tx.objectStore('probe').put('x'.repeat(1000), 'k');
      tx.oncomplete = () => r(true);
      tx.onabort = () => r(false);
    });
    db.close();
    return ok;
  });

/**
 * Chromium applies a quota override only when its quota manager's cache expires (about 30 s
 * here), so the test waits until writes really fail (or work again) before using the app.
 */
export async function setQuota(cdp: CDPSession, page: Page, bytes: number | null) {
  const origin = new URL(page.url()).origin;
  await cdp.send(
    'Storage.overrideQuotaForOrigin',
    bytes === null ? { origin } : { origin, quotaSize: bytes },
  );
  await expect.poll(() => canWrite(page), { timeout: 120_000, interval: 1000 }).toBe(bytes === null);
}
