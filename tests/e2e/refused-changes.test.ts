/**
 * No change made on the phone fails silently, in Chromium against the deployed stack (pairing
 * required, Caddy's HTTPS in front): offline, the phone renames an expense that the laptop deletes
 * meanwhile; back online the server answers the edit 404. The person reads what was not kept and
 * why, the row is gone as it is on the server, and nothing waits in the outbox. And, in English, a
 * description the server does not take (a terminal's escape sequence pasted with it, U+001B: the
 * server refuses control characters; the form sends them as pasted, only the invisible marks
 * around a name are dropped): the row shows the server's, and « Edit » opens it to make the change
 * again. A date the server would not take (before 1970) the form does not send: it says why.
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { editOffline, rowShown } from './support/offline-edit.ts';
import { untilControlled } from './support/service-worker.ts';

const e2e = useBrowserAndStack();

/** The changes (edits, deletes) waiting in the phone's outbox. */
const changesWaiting = (page: Page) =>
  page.evaluate(async () => {
    const req = indexedDB.open('voicetrack');
    const db: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    return new Promise<number>((r) => {
      const q = db.transaction('ops').objectStore('ops').count();
      q.onsuccess = () => r(q.result);
    });
  });

describe('an edit made offline of an expense deleted on another device meanwhile', () => {
  it('is said once back online, the row shows what the server has, and the outbox is empty', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await untilControlled(page);

    await app.typedInput.fill('12,50 € au resto');
    await app.typedInput.press('Enter');
    await expect.poll(async () => (await e2e.stack.expenses()).length, { timeout: 30_000 }).toBe(1);
    const [saved] = await e2e.stack.expenses();
    if (!saved) throw new Error('no expense');
    const row = await rowShown(page, saved.id);

    // Offline, the phone renames it; meanwhile the laptop deletes it.
    const dialog = await editOffline(context, row, 'Modifier la dépense');
    await dialog.getByLabel('Description').fill('Chez Léon');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => row.textContent()).toContain('Chez Léon');
    expect(await changesWaiting(page)).toBe(1);
    const deleted = await e2e.stack.api.expenses[':id'].$delete({ param: { id: saved.id } });
    expect(deleted.status).toBe(204);

    // Online: the server no longer has it. The person is told which, what and why.
    await context.setOffline(false);
    await expect
      .poll(() => page.getByRole('alert').allTextContents(), { timeout: 30_000 })
      .toContainEqual(
        expect.stringMatching(
          /12,50\s€\s: votre modification \(description\) n’a pas été gardée, car cette dépense a été supprimée sur un autre appareil\./,
        ),
      );
    await expect.poll(() => row.count()).toBe(0);
    expect(await changesWaiting(page)).toBe(0);
    expect(await e2e.stack.expenses()).toEqual([]);
    await expect.poll(() => app.expenses().count()).toBe(0);
    await context.close();
  });
});

describe('an edit made offline with a value the server refuses', () => {
  it('is said once back online, with Edit, the row shows what the server has, and the outbox is empty', async () => {
    const context = await e2e.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const app = new CapturePage(page, 'en');
    await app.open(e2e.stack.url);
    await untilControlled(page);

    await app.typedInput.fill('12.50 coffee');
    await app.typedInput.press('Enter');
    await expect
      .poll(async () => (await e2e.stack.expenses()).filter((e) => e.amount === '12.50').length, {
        timeout: 30_000,
      })
      .toBe(1);
    const saved = (await e2e.stack.expenses()).find((e) => e.amount === '12.50');
    if (!saved) throw new Error('no expense');
    const row = await rowShown(page, saved.id);

    const dialog = await editOffline(context, row, 'Edit expense');
    // A day the server does not take: the field offers none, and a typed one is not sent, in words.
    const date = dialog.getByLabel('Date');
    const calendar = dialog.locator('input[type="date"]');
    expect([await calendar.getAttribute('min'), await calendar.getAttribute('max')]).toEqual([
      '1970-01-01',
      '2999-12-31',
    ]);
    await date.fill('1900-01-01');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Invalid date: a day between 1970 and 2999, for example today');
    expect(await changesWaiting(page)).toBe(0);
    await date.fill(saved.date);
    await dialog.getByLabel('Description').fill('Coffee with Tom \u001B[0m');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.textContent()).toContain('Coffee with Tom');
    expect(await changesWaiting(page)).toBe(1);

    await context.setOffline(false);
    const told = page
      .getByRole('alert')
      .filter({ hasText: 'was not kept, as the server does not accept one of its values' });
    await expect
      .poll(() => told.allTextContents(), { timeout: 30_000 })
      .toContainEqual(
        expect.stringMatching(
          /12\.50: your change \(description\) was not kept, as the server does not accept one of its values\. The expense shows as the server has it\./,
        ),
      );
    await expect.poll(() => row.textContent()).toMatch(/12\.50/);
    expect(await row.textContent()).not.toContain('Tom');
    expect(await changesWaiting(page)).toBe(0);
    expect((await e2e.stack.expenses()).find((e) => e.id === saved.id)).toMatchObject({
      amount: '12.50',
      description: saved.description,
      date: saved.date,
    });

    // « Edit »: the change made again, from the expense as the server has it.
    await told.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => dialog.getByLabel('Amount').inputValue()).toBe('12.50');
    await expect.poll(() => dialog.getByLabel('Description').inputValue()).toBe(saved.description);
    await expect
      .poll(() => dialog.getByLabel('Date').inputValue())
      .toBe(saved.date.split('-').reverse().join('/'));
    await context.close();
  });
});
