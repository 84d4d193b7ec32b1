/// <reference lib="webworker" />
/**
 * The share sheet's POST (the manifest's share_target, action /share): answered by the worker
 * itself, offline too, so a voice memo shared in the metro is safe in the outbox before any
 * network. Then 303 to the app, which shows it pending and sends it like any other note.
 * The server's cross-site check never sees this POST, so the worker makes its own: another
 * site's form is refused unread, one of unknown origin only waits for confirmation
 * (data/shared-note.ts `shareSource`).
 */
import { registerRoute } from 'workbox-routing';
import { openDb } from '../data/db.ts';
import { saveShare, shareSource } from '../data/shared-note.ts';

export const SHARE_ACTION = '/share';

declare const self: ServiceWorkerGlobalScope;

export function acceptSharedNotes(onSaved: () => Promise<void>): void {
  registerRoute(
    ({ url }) => url.pathname === SHARE_ACTION,
    async ({ request }) => {
      const source = shareSource(
        { mode: request.mode, destination: request.destination, origin: request.headers.get('origin') },
        self.location.origin,
      );
      let outcome: string[];
      try {
        outcome =
          source === 'other_site'
            ? ['cross_site']
            : await saveShare(openDb(), await request.formData(), self.navigator.language || 'fr-FR', {
                confirm: source === 'unknown',
              });
        if (source !== 'other_site') await onSaved();
      } catch {
        // The phone's storage is full, or the form could not be read: say so, keep nothing half-written.
        outcome = ['failed'];
      }
      return Response.redirect(new URL(`/?shared=${outcome.join(',')}`, self.location.origin).href, 303);
    },
    'POST',
  );
}
