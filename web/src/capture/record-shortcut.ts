/**
 * `/?action=record` (the manifest's shortcut « Nouvelle dépense », Siri / Shortcuts, a home-screen
 * bookmark) starts recording at once. Another site can link to that URL too (a link, window.open,
 * a script's navigation): once the microphone was granted, it would start recording on its own.
 * The page's only signal, in every engine and offline, is `document.referrer`: empty for a launch
 * by the person (shortcut, bookmark, typed address), the app's own origin for its own links, the
 * other site's origin otherwise. A site that hides its referrer (`rel=noreferrer`) looks like a
 * launch here: the server sends such a navigation, when it sees it (no worker holds the page yet),
 * to `/?action=offer` (Sec-Fetch-Site: cross-site); a worker's cached page is not asked for.
 */

/** What the URL asks of the record button: start now, wait for a tap saying so, or nothing. */
export type ShortcutLaunch = 'record' | 'offer' | null;

export function shortcutLaunch(search: string, referrer: string, origin: string): ShortcutLaunch {
  const action = new URLSearchParams(search).get('action');
  // The server's answer to another site's navigation that it saw (edge/src/server.ts).
  if (action === 'offer') return 'offer';
  if (action !== 'record') return null;
  if (referrer === '') return 'record';
  try {
    return new URL(referrer).origin === origin ? 'record' : 'offer';
  } catch {
    return 'offer';
  }
}
