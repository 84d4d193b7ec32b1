/**
 * The phone's own database (IndexedDB through Dexie): the outbox of notes, the audio chunks of
 * a recording in progress, and a copy of the expenses so the list shows offline; `meta` holds
 * the device token and the words the person taught the parser (for reading notes offline);
 * `statements` the bank statements shared to the app until they are imported. Audio is kept
 * as ArrayBuffer plus its type, not as Blob: Safari has failed to store Blobs in IndexedDB.
 */
import type {
  CaptureResult,
  Category,
  CsvPreview,
  Expense,
  ExpenseEdits,
  Provenance,
} from '@voicetrack/shared';
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { NoteProgress } from './outbox-machine.ts';
import { DB_NAME, SCHEMA } from './schema.ts';

/**
 * A note's expenses as the page read them before the server answered, kept on the note: the
 * list shows them as unsent rows (expenses/provisional.ts), a change to one waits here until the
 * answer (data/provisional-outbox.ts replays it on the server's row).
 */
export interface ProvisionalExpense {
  amount: string | null;
  currency: string;
  category: Category;
  description: string;
  date: string;
  status: Expense['status'];
  reviewReason: string | null;
  reimbursable?: boolean;
  /** Where each field came from, as the parser said; a field the person changed is theirs (provisional-change.ts). */
  provenance?: Provenance;
  /** A household's bill read on the phone: who paid and each member's cents, as the server will split it. */
  householdId?: string;
  paidBy?: string;
  split?: Array<{ memberId: string; cents: number }>;
}

/** A change made to an unsent row: replayed on the server's row at its position once it answers. */
export interface EarlyChange {
  position: number;
  /** The fields changed, a bill's payer and shares too (an accept sends the amount unchanged); absent for a delete. */
  patch?: ExpenseEdits;
  /** When the person made it, with offset. */
  at: string;
}

export interface Provisional {
  /** By position in the note; null: deleted before the note was sent. */
  expenses: (ProvisionalExpense | null)[];
  changes: EarlyChange[];
}

/** The browser's own recognition: none here, switched off, or listening along. */
export type BrowserSpeech = 'absent' | 'off' | 'on';

export interface Note extends NoteProgress {
  /** The clientId: the server's idempotency key for this note. */
  id: string;
  payloadVersion: number;
  /** A receipt: its photo is the note's one chunk (a JPEG the page drew), `text` what OCR read on it. */
  kind: 'voice' | 'text' | 'receipt';
  /** ISO 8601 with the phone's offset, e.g. 2026-11-24T12:30:00.000+01:00. */
  recordedAt: string;
  timezone: string;
  locale: string;
  currency?: string;
  /** « Partagé avec [foyer] » was on: the note's expenses are this household's bills. */
  householdId?: string;
  /** "Confirmer avant d'enregistrer" was on: its expenses wait for the user's tap. */
  confirm?: boolean;
  /** "Enregistrer comme dépense": money the words say moved is read as an expense. */
  asExpense?: boolean;
  mimeType?: string;
  /**
   * Only on notes saved by versions before the audio stayed in `chunks`; new notes keep null
   * here and their audio in `chunks` (see noteAudio).
   */
  audio?: ArrayBuffer | null;
  durationMs?: number;
  text?: string;
  /** A voice note's words as the browser heard them, when it did (shown on the card, offered to type). */
  transcript?: string;
  /**
   * The browser's recognition while this note was recorded: none in this browser, switched off,
   * or listening along (`on`: with no `transcript`, it recognised nothing). What the card says of
   * a note nothing could read follows it, not the setting at display time. Absent on notes older
   * than this field and on shared audio.
   */
  recognition?: BrowserSpeech;
  /** Its expenses as the page read its words, shown until the server answers (expenses/provisional.ts). */
  provisional?: Provisional;
  /**
   * The person deleted it (its card, or its last row) once it may already have reached the server
   * (discard.ts): shown nowhere from then on, it is sent again if it must be, and its
   * answer's rows are deleted, never shown (flush.ts); a refusal forgets it. `at`: when, with offset.
   */
  discarded?: { at: string };
  result?: CaptureResult | null;
  createdAt: number;
  /**
   * Its place in the order notes were put in this phone's outbox (the next after the last, in the
   * same transaction: addNoteInOrder, and the first screen's writer alike): notes recorded at the
   * same instant are sent in this order. Absent on notes queued before it, which come first.
   */
  seq?: number;
}

