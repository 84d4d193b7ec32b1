/**
 * The page's side of the page ↔ service worker protocol (sw-protocol.ts): registration
 * (workbox-window; a first install that failed is asked again, keep-installing.ts; a page the
 * worker's claim missed asks it again, claim-page.ts), the update prompt, asking the worker for a
 * Background Sync of the outbox, hearing that the worker's flush saved something, and that a
 * tapped notification asks for a view.
 */
import type { Expense } from '@voicetrack/shared';
import type { Workbox } from 'workbox-window';
import { afterLoad } from '../base/after-load.ts';
import type { ChangeRefusal } from '../data/refused-change.ts';
import { editLostIn, isFlushed, isOpenView, SYNC_TAG } from '../sw-protocol.ts';
import { askToBeClaimed } from './claim-page.ts';
import { keepInstalling } from './keep-installing.ts';

export interface SwEvents {
  /** A new version is installed and waits (the page offers to reload). */
  onUpdateReady(): void;
  /** The worker's Background Sync flush saved notes or changes: the page refreshes its list. */
  onFlushed(): void;
  /** An edit the worker sent lost fields to a newer change made elsewhere, or its shares were refused. */
  onEditLost(expense: Expense, fields: string[], refused?: ChangeRefusal): void;
  /** A budget alert was tapped while this page was open: show the month view (of `month`). */
  onOpenView?(view: 'month', month: string | undefined): void;
}

export interface SwBridge {
  /** Asks the browser to flush from the worker when it has a connection (Chromium only). */
  requestBackgroundSync(): Promise<void>;
  /** Reloads into the waiting new version. */
  applyUpdate(): void;
}

interface SyncManager {
  register(tag: string): Promise<void>;
}

export function registerServiceWorker({
  onUpdateReady,
  onFlushed,
  onEditLost,
  onOpenView,
}: SwEvents): SwBridge | null {
  // Not in `vite dev`: the worker is built by the production build only.
  if (!('serviceWorker' in navigator) || import.meta.env.MODE === 'development') return null;
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (isFlushed(event.data)) onFlushed();
    else if (isOpenView(event.data)) onOpenView?.(event.data.view, event.data.month);
    const lost = editLostIn(event.data);
    if (lost) onEditLost(lost.expense, lost.fields, lost.refused);
  });
  // workbox-window is not needed to capture: it loads once the page has loaded (Workbox would
  // wait for 'load' to register anyway), so it never competes with the first screen.
  let workbox: Workbox | undefined;
  void afterLoad()
    .then(() => import('workbox-window'))
    .then(({ Workbox }) =>
      // A first install that failed is asked again once the signal is back, by a new Workbox (one
      // registers once): the browser forgot the registration the failed one watched.
      keepInstalling(() => {
        workbox = new Workbox('/sw.js', { scope: '/' });
        workbox.addEventListener('waiting', onUpdateReady);
        // A new version took over (after "reload" was chosen): load it. Not on the first install,
        // when the worker merely claims the page it was installed from.
        workbox.addEventListener('controlling', (event) => {
          if (event.isUpdate) window.location.reload();
        });
        return workbox.register();
      }),
    )
    // Installed: a page that loaded as the worker activated is taken now, not at its next load.
    .then(() => askToBeClaimed(navigator.serviceWorker));
  return {
    async requestBackgroundSync() {
      const registration = await navigator.serviceWorker.ready;
      const sync = (registration as ServiceWorkerRegistration & { sync?: SyncManager }).sync;
      await sync?.register(SYNC_TAG).catch(() => {});
    },
    applyUpdate() {
      workbox?.messageSkipWaiting();
    },
  };
}
