/**
 * The phone's storage full (Chromium's quota for the origin forced down with the DevTools
 * protocol): tapping record or adding a typed expense says so clearly, nothing already recorded
 * is lost, and once there is room again recording works as before.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { setQuota } from './support/quota.ts';

const e2e = useBrowserAndStack();

const FULL =
  'Le stockage du téléphone est plein : libérez de la place pour enregistrer. Les notes déjà enregistrées sont gardées.';

const notesStored = (page: Page) =>
  page.evaluate(async () => {
    const req = indexedDB.open('voicetrack');
    const db: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    return new Promise<string[]>((r) => {
      const q = db.transaction('notes').objectStore('notes').getAll();
      // A recording cut short by the full storage may leave its empty note "recording": it is
      // no note (nothing was said into it) and is cleared at the next start.
      q.onsuccess = () =>
        r(
          (q.result as { id: string; state: string; kind: string }[])
            .filter((n) => n.state !== 'recording')
            .map((n) => `${n.kind}:${n.id}`)
            .sort(),
        );
    });
  });

describe('storage full', () => {
  it('says so, keeps every note already recorded, and records again once there is room', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    // Two notes safely recorded, kept offline so they stay in the outbox.
    await context.setOffline(true);
    await app.recordNote(1200);
    await app.typedInput.fill('8 € de pain');
    await app.typedInput.press('Enter');
    await expect.poll(async () => (await notesStored(page)).length).toBe(2);
    const before = await notesStored(page);

    const cdp = await context.newCDPSession(page);
    await setQuota(cdp, page, 1);

    await app.recordButton.click();
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    expect(await app.stopButton.count()).toBe(0);

    await app.typedInput.fill('23 € de fromage');
    await app.typedInput.press('Enter');
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    // The words are not thrown away: they stay in the field.
    expect(await app.typedInput.inputValue()).toBe('23 € de fromage');
    expect(await notesStored(page)).toEqual(before);

    // Room again: the kept words go in, recording works, and everything reaches the server.
    await setQuota(cdp, page, null);
    await app.typedInput.press('Enter');
    await app.recordNote(1200);
    await expect.poll(async () => (await notesStored(page)).length).toBe(4);
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => app.expenses().count(), { timeout: 30_000 }).toBe(4);
    await context.close();
  }, 240_000);
});
