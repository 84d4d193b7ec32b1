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
 * Makes the origin's IndexedDB ask the quota manager again, now. Chromium's IndexedDB keeps the
 * space the quota manager last granted and lends it out, shrinking to nothing over 30 s
 * (`BucketContext::kBucketSpaceCacheTimeLimit`); it asks again only when a write wants more than
 * what is left of the loan, which is never more than the quota it had. A put of a blob of more
 * bytes than that (1 MiB referenced by a blob twice, that one by the next twice…: nothing that
 * size is made) wants more; its transaction is aborted before anything is written, and every
 * write after it, the app's too, meets the quota as it is now.
 */
const askQuotaAgain = (page: Page, moreThan: number) =>
  page.evaluate(async (bytes) => {
    let tooBig = new Blob([new Uint8Array(1 << 20)]);
    while (tooBig.size <= bytes) tooBig = new Blob([tooBig, tooBig]);
    const req = indexedDB.open('quota-probe');
    req.onupgradeneeded = () => req.result.createObjectStore('probe');
    const db: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    await new Promise<void>((r) => {
      const tx = db.transaction('probe', 'readwrite');
      tx.objectStore('probe').put(tooBig, 'too-big');
      tx.onabort = () => r();
      tx.oncomplete = () => r();
      tx.abort();
    });
    db.close();
  }, moreThan);

const quotaOf = (page: Page) => page.evaluate(async () => (await navigator.storage.estimate()).quota ?? 0);

/**
 * Sets the origin's quota (null: gives the real one back) and waits until writes really fail (or
 * work again) before the test uses the app. Without `askQuotaAgain`, a quota made smaller took
 * effect only once Chromium's loan of space ran out (about 30 s after the app's last ask).
 */
export async function setQuota(cdp: CDPSession, page: Page, bytes: number | null) {
  const origin = new URL(page.url()).origin;
  // The quota before this change bounds what IndexedDB may still lend (twice: free disk space moves).
  const lent = 2 * (await quotaOf(page));
  await cdp.send(
    'Storage.overrideQuotaForOrigin',
    bytes === null ? { origin } : { origin, quotaSize: bytes },
  );
  await askQuotaAgain(page, lent);
  await expect.poll(() => canWrite(page), { timeout: 120_000, interval: 1000 }).toBe(bytes === null);
}
