/// <reference lib="webworker" />
/**
 * The service worker (built to /sw.js) only wires events: strategies live in ./strategies.ts, the share sheet's
 * POST in ./share-target.ts, the outbox flush is the page's own module (data/flush.ts), so the worker and the page
 * send notes the same way.
 */
import { clientsClaim } from 'workbox-core';
import { API_BASE, SUPABASE } from '../config.ts';
import { createApiClient } from '../data/api/client.ts';
import { statementsApi } from '../data/api/statements.ts';
import { openDb } from '../data/db.ts';
import { deviceHeaders } from '../data/device-token.ts';
import { flushOnceOnline } from '../data/flush.ts';
import { workerAuthHeaders } from '../data/session-token.ts';
import { sendSharedStatements } from '../data/shared-statements.ts';
import { keepUntold } from '../data/untold.ts';
import { CLAIM, EDIT_LOST, FLUSHED, SYNC_TAG, type WorkerMessage } from '../sw-protocol.ts';
import { openFromNotification, renewPushSubscription, showPushNotification } from './push.ts';
import { guardRecordLaunches } from './record-launch.ts';
import { acceptSharedNotes } from './share-target.ts';
import {
  keepOcrOnFirstUse,
  neverCacheApi,
  precacheAppShell,
  serveShellForNavigations,
} from './strategies.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Parameters<typeof precacheAppShell>[0] };

precacheAppShell(self.__WB_MANIFEST);
// Before the shell's route: `/?action=record` is served only once the worker knows who opened it.
guardRecordLaunches(self);
serveShellForNavigations();
neverCacheApi();
keepOcrOnFirstUse(self);
// A shared note is due at once: ask for a Background Sync, as the page does after a recording.
acceptSharedNotes(async () => {
  await (self.registration as ServiceWorkerRegistration & { sync?: SyncManager }).sync
    ?.register(SYNC_TAG)
    .catch(() => {});
});
clientsClaim();

interface SyncManager {
  register(tag: string): Promise<void>;
}

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  // A page loaded as this worker activated, which its claim then missed (shell/claim-page.ts).
  else if (type === CLAIM) event.waitUntil(self.clients.claim());
});

const tell = async (message: WorkerMessage) => {
  for (const client of await self.clients.matchAll()) client.postMessage(message);
};

interface SyncEvent extends ExtendableEvent {
  tag: string;
}

/**
 * The API as the worker calls it. Supabase mode: the token the page keeps fresh (without one the
 * notes wait for the page). Local mode: this phone's device token, once paired.
 */
const workerApi = (db: ReturnType<typeof openDb>) =>
  createApiClient({
    baseUrl: API_BASE || self.location.origin,
    headers: () => (SUPABASE ? workerAuthHeaders(db) : deviceHeaders(db)),
  });

// Web Push: budget alerts (push.ts).
self.addEventListener('push', (event) => event.waitUntil(showPushNotification(event)));
self.addEventListener('notificationclick', (event) => event.waitUntil(openFromNotification(event)));
self.addEventListener('pushsubscriptionchange', (event) =>
  (event as ExtendableEvent).waitUntil(renewPushSubscription(event, workerApi(openDb()))),
);

// Background Sync (Chromium): the browser wakes the worker when it is online again.
self.addEventListener('sync', ((event: SyncEvent) => {
  if (event.tag !== SYNC_TAG) return;
  const db = openDb();
  const api = workerApi(db);
  const telling: Promise<void>[] = [];
  event.waitUntil(
    // The browser fires this once it is online: what waited for the network goes now (after a
    // page's flush under way, not instead of it).
    flushOnceOnline({
      db,
      api,
      // Statements shared to the app go too (a worker cannot load code later: imported here).
      statements: (db) => sendSharedStatements(db, statementsApi(api.routes)),
      // The pages say so (the worker has no screen of its own); none open, the next one will.
      onEditLost: (expense, fields, refused) => {
        const lost = { expense, fields, ...(refused ? { refused } : {}) };
        telling.push(
          self.clients
            .matchAll({ type: 'window' })
            .then((pages) => (pages.length > 0 ? tell({ type: EDIT_LOST, ...lost }) : keepUntold(db, lost))),
        );
      },
    }).then(async (report) => {
      await Promise.all(telling);
      // Tell open pages to refresh their list from the server (sw-bridge.ts hears it).
      if (report.done > 0) await tell({ type: FLUSHED });
      // Notes still waiting: fail the event so the browser schedules another sync later.
      if (report.sent > report.done) throw new Error('some notes are still waiting');
    }),
  );
}) as EventListener);
