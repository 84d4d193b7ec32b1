/**
 * What the controller does with receipts: a photo into the outbox, read here (its expense shows
 * at once), then sent with what was read; and the photo kept with an expense, to look at or to
 * delete — from the server, or from the outbox while it is not sent yet.
 */
import type { Expense } from '@voicetrack/shared';
import { readReceipt, storeReceipt, warmOcr } from '../capture/receipt/take-receipt.ts';
import type { ApiClient } from '../data/api/client.ts';
import { markLanded, type Note, noteAudio, type VoiceTrackDb } from '../data/db.ts';
import * as outbox from '../data/outbox.ts';
import type { Listed } from '../expenses/provisional.ts';
import type { ReceiptPhoto } from '../expenses/receipt-photo.tsx';
import type { NoteContext } from './outbox-actions.ts';

export interface ReceiptActions {
  /**
   * Keeps the photo of a receipt in the outbox (resolves with its note's id), then reads it here
   * and sends it with what was read; rejects when the photo cannot be read as an image or the
   * storage is full.
   */
  saveReceipt(photo: File): Promise<string>;
  /** The person is about to photograph a ticket: Tesseract starts loading. */
  receiptComing(): void;
  /** The photo kept with this expense, or null when it has none. */
  receiptPhoto(expense: Listed): ReceiptPhoto | null;
  /**
   * Reads the receipts that wait to be read: shared from another app (the worker keeps them
   * unread), or left by a tab closed while reading. Resolves with how many were read.
   */
  resumeReceipts(): Promise<number>;
}

export function receiptActions(parts: {
  db: VoiceTrackDb;
  api: ApiClient;
  noteContext: () => NoteContext;
  noteSaved: (noteId: string) => void;
  /** The household a ticket taken now is a bill of (« Partagé avec [foyer] »), or undefined. */
  sharingWith: () => string | undefined;
}): ReceiptActions {
  const { db, api } = parts;
  // Receipts being read in this page: another call leaves them alone.
  const reading = new Set<string>();
  /** Reads the photo here (its expense shows at once, offline too), then makes the note due. */
  const read = async (note: Note, photo: Blob, size?: { width: number; height: number }) => {
    reading.add(note.id);
    try {
      const text = await readReceipt(photo, size);
      const provisional = text
        ? await import('../expenses/receipt-reading.ts').then((m) => m.receiptReading(db, note, text))
        : null;
      await outbox.finishReceipt(db, note.id, { text, provisional });
      parts.noteSaved(note.id);
    } finally {
      reading.delete(note.id);
    }
  };
  return {
    async saveReceipt(file) {
      const { note, photo, size } = await storeReceipt(db, file, {
        ...parts.noteContext(),
        householdId: parts.sharingWith(),
      });
      void read(note, photo, size);
      return note.id;
    },
    async resumeReceipts() {
      const waiting = (await db.notes.where('state').equals('recording').toArray()).filter(
        (n) => n.kind === 'receipt' && !reading.has(n.id),
      );
      for (const note of waiting) {
        const chunks = await noteAudio(db, note);
        await read(note, new Blob(chunks, { type: note.mimeType ?? 'image/jpeg' }));
      }
      return waiting.length;
    },
    receiptComing() {
      warmOcr();
    },
    receiptPhoto(expense) {
      if (expense.provisional && expense.source === 'receipt') {
        return {
          load: async () => {
            const note = await db.notes.get(expense.clientId);
            const parts = note ? await noteAudio(db, note) : [];
            return parts.length > 0 ? new Blob(parts, { type: note?.mimeType ?? 'image/jpeg' }) : null;
          },
          remove: null,
        };
      }
      if (!expense.photo) return null;
      return {
        load: () => api.receiptPhoto(expense.id),
        remove: async () => {
          const gone = await api.deleteReceiptPhoto(expense.id);
          if (gone) {
            const { photo: _photo, ...kept } = expense as Expense;
            await db.transaction('rw', db.expenses, db.meta, async () => {
              await db.expenses.put(kept);
              await markLanded(db);
            });
          }
          return gone;
        },
      };
    },
  };
}
