/**
 * What the screen can ask for (controller-api.ts), wired to the outbox, the recorder, sync and the
 * worker. Kept out of the components so they only render.
 */
import type { Expense } from '@voicetrack/shared';
import type { Auth } from '../auth/supabase-auth.ts';
import { afterLoad } from '../base/after-load.ts';
import { sharingWith, writeKept } from '../base/household-memory.ts';
import { currencyOfLocale } from '../base/locale-currency.ts';
import { PREF_KEYS, readPrefs } from '../base/prefs.ts';
import type { CaptureSession } from '../capture/capture-session.ts';
import { dexieNoteStore, recoverInterruptedRecordings } from '../capture/recorded-notes.ts';
import { notesRecordingHere } from '../capture/recorder.ts';
import { API_BASE, SUPABASE } from '../config.ts';
import { createApiClient } from '../data/api/client.ts';
import { clearLocalData, openDb } from '../data/db.ts';
import { deviceHeaders, readDeviceToken } from '../data/device-token.ts';
import { flushOutbox } from '../data/flush.ts';
import * as outbox from '../data/outbox.ts';
import { notePairingFrom } from '../data/pairing-state.ts';
import { refreshExpenses } from '../data/refresh-expenses.ts';
import type { ChangeRefusal } from '../data/refused-change.ts';
import { sendSharedStatements, statementsWaiting } from '../data/shared-statements.ts';
import { coalesced, listenForServerChanges, type SyncHandle, startSync } from '../data/sync.ts';
import { takeUntold } from '../data/untold.ts';
import { rowChanges } from '../expenses/row-changes.ts';
import { localeOf } from '../i18n/index.ts';
import type { Controller } from './controller-api.ts';
import { householdWiring } from './household-wiring.ts';
import { type NoteContext, outboxActions } from './outbox-actions.ts';
import { receiptActions } from './receipt-actions.ts';
import { registerServiceWorker, type SwBridge } from './sw-bridge.ts';