/** An edit or a delete made on the phone, queued like a note until the server has it. */
export interface Op extends NoteProgress {
  /** The operation's own id: replaying it is harmless (edits carry their time, deletes are idempotent). */
  id: string;
  kind: 'edit' | 'delete';
  expenseId: string;
  patch?: ExpenseEdits;
  /**
   * When the person made the change, on this phone's clock, with offset: last writer wins per
   * field on the server, which reads it on its own clock by the phone's at sending (`sentAt`).
   */
  editedAt: string;
  /** The expense as it was, to put back on undo. */
  before: Expense;
  /** A delete of a row of a note the person deleted whole before its answer: its undo takes back all of them. */
  ofDiscardedNote?: true;
  createdAt: number;
  /**
   * Its place in the order the changes were made on this phone (expense-changes.ts gives each
   * the next one): changes are sent in this order, since two made in the same millisecond tie on
   * `createdAt`, and a replayed early change carries the server's clock. Absent on changes queued
   * by versions before it, which come first.
   */
  seq?: number;
}

export interface Chunk {
  noteId: string;
  seq: number;
  data: ArrayBuffer;
}

/** A bank statement shared to the app, until the server has imported it (shared-statements.ts). */
export interface SharedStatement {
  id: string;
  name: string;
  type: string;
  data: ArrayBuffer;
  sharedAt: number;
  /**
   * `to_confirm`: shared by a page whose origin is unknown, sent only once the person says so;
   * `waiting`: sent at the next flush; `mapping`: the server asked which column is which;
   * `refused`: the server could not read it (`message` says why).
   */
  state: 'to_confirm' | 'waiting' | 'mapping' | 'refused';
  preview?: CsvPreview;
  /** A refusal's code (its words on the page) and the server's message (shown when the page has none). */
  code?: string;
  message?: string;
}

export interface Meta {
  key: string;
  value: unknown;
}

export type VoiceTrackDb = Dexie & {
  statements: EntityTable<SharedStatement, 'id'>;
  notes: EntityTable<Note, 'id'>;
  chunks: Table<Chunk, [string, number]>;
  expenses: EntityTable<Expense, 'id'>;
  ops: EntityTable<Op, 'id'>;
  meta: EntityTable<Meta, 'key'>;
};

/**
 * The database, its versions declared in schema.ts (which the first screen's writer, idb-notes.ts,
 * creates alike when it runs first on a new phone).
 */
export function openDb(name = DB_NAME): VoiceTrackDb {
  const db = new Dexie(name) as VoiceTrackDb;
  for (const [i, stores] of SCHEMA.entries()) db.version(i + 1).stores(stores);
  return db;
}

/** `meta`'s count of the server's answers written into the copy of the expenses (markLanded). */
const LANDED = 'landed';

/**
 * Inside a transaction that holds `meta` and writes the server's answer into the copy (a note's
 * rows, an edit, a delete, a photo removed): one more. A reading of the list started before it
 * is older than what it wrote, and must not overwrite it (refresh-expenses.ts). Kept in the
 * database, not in memory: the service worker's flushes land in the same copy.
 */
export async function markLanded(db: VoiceTrackDb): Promise<void> {
  await db.meta.put({ key: LANDED, value: (await landedCount(db)) + 1 });
}

/** How many answers have landed in the copy so far (see markLanded). */
export async function landedCount(db: VoiceTrackDb): Promise<number> {
  const value = (await db.meta.get(LANDED))?.value;
  return typeof value === 'number' ? value : 0;
}

/** A note's audio (or a receipt's photo), in order: its chunks (or, for an older note, the audio it carries). */
export async function noteAudio(db: VoiceTrackDb, note: Note): Promise<ArrayBuffer[]> {
  if (note.audio) return [note.audio];
  const chunks = await db.chunks.where('noteId').equals(note.id).sortBy('seq');
  return chunks.map((c) => c.data);
}

/**
 * Puts a note in the outbox after every note put there before it (its `seq`, read from the index
 * in the same transaction, so two tabs or the worker never give the same one); rejects when the
 * storage is full. Inside a caller's transaction that holds `notes`, it joins it.
 */
export async function addNoteInOrder(db: VoiceTrackDb, note: Note): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const last = await db.notes.orderBy('seq').last();
    const placed = { ...note, seq: (last?.seq ?? 0) + 1 };
    await db.notes.add(placed);
    return placed;
  });
}

/** Forgets a note and its audio. */
export async function deleteNote(db: VoiceTrackDb, id: string): Promise<void> {
  await db.transaction('rw', db.notes, db.chunks, async () => {
    await db.chunks.where('noteId').equals(id).delete();
    await db.notes.delete(id);
  });
}

/** Forgets everything this device holds of the user: notes, their audio, changes, the copy of the expenses, shared statements. */
export async function clearLocalData(db: VoiceTrackDb): Promise<void> {
  await db.transaction('rw', [db.notes, db.chunks, db.ops, db.expenses, db.statements], async () => {
    await Promise.all([
      db.notes.clear(),
      db.chunks.clear(),
      db.ops.clear(),
      db.expenses.clear(),
      db.statements.clear(),
    ]);
  });
}
