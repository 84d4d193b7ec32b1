/**
 * The entry: the first screen at once (the record button works before anything else has loaded),
 * then the rest of the app after the first frame is painted, taking over the same DOM.
 */
// The rules every screen shares come first; each component imports its own CSS after them.
import './base/base.css';
import { render } from 'preact';
import { createCaptureSession } from './capture/capture-session.ts';
import { takeEarlyTap } from './capture/early-tap.ts';
import { idbNoteStore } from './capture/idb-notes.ts';
import { shortcutLaunch } from './capture/record-shortcut.ts';
import { FirstScreen } from './shell/first-screen.tsx';
import { viewFromUrl } from './sw-protocol.ts';

const root = document.getElementById('app') as HTMLElement;
// Until the app has loaded, a recording writes with raw IndexedDB into Dexie's database.
const session = createCaptureSession(idbNoteStore());
// A tap the page's own first listener saw while this module loaded: its recording goes on here.
const early = takeEarlyTap();
if (early) session.adopt(early);
// The page holds the first screen's DOM already (index.html): it is kept, patched where it differs.
render(<FirstScreen session={session} month={viewFromUrl(window.location.search) !== null} />, root);
// The home-screen shortcut "Nouvelle dépense" opens /?action=record: straight into recording —
// unless another site's page opened it: then the button waits for the person's tap.
const launch = shortcutLaunch(window.location.search, document.referrer, window.location.origin);
if (launch === 'record') void session.begin();
if (launch === 'offer') session.offer();

// After the first frame: Dexie, the lists, the outbox, sync, the rest of the words… A failed load
// (a flaky link on a first visit) is tried again when the browser is back online.
const loadTheRest = () =>
  import('./shell/whole-app.tsx').then(
    (m) => m.takeOver(root, session),
    () => window.addEventListener('online', loadTheRest, { once: true }),
  );
requestAnimationFrame(() => setTimeout(loadTheRest));