export function createController(capture: CaptureSession): Controller {
  const db = openDb();
  // From now on the recorder writes through Dexie (the same database), so the screens see its notes.
  capture.useStore(dexieNoteStore(db, sharingWith));
  let { lang, confirm: confirmFirst, currency } = readPrefs();
  // The first run: the phone locale's currency, kept from then on (no key yet; "" is the server's).
  if (localStorage.getItem(PREF_KEYS.currency) === null) {
    currency = currencyOfLocale(navigator.languages?.[0] ?? navigator.language);
    localStorage.setItem(PREF_KEYS.currency, currency ?? '');
  }
  const updateListeners = new Set<() => void>();
  let openView = (_month: string | undefined) => {};
  const lostListeners = new Set<(expense: Expense, fields: string[], refused?: ChangeRefusal) => void>();
  const editLost = (expense: Expense, fields: string[], refused?: ChangeRefusal) => {
    for (const l of lostListeners) l(expense, fields, refused);
  };
  let updateReady = false;
  const bridge: SwBridge | null = registerServiceWorker({
    onUpdateReady: () => {
      updateReady = true;
      for (const l of updateListeners) l();
    },
    onFlushed: () => refresh(),
    onEditLost: editLost,
    onOpenView: (_view, month) => openView(month),
  });

  // Supabase mode: supabase-js is loaded once the capture screen is up, never before it.
  const project = SUPABASE;
  const auth: Promise<Auth> | null = project
    ? afterLoad().then(async () => {
        const { createAuth } = await import('../auth/supabase-auth.ts');
        return createAuth({ ...project, db, onSignedIn: () => void signedIn() });
      })
    : null;
  const api = createApiClient({
    baseUrl: API_BASE,
    // Local mode: this phone's device token once paired (a server with PAIRING=off needs none).
    headers: auth ? async () => (await auth).headers() : () => deviceHeaders(db),
  });

  const households = householdWiring(db, api);
  // One refresh at a time, and one more after it at most: a burst of changes (50 notes flushed,
  // each announced by the server) costs two list fetches, not fifty.
  const refresh = coalesced(async () => {
    if (!(await api.ready())) return;
    // Opened by a pairing link: the list is read with the token it brings (read before, it would
    // be refused, and the phone said not paired while it is pairing).
    await arrival.catch(() => null);
    // The households first (who is in each), then their bills with the personal list.
    const householdIds = await households.refresh();
    // Supabase mode: Realtime brings these households' bills too (joined, left: another channel).
    if (auth) void auth.then((a) => a.watchHouseholds(householdIds));
    await refreshExpenses(db, api, householdIds);
    // The taught words too, for reading notes offline (after the first screen: not needed to capture).
    void afterLoad()
      .then(() => import('../data/learned-cache.ts'))
      .then((m) => m.refreshLearned(db, api))
      .catch(() => false);
  });
  // Opened by a pairing link or a share: handled by a module loaded only then.
  const arrival = /pair=|shared=/.test(location.hash + location.search)
    ? import('../doors/arrival.ts').then((m) => m.arrive({ db, api, onPaired: () => void signedIn() }))
    : Promise.resolve(null);
  // The outbox waits for a pairing link to be done: a note sent before the token it brings, and
  // refused (401) once it was there, would wait five minutes « En attente de connexion » on a
  // phone that says it is paired.
  const sync: SyncHandle = startSync(
    db,
    async () => {
      await arrival.catch(() => null);
      // Notes the first screen finished before the app: their household first.
      await households.stamped();
      return flushOutbox({
        db,
        api,
        onEditLost: editLost,
        // A statement shared to the app: its sender (and the statements' schemas) loads only then.
        statements: async (db) =>
          (await statementsWaiting(db))
            ? sendSharedStatements(db, (await import('../data/api/statements.ts')).statementsApi(api.routes))
            : 0,
      });
    },
    refresh,
  );
  // Notes and changes held while nobody was signed in go at once.
  const signedIn = async () => {
    await outbox.releaseForSignIn(db);
    sync.kick();
    refresh();
  };
  // Not the notes recording now: a recording begun on the first screen goes on.
  void recoverInterruptedRecordings(db, notesRecordingHere()).then((n) => n > 0 && sync.kick());
  refresh();
  window.addEventListener('online', refresh);
  // Deletes made elsewhere: Supabase Realtime does not filter DELETE events by RLS, so they are
  // not subscribed to; the list is read again whenever the app comes back into view instead.
  window.addEventListener('focus', refresh);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && refresh());
  // A change heard from elsewhere may be a repayment (Realtime's or the stream's `settlement`): the
  // household's « Qui doit quoi » is read again at once, not only on the way back to the app.
  if (auth)
    void auth.then((a) =>
      a.onRemoteChange(() => {
        refresh();
        households.news();
      }),
    );
  // Local mode: the server's event stream, opened after `load` (an open stream would keep the page
  // loading, and workbox-window registers the service worker only once the page has loaded).
  else
    void afterLoad().then(() =>
      listenForServerChanges(
        api,
        refresh,
        async () => (await readDeviceToken(db)) !== null,
        () => households.news(),
        // A revoked phone's ticket refused: said at once, as a refused note or list read is.
        (answer) => notePairingFrom(db, answer),
      ),
    );

  // What every new note carries: the language, "confirm first", the default currency.
  const noteContext = (): NoteContext => ({
    locale: localeOf(lang),
    confirm: confirmFirst,
    ...(currency ? { currency } : {}),
  });

  const notes = outboxActions({
    db,
    households,
    bridge,
    kick: () => sync.kick(),
    prefs: () => ({ lang, currency, confirmFirst }),
    noteContext,
  });
  const { noteSaved } = notes;
  // Every recorded note, those the first screen saved before the app was there first.
  capture.onSaved(noteSaved);
  const actionsForReceipts = receiptActions({
    db,
    api,
    noteContext,
    noteSaved,
    sharingWith: households.sharingWith,
  });
  // Receipts shared from another app (kept unread by the worker) or left half-read: read them now.
  void actionsForReceipts.resumeReceipts();

  return {
    db,
    get lang() {
      return lang;
    },
    setLang(next) {
      lang = next;
      localStorage.setItem(PREF_KEYS.lang, next);
      return next;
    },
    capture,
    speech: capture.speech,
    ...notes,
    ...actionsForReceipts,
    get currency() {
      return currency;
    },
    setCurrency(next) {
      currency = next;
      // "": the server's, chosen (no key at all is the first run, which takes the locale's).
      localStorage.setItem(PREF_KEYS.currency, next ?? '');
      return next;
    },
    get confirmFirst() {
      return confirmFirst;
    },
    setConfirmFirst(on) {
      confirmFirst = on;
      localStorage.setItem(PREF_KEYS.confirm, on ? 'on' : 'off');
      return on;
    },
    ...rowChanges(db, () => sync.kick()),
    onEditLost(listener) {
      lostListeners.add(listener);
      // Told by the worker's flush while no page was open: said now, once.
      void takeUntold(db)
        .then((untold) => {
          for (const u of untold) listener(u.expense, u.fields, u.refused);
        })
        .catch(() => undefined);
      return () => lostListeners.delete(listener);
    },
    onUpdateReady(listener) {
      updateListeners.add(listener);
      if (updateReady) listener();
      return () => updateListeners.delete(listener);
    },
    onOpenView(listener) {
      openView = listener;
    },
    applyUpdate() {
      bridge?.applyUpdate();
    },
    auth,
    api,
    async signOut() {
      // This device stops getting the person's budget alerts, and forgets their budgets and rules.
      await import('../money/money-sign-out.ts')
        .then((m) => m.forgetMoneyOnThisDevice(db, api))
        .catch(() => undefined);
      await clearLocalData(db);
      // The person's households (their members' names) and « Partagé avec » go with them.
      writeKept({ households: [], chosen: null });
      if (auth) await (await auth).signOut();
    },
    arrival,
    paired: () => void signedIn(),
    refresh: () => refresh(),
    accountName: async () => (auth ? (await auth).accountName() : null),
    onHouseholdNews: (listener) => households.onNews(listener),
  };
}
