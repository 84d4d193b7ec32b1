/**
 * The first screen's writer: a recording's note and chunks written with raw IndexedDB, before
 * Dexie (and the rest of the app) has loaded, into the very database Dexie uses — same name,
 * version (Dexie's version N is IndexedDB's N × 10) and stores (schema.ts). On a new phone it
 * creates the database exactly as Dexie would, so Dexie opens it later with no migration; a
 * note recorded here is as safe as any other: its chunks are in IndexedDB from the first second,
 * and the outbox sends it once it has loaded.
 */
import type { Chunk, Note } from '../data/db.ts';
import { DB_NAME, IDB_VERSION, storesOf } from '../data/schema.ts';
import type { NoteStore } from './recorder.ts';

/** Creates the declared stores and indexes the database lacks: all of them on a new phone. */
function upgrade(db: IDBDatabase, tx: IDBTransaction): void {
  for (const spec of storesOf()) {
    const store = db.objectStoreNames.contains(spec.name)
      ? tx.objectStore(spec.name)
      : db.createObjectStore(
          spec.name,
          spec.keyPath === null
            ? { autoIncrement: spec.autoIncrement }
            : { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement },
        );
    for (const index of spec.indexes)
      if (!store.indexNames.contains(index.name))
        store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
  }
}

function open(factory: IDBFactory, name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version ? factory.open(name, version) : factory.open(name);
    req.onupgradeneeded = () => upgrade(req.result, req.transaction as IDBTransaction);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function idbNoteStore(name = DB_NAME, factory: IDBFactory = indexedDB): NoteStore {
  let connection: Promise<IDBDatabase> | null = null;
  const db = () => {
    connection ??= open(factory, name, IDB_VERSION)
      // A newer version of the app already upgraded it: open it as it is, as Dexie does.
      .catch((error: unknown) =>
        (error as Error | null)?.name === 'VersionError' ? open(factory, name) : Promise.reject(error),
      )
      .then((opened) => {
        // Another version of the app needs to upgrade the database: let it, reopen when needed.
        opened.onversionchange = () => {
          opened.close();
          connection = null;
        };
        opened.onclose = () => {
          connection = null;
        };
        return opened;
      });
    connection.catch(() => {
      connection = null;
    });
    return connection;
  };
  /** Runs `work` in one transaction; resolves with what it set once committed (a full disk rejects here). */
  const run = async <T>(stores: string[], work: (tx: IDBTransaction, done: (value: T) => void) => void) => {
    const tx = (await db()).transaction(stores, 'readwrite');
    let result: T;
    work(tx, (value) => {
      result = value;
    });
    return new Promise<T>((resolve, reject) => {
      tx.oncomplete = () => resolve(result);
      tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
    });
  };
  return {
    // After every note put in the outbox before it (its `seq`, as addNoteInOrder gives it in db.ts).
    addNote: (note: Note) =>
      run<void>(['notes'], (tx) => {
        const notes = tx.objectStore('notes');
        // A database some other version left without the index: the note is kept all the same.
        if (!notes.indexNames.contains('seq')) return void notes.add(note);
        const last = notes.index('seq').openCursor(null, 'prev');
        last.onsuccess = () => {
          const seq = (last.result?.value as Note | undefined)?.seq ?? 0;
          notes.add({ ...note, seq: seq + 1 });
        };
      }),
    putChunk: (chunk: Chunk) => run<void>(['chunks'], (tx) => tx.objectStore('chunks').put(chunk)),
    finishNote: (noteId, durationMs, transcript) =>
      run<boolean>(['notes', 'chunks'], (tx, done) => {
        const notes = tx.objectStore('notes');
        // Empty chunks are never written: no chunk, no sound, no note.
        const count = tx.objectStore('chunks').index('noteId').count(noteId);
        count.onsuccess = () => {
          const chunks = count.result;
          done(chunks > 0);
          if (chunks === 0) return void notes.delete(noteId);
          const read = notes.get(noteId);
          read.onsuccess = () => {
            const note = read.result as Note | undefined;
            if (!note) return;
            notes.put({
              ...note,
              state: 'recorded',
              durationMs: durationMs ?? chunks * 1000,
              nextAttemptAt: 0,
              ...(transcript ? { transcript } : {}),
            });
          };
        };
      }),
    deleteNote: (noteId) =>
      run<void>(['notes', 'chunks'], (tx) => {
        tx.objectStore('chunks').delete(IDBKeyRange.bound([noteId, -Infinity], [noteId, Infinity]));
        tx.objectStore('notes').delete(noteId);
      }),
  };
}
