/**
 * A page whose navigation is on its way as the service worker activates is under the worker once
 * it has loaded. The worker's claim at activation (workbox's clientsClaim) takes only the pages
 * already running, and a navigation begun before the worker was active is not under it: such a
 * page (a reload while the first install still precaches, the households' flows under load) stayed
 * without a worker until the next load, and offline its month's code never came. The page now asks
 * its active worker to claim it (web/src/shell/claim-page.ts).
 */
import { expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { untilControlled } from './support/service-worker.ts';

const e2e = useBrowserAndStack({ microphone: false });

it('takes a page reloaded as its worker activated, which then opens the month offline', async () => {
  const context = await e2e.newContext({ microphone: false });
  // The worker's copy of the month's code held while it installs.
  const monthCode = /\/assets\/month-view-[^/]*\.js$/;
  let asked = () => {};
  const installing = new Promise<void>((resolve) => {
    asked = resolve;
  });
  let precache = () => {};
  const precached = new Promise<void>((resolve) => {
    precache = resolve;
  });
  await context.route(monthCode, async (route) => {
    if (!route.request().serviceWorker()) return await route.fallback();
    asked();
    await precached;
    await route.fallback();
  });
  const app = new CapturePage(await context.newPage());
  await app.open(e2e.stack.url);
  await installing;
  // The reload's request held until the worker is active: the page is made after the claim.
  let navigating = () => {};
  const onItsWay = new Promise<void>((resolve) => {
    navigating = resolve;
  });
  let letGo = () => {};
  const activated = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  const page = new URL(app.page.url());
  await context.route(
    (url) => url.origin === page.origin && url.pathname === page.pathname,
    async (route) => {
      if (!route.request().isNavigationRequest()) return await route.fallback();
      navigating();
      await activated;
      await route.fallback();
    },
  );
  const reloaded = app.page.reload();
  await onItsWay;
  precache();
  const [worker] = context.serviceWorkers();
  // Asked of the worker itself: the page is still on its way.
  const activeState = () =>
    worker?.evaluate(
      () => (self as unknown as { registration: ServiceWorkerRegistration }).registration.active?.state,
    );
  await expect.poll(activeState, { timeout: 20_000 }).toBe('activated');
  letGo();
  await reloaded;
  await app.recordButton.waitFor();
  await untilControlled(app.page);
  await context.setOffline(true);
  await app.page.getByRole('button', { name: 'Mois' }).click();
  await app.page.getByRole('heading', { name: /^Dépenses d/ }).waitFor();
  await context.close();
});
