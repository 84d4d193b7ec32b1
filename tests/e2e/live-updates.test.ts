/**
 * Live updates: between two devices of the same user (local mode: the edge's event stream fed by
 * Postgres LISTEN/NOTIFY), an expense typed on one appears on the other without a reload; and a
 * page hears from its service worker when the worker's Background Sync sent the outbox.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack();

const typeExpense = async (app: CapturePage, text: string) => {
  await app.typedInput.fill(text);
  await app.typedInput.press('Enter');
};

describe('two open devices', () => {
  it('shows on the second an expense saved from the first, with no reload', async () => {
    const phone = await e2e.newContext();
    const laptop = await e2e.newContext();
    const a = new CapturePage(await phone.newPage());
    const b = new CapturePage(await laptop.newPage());
    await Promise.all([a.open(e2e.stack.url), b.open(e2e.stack.url)]);
    // The second device's stream is open once the page has loaded.
    await b.page.waitForLoadState('load');
    expect(await b.expenses().count()).toBe(0);

    await typeExpense(a, '31 € de pharmacie');
    await expect.poll(() => a.expenses().count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => b.expenses().count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => b.expenses().first().textContent()).toContain('31,00');
    await Promise.all([phone.close(), laptop.close()]);
  });
});

/** Fires the worker's Background Sync of the outbox, as Chromium does once the network is back. */
async function fireBackgroundSync(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find((r) => !r.isDeleted);
      if (live) resolve(live.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: e2e.stack.url,
    registrationId: await registrationId,
    tag: 'voicetrack-outbox',
    lastChance: false,
  });
}

describe('the service worker’s Background Sync', () => {
  it('tells the page, which refreshes its list from the server', async () => {
    const context = await e2e.newContext();
    // A browser with no event stream: only the worker's message can tell this page of other changes.
    await context.addInitScript(() => Reflect.deleteProperty(window, 'EventSource'));
    const page = await context.newPage();
    // The page's own sends fail; the worker's go through (page.route does not see the worker's).
    await page.route('**/api/text', (route) => route.abort('internetdisconnected'));
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const before = await app.expenses().count();

    // Another device saves an expense: this page has not heard of it.
    const other = await e2e.stack.api.text.$post({
      json: {
        text: '9 € de journal',
        clientId: crypto.randomUUID(),
        recordedAt: new Date().toISOString(),
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
      },
    });
    expect(other.status).toBe(201);
    const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/text'));
    await typeExpense(app, '14 € de pharmacie');
    await failed;
    // Read on the phone: its expense shows at once, not sent yet.
    await expect.poll(() => app.unsentExpenses().count()).toBe(1);

    await fireBackgroundSync(page);
    await expect.poll(() => app.unsentExpenses().count(), { timeout: 20_000 }).toBe(0);
    // Its own note, written by the worker, and the other device's, fetched on the worker's word.
    await expect.poll(() => app.expenses().count(), { timeout: 20_000 }).toBe(before + 2);
    await expect.poll(() => app.expenses().filter({ hasText: 'Journal' }).count()).toBe(1);
    await context.close();
  });
});
