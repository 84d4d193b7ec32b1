/**
 * The stop button is there as soon as the microphone records, not once the note's first
 * IndexedDB write has ended: WebKit's IndexedDB has taken 30 s right after a recording, and the
 * person who tapped « record » saw nothing happen. Here another tab of the same phone holds a
 * write on the notes' store, so the note's first write waits behind it for as long as the test
 * says; when the write fails instead (no room), the recording already on screen ends by itself,
 * says why, and keeps nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { setQuota } from './support/quota.ts';

const e2e = useBrowserAndStack({ resetFake: true });

const FULL =
  'Le stockage du téléphone est plein : libérez de la place pour enregistrer. Les notes déjà enregistrées sont gardées.';

/** The expenses the server holds (every phone of the file's stack writes to the same one). */
const onServer = async () => (await e2e.stack.expenses()).length;

const transcriptions = () => e2e.stack.fake.calls.filter((c) => c.route === 'transcriptions');

/** Holds a readwrite transaction on `notes` in `page` until `release(page)`: writes there wait. */
const holdNotes = (page: Page) =>
  page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('voicetrack');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const holder = globalThis as { releaseNotes?: boolean; notesHeld?: boolean };
    const store = db.transaction('notes', 'readwrite').objectStore('notes');
    // A transaction lives while it has requests: one more each time the last one ends.
    const spin = () => {
      if (holder.releaseNotes) {
        holder.notesHeld = false;
        return;
      }
      store.get('none').onsuccess = spin;
    };
    holder.notesHeld = true;
    spin();
  });
const stillHeld = (page: Page) =>
  page.evaluate(() => (globalThis as { notesHeld?: boolean }).notesHeld === true);
const release = (page: Page) =>
  page.evaluate(() => {
    (globalThis as { releaseNotes?: boolean }).releaseNotes = true;
  });

const notesStored = (page: Page) =>
  page.evaluate(async () => {
    const open = indexedDB.open('voicetrack');
    const db: IDBDatabase = await new Promise((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    return new Promise<number>((resolve) => {
      const count = db.transaction('notes').objectStore('notes').count();
      count.onsuccess = () => resolve(count.result);
    });
  });

/** A paired phone on the app, and a second tab of it (`other`) that will hold the notes' store. */
const phoneWithTwoTabs = async () => {
  const context = await e2e.newContext();
  const page = await context.newPage();
  const app = new CapturePage(page);
  await app.open(e2e.stack.url);
  const other = await context.newPage();
  await other.goto(e2e.stack.url);
  return { context, page, app, other };
};

describe('the stop button, while the note’s first write waits', () => {
  it('shows as the microphone records, and the note, once written, is sent whole and once', async () => {
    const { context, page, app, other } = await phoneWithTwoTabs();
    const before = await onServer();
    await holdNotes(other);

    await app.recordButton.click();
    await app.stopButton.waitFor({ timeout: 10_000 });
    // The button came while the note could not have been written yet.
    expect(await stillHeld(other)).toBe(true);
    await page.waitForTimeout(1500);
    await app.stopButton.click();
    await app.recordButton.waitFor();
    expect(await stillHeld(other)).toBe(true);
    expect(transcriptions()).toHaveLength(0);

    await release(other);
    await expect.poll(onServer, { timeout: 30_000 }).toBe(before + 1);
    expect(transcriptions()).toHaveLength(1);
    // Every second of it: the chunks recorded while the write waited were kept, in order.
    expect(transcriptions()[0]?.audioBytes).toBeGreaterThan(1000);
    await expect.poll(() => app.pendingNotes().count(), { timeout: 20_000 }).toBe(0);
    expect(await onServer()).toBe(before + 1);
    await context.close();
  }, 120_000);

  it('ends by itself when the note then cannot be written, says why, keeps nothing, and records again once there is room', async () => {
    const { context, page, app, other } = await phoneWithTwoTabs();
    const expensesBefore = await onServer();
    await context.setOffline(true);
    const before = await notesStored(page);
    await holdNotes(other);

    await app.recordButton.click();
    await app.stopButton.waitFor({ timeout: 10_000 });
    const cdp = await context.newCDPSession(page);
    await setQuota(cdp, page, 1);
    await release(other);
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
    await app.recordButton.waitFor();
    expect(await app.stopButton.count()).toBe(0);
    expect(await notesStored(page)).toBe(before);

    await setQuota(cdp, page, null);
    await app.recordNote(1200);
    await expect.poll(() => notesStored(page)).toBe(before + 1);
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(onServer, { timeout: 30_000 }).toBe(expensesBefore + 1);
    await context.close();
  }, 120_000);
});
