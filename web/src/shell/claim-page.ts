/**
 * A page whose navigation was on its way as the service worker activated is not under it. The
 * worker's claim at activation (workbox's clientsClaim) takes only the pages already running, and a
 * navigation begun before the worker was active was not sent through it: such a page (a reload, or
 * the app opened, while the first install still precached) stayed without a worker until its next
 * load, and offline every chunk it had not loaded failed. Measured in Chromium: the reload's request
 * held until the worker activated, the page was never controlled; let through before, it was.
 * Once its worker is active, a page still without one asks it to claim the pages again.
 */
import { CLAIM } from '../sw-protocol.ts';

export async function askToBeClaimed(container: ServiceWorkerContainer): Promise<void> {
  const { active } = await container.ready;
  if (!active || !(await activated(active))) return;
  if (container.controller === null) active.postMessage({ type: CLAIM });
}

/** Whether the worker ends its activation active (not replaced in between). */
function activated(worker: ServiceWorker): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = () => {
      if (worker.state === 'activating') return;
      worker.removeEventListener('statechange', settle);
      resolve(worker.state === 'activated');
    };
    worker.addEventListener('statechange', settle);
    settle();
  });
}
