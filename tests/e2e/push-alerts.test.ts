/**
 * Budget alerts on this device (issue 21): the permission is asked only from a tap in the settings,
 * the page subscribes with the server's VAPID key and hands the subscription to the server, whose
 * test goes through real encryption to the local push service; turning alerts off forgets them on
 * both sides. Headless Chromium has no push service (its pushManager.subscribe() fails), so the
 * browser's subscribe/getSubscription are a stand-in (support/push-stand-in.ts); the rest is real.
 * And a tapped alert's way in: /?view=month at start, the worker's OPEN_VIEW message when open.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePushService, startFakePushService } from '../support/fake-push-service.ts';
import { WORDS } from './support/day-of-use.ts';
import { CapturePage, launchBrowser, newContext, type Stack, startStack, visit } from './support/harness.ts';
import { installPushStandIn, pushStandIn } from './support/push-stand-in.ts';

let browser: Browser;
let stack: Stack;
let push: FakePushService;

beforeAll(async () => {
  push = await startFakePushService();
  [browser, stack] = await Promise.all([
    launchBrowser({ microphone: false }),
    startStack({ PUSH_ALLOWED_ORIGINS: push.origin }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await push?.close();
});

const SAY = {
  fr: {
    panel: 'Alertes de budget',
    toggle: 'Recevoir les alertes sur cet appareil',
    test: 'Envoyer un test',
    refused: 'Le serveur refuse ce service de notifications.',
    denied: 'Notifications bloquées pour ce site : autorisez-les dans les réglages du navigateur.',
    ios: /^Sur iPhone et iPad, les alertes demandent VoiceTrack sur l’écran d’accueil \(iOS 16\.4 ou plus\)/,
  },
  en: {
    panel: 'Budget alerts',
    toggle: 'Get alerts on this device',
    test: 'Send a test',
    on: 'Alerts on for this device.',
    off: 'Alerts off for this device.',
    sentOne: 'Test sent to 1 device.',
    none: 'No device subscribed.',
  },
} as const;

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

async function openPanel(context: BrowserContext, lang: 'fr' | 'en', title: string): Promise<Page> {
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(stack.url);
  await app.page.getByRole('button', { name: WORDS[lang].settings, exact: true }).click();
  await app.page.getByText(title, { exact: true }).click();
  return app.page;
}

const statusOf = (page: Page) => page.locator('.money-panel [role="status"]').first();

describe('budget alerts in the settings', () => {
  it('ask the permission only from a tap, subscribe with the server’s key, send a test, and turn off', async () => {
    const say = SAY.en;
    const context = await newContext(browser, { stack, locale: 'en-GB', microphone: false });
    await context.grantPermissions(['notifications']);
    const subscription = push.subscribe();
    await installPushStandIn(context, subscription);
    const page = await openPanel(context, 'en', say.panel);
    const toggle = page.getByRole('checkbox', { name: say.toggle });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    // Opening the app and its settings asked nothing.
    expect(await pushStandIn(page)).toMatchObject({ permissionAsks: 0, subscribeCalls: 0 });

    await toggle.check();
    await expect.poll(async () => plain(await statusOf(page).textContent())).toBe(say.on);
    const { publicKey } = await (await stack.api.push['public-key'].$get()).json();
    expect(await pushStandIn(page)).toMatchObject({
      permissionAsks: 1,
      subscribeCalls: 1,
      serverKey: publicKey,
    });

    // The server has this device: its test is encrypted, signed and delivered to the push service.
    const before = push.deliveries.length;
    await page.getByRole('button', { name: say.test }).click();
    await expect.poll(async () => plain(await statusOf(page).textContent())).toBe(say.sentOne);
    expect(push.deliveries.slice(before)).toEqual([
      expect.objectContaining({
        subscription: subscription.endpoint.split('/').at(-1),
        payload: expect.objectContaining({ tag: 'voicetrack-test', view: 'month' }),
      }),
    ]);
    expect(push.refusals).toEqual([]);

    // Off: the browser's subscription and the server's copy both go.
    await toggle.uncheck();
    await expect.poll(async () => plain(await statusOf(page).textContent())).toBe(say.off);
    expect(await pushStandIn(page)).toMatchObject({ unsubscribeCalls: 1, subscribed: false });
    await page.getByRole('button', { name: say.test }).click();
    await expect.poll(async () => plain(await statusOf(page).textContent())).toBe(say.none);
    expect(push.deliveries.length).toBe(before + 1);
    await context.close();
  });

  it('drop the browser’s subscription when the server refuses its push service', async () => {
    const say = SAY.fr;
    const context = await newContext(browser, { stack, microphone: false });
    await context.grantPermissions(['notifications']);
    // Keys as a browser makes them, on a host that is no push service the server knows.
    const keys = push.subscribe().keys;
    await installPushStandIn(context, {
      endpoint: 'https://push.evil.example/x',
      expirationTime: null,
      keys,
    });
    const page = await openPanel(context, 'fr', say.panel);
    const toggle = page.getByRole('checkbox', { name: say.toggle });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.click();
    await expect.poll(async () => plain(await statusOf(page).textContent())).toBe(say.refused);
    expect(await toggle.isChecked()).toBe(false);
    expect(await pushStandIn(page)).toMatchObject({
      subscribeCalls: 1,
      unsubscribeCalls: 1,
      subscribed: false,
    });
    await context.close();
  });

  it('say so when notifications are blocked, and subscribe to nothing', async () => {
    const say = SAY.fr;
    const context = await newContext(browser, { stack, microphone: false });
    await installPushStandIn(context, push.subscribe(), 'denied');
    const page = await openPanel(context, 'fr', say.panel);
    const toggle = page.getByRole('checkbox', { name: say.toggle });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.click();
    await expect.poll(async () => plain(await statusOf(page).textContent())).toBe(say.denied);
    expect(await pushStandIn(page)).toMatchObject({ permissionAsks: 1, subscribeCalls: 0 });
    expect(await toggle.isChecked()).toBe(false);
    await context.close();
  });

  it('tell an iPhone in Safari to open the app from the Home Screen, with no switch to tap', async () => {
    const say = SAY.fr;
    const context = await newContext(browser, {
      stack,
      microphone: false,
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    });
    const page = await openPanel(context, 'fr', say.panel);
    await page.getByText(say.ios).waitFor();
    expect(await page.getByRole('checkbox', { name: say.toggle }).count()).toBe(0);
    await context.close();
  });
});

describe('a tapped alert’s way to the month view', () => {
  const title = (page: Page) => page.getByRole('heading', { level: 2, name: /^Dépenses d/ });

  it('opens on /?view=month&month=YYYY-MM', async () => {
    const context = await newContext(browser, { stack, microphone: false });
    const page = await context.newPage();
    await visit(page, `${stack.url}/?view=month&month=2026-10`);
    await page.getByRole('heading', { name: 'Dépenses d’octobre 2026' }).waitFor();
    expect(await page.getByRole('button', { name: 'Mois', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await context.close();
  });

  it('shows the month the worker’s OPEN_VIEW message names, in a page already open', async () => {
    const context = await newContext(browser, { stack, microphone: false });
    const app = new CapturePage(await context.newPage());
    await app.open(stack.url);
    await app.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const tap = (month: string) =>
      worker.evaluate(async (m) => {
        const scope = self as unknown as {
          clients: { matchAll(o: object): Promise<{ postMessage(d: unknown): void }[]> };
        };
        for (const c of await scope.clients.matchAll({ type: 'window', includeUncontrolled: true }))
          c.postMessage({ type: 'OPEN_VIEW', view: 'month', month: m });
      }, month);
    await tap('2026-09');
    await app.page.getByRole('heading', { name: 'Dépenses de septembre 2026' }).waitFor();
    // Another alert while the month view shows another month: its month.
    await app.page.getByRole('button', { name: 'Mois précédent' }).click();
    await tap('2026-07');
    await app.page.getByRole('heading', { name: 'Dépenses de juillet 2026' }).waitFor();
    expect(await title(app.page).count()).toBe(1);
    await context.close();
  });
});
