/**
 * What the controller does with the notes in the outbox: a note saved (recorded or typed) is
 * stamped with its household, shown at once as read on the phone and sent; a refused one is sent
 * again, typed by hand, typed again as a new note, played back or forgotten.
 */
import { noteAudio, type ProvisionalExpense, type VoiceTrackDb } from '../data/db.ts';
import { discard } from '../data/discard.ts';
import * as outbox from '../data/outbox.ts';
import { type Lang, localeOf } from '../i18n/index.ts';
import type { HouseholdWiring } from './household-wiring.ts';
import type { SwBridge } from './sw-bridge.ts';

export interface OutboxActions {
  /**
   * A voice note is safe in the outbox: asks once that the browser keep the storage, sends (now
   * from the page, and through the worker's Background Sync where there is one), and shows its
   * expenses as read from the browser's words meanwhile.
   */
  noteSaved(noteId: string): void;
  /** The typed words read as the note they would become (the parser loads on the field's first use). */
  previewTyped(text: string): Promise<ProvisionalExpense[]>;
  /** Saves a typed expense in the outbox (resolves with its note's id); rejects when the storage is full. */
  saveTyped(text: string): Promise<string>;
  /** Sends a refused note again. */
  retry(id: string): Promise<void>;
  /** A voice note typed by hand, sent as a text note with the same clientId; false once answered. */
  typeInstead(id: string, text: string): Promise<boolean>;
  /** Words with no expense typed again: a new note (resolves with its id), the old card gone. */
  /** `asExpense`: "Enregistrer comme dépense" on money that moved (a new note read as an expense). */
  retype(id: string, text: string, asExpense?: boolean): Promise<string>;
  /** A note's recorded audio, to play back; null when it has none left. */
  noteAudio(id: string): Promise<Blob | null>;
  /** Forgets a note and its audio (kept for its answer when it may be on the server); resolves with the undo. */
  discard(id: string): Promise<() => Promise<boolean>>;
}

/** What every new note carries: the language, "confirm first", the default currency. */
export type NoteContext = { locale: string; confirm: boolean; currency?: string };

export function outboxActions(parts: {
  db: VoiceTrackDb;
  households: Pick<HouseholdWiring, 'stamp' | 'stamped' | 'sharingWith'>;
  bridge: SwBridge | null;
  /** Sends what is due now. */
  kick: () => void;
  /** The preferences of the moment (the settings change them). */
  prefs: () => { lang: Lang; currency: string | null; confirmFirst: boolean };
  noteContext: () => NoteContext;
}): OutboxActions {
  const { db, households, noteContext } = parts;
  let askedPersist = false;
  const noteSaved = (noteId: string) => {
    households.stamp(noteId);
    // Its expenses as read on the phone, shown until the server answers (parser loaded lazily).
    void households
      .stamped()
      .then(() => import('../expenses/provisional-reading.ts'))
      .then((m) => m.showUnsent(db, noteId))
      .catch(() => false);
    // Ask once that the browser never evicts the notes under storage pressure.
    if (!askedPersist) {
      askedPersist = true;
      void navigator.storage?.persist?.();
    }
    void parts.bridge?.requestBackgroundSync();
    parts.kick();
  };
  return {
    noteSaved,
    previewTyped: (text) => {
      const { lang, currency, confirmFirst } = parts.prefs();
      return import('../expenses/provisional-reading.ts').then((m) =>
        m.previewTyped(db, {
          text,
          locale: localeOf(lang),
          currency,
          confirm: confirmFirst,
          householdId: households.sharingWith(),
        }),
      );
    },
    async saveTyped(text) {
      const householdId = households.sharingWith();
      const note = await outbox.enqueueNote(db, { kind: 'text', text, ...noteContext(), householdId });
      noteSaved(note.id);
      return note.id;
    },
    async retry(id) {
      await outbox.retry(db, id);
      parts.kick();
    },
    discard: (id) => discard(db, id),
    async typeInstead(id, text) {
      const typed = await outbox.typeInstead(db, id, text);
      if (typed) noteSaved(id);
      return typed;
    },
    async retype(id, text, asExpense) {
      const note = await outbox.retype(db, id, {
        text,
        ...noteContext(),
        ...(asExpense ? { asExpense } : {}),
      });
      noteSaved(note.id);
      return note.id;
    },
    async noteAudio(id) {
      const note = await db.notes.get(id);
      const parts = note ? await noteAudio(db, note) : [];
      return parts.length > 0 ? new Blob(parts, { type: note?.mimeType ?? 'audio/webm' }) : null;
    },
  };
}
