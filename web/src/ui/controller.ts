/**
 * What the screen can ask for, wired to the outbox, the recorder, sync and the worker. Kept out
 * of the components so they only render.
 */
import type { Expense, FieldValues } from '@voicetrack/shared';
import { type Note, openDb, PAYLOAD_VERSION, type VoiceTrackDb } from '../data/db.ts';
import { deleteExpense, editExpense, UNDO_MS } from '../data/edit-expense.ts';
import { flushOutbox } from '../data/flush.ts';
import { type Recording, recoverInterruptedRecordings, startRecording } from '../data/recorder.ts';
import { refreshExpenses, type SyncHandle, startSync } from '../data/sync.ts';
import { currentTimeZone, isoWithOffset } from '../data/time.ts';
import { initialLang, type Lang, localeOf } from '../i18n.ts';
import { registerServiceWorker, type SwBridge } from '../sw-bridge.ts';

export type StartResult = { ok: true; recording: Recording } | { ok: false; reason: 'denied' | 'missing' };

export interface Controller {
  db: VoiceTrackDb;
  lang: Lang;
  setLang(lang: Lang): Lang;
  startRecording(onLevel: (level: number) => void, onAutoStop: () => void): Promise<StartResult>;
  noteSaved(): void;
  saveTyped(text: string): Promise<void>;
  retry(id: string): Promise<void>;
  /** Fixes fields of an expense now, and queues the change for the server. */
  edit(expense: Expense, patch: FieldValues): Promise<void>;
  /** Deletes now; resolves with the undo (until the delete is sent). */
  remove(expense: Expense): Promise<() => Promise<boolean>>;
  discard(id: string): Promise<void>;
  onUpdateReady(listener: () => void): () => void;
  applyUpdate(): void;
}

const BASE = '';

export function createController(): Controller {
  const db = openDb();
  let lang = initialLang(localStorage.getItem('voicetrack.lang'), navigator.languages ?? []);
  const updateListeners = new Set<() => void>();
  let updateReady = false;
  const bridge: SwBridge | null = registerServiceWorker(() => {
    updateReady = true;
    for (const l of updateListeners) l();
  });

  const refresh = () => void refreshExpenses(db, BASE);
  const sync: SyncHandle = startSync(
    db,
    () => flushOutbox({ db, baseUrl: BASE, fetch: (...a) => fetch(...a) }),
    refresh,
  );
  void recoverInterruptedRecordings(db).then((n) => n > 0 && sync.kick());
  refresh();
  window.addEventListener('online', refresh);
  listenForChanges(refresh);

  let askedPersist = false;
  const noteSaved = () => {
    // Ask once that the browser never evicts the notes under storage pressure.
    if (!askedPersist) {
      askedPersist = true;
      void navigator.storage?.persist?.();
    }
    void bridge?.requestBackgroundSync();
    sync.kick();
  };

  return {
    db,
    get lang() {
      return lang;
    },
    setLang(next) {
      lang = next;
      localStorage.setItem('voicetrack.lang', next);
      return next;
    },
    async startRecording(onLevel, onAutoStop) {
      try {
        const recording = await startRecording({
          db,
          locale: localeOf(lang),
          onLevel,
          onAutoStop: () => {
            noteSaved();
            onAutoStop();
          },
        });
        return { ok: true, recording };
      } catch (error) {
        const name = error instanceof DOMException ? error.name : '';
        return {
          ok: false,
          reason: name === 'NotFoundError' || name === 'OverconstrainedError' ? 'missing' : 'denied',
        };
      }
    },
    noteSaved() {
      noteSaved();
    },
    async saveTyped(text) {
      const note: Note = {
        id: crypto.randomUUID(),
        payloadVersion: PAYLOAD_VERSION,
        kind: 'text',
        text,
        recordedAt: isoWithOffset(new Date()),
        timezone: currentTimeZone(),
        locale: localeOf(lang),
        state: 'recorded',
        attempts: 0,
        nextAttemptAt: 0,
        lastError: null,
        createdAt: Date.now(),
      };
      await db.notes.add(note);
      noteSaved();
    },
    async edit(expense, patch) {
      await editExpense(db, expense, patch);
      sync.kick();
    },
    async remove(expense) {
      const takeBack = await deleteExpense(db, expense);
      // The delete is due once the undo window closes.
      setTimeout(() => sync.kick(), UNDO_MS + 100);
      return takeBack;
    },
    async retry(id) {
      await db.notes.update(id, { state: 'recorded', nextAttemptAt: 0, lastError: null });
      sync.kick();
    },
    async discard(id) {
      await db.notes.delete(id);
    },
    onUpdateReady(listener) {
      updateListeners.add(listener);
      if (updateReady) listener();
      return () => updateListeners.delete(listener);
    },
    applyUpdate() {
      bridge?.applyUpdate();
    },
  };
}

/**
 * Local mode: the server pushes changes made from other devices (SSE); refresh on each.
 * Opened after `load`: an open stream would keep the page loading, and workbox-window registers
 * the service worker only once the page has loaded.
 */
function listenForChanges(onChange: () => void): void {
  if (typeof EventSource === 'undefined') return;
  const open = () => new EventSource(`${BASE}/api/events`).addEventListener('expense', onChange);
  if (document.readyState === 'complete') open();
  else window.addEventListener('load', open, { once: true });
}
