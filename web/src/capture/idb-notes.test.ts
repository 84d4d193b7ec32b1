// The first screen's raw IndexedDB writer against the real Dexie, both over fake-indexeddb: the
// database it creates on a new phone is Dexie's own, and a note it wrote is sent by the outbox.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../data/api/client.ts';
import { type Note, openDb } from '../data/db.ts';
import { flushOutbox } from '../data/flush.ts';
import { newNote } from '../data/new-note.ts';
import { IDB_VERSION, SCHEMA } from '../data/schema.ts';
import { idbNoteStore } from './idb-notes.ts';

let n = 0;
const names: string[] = [];
const fresh = () => {
  const name = `idb-notes-${++n}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** The database as IndexedDB itself describes it: its version, each store's key and indexes. */
async function describeDb(name: string) {
  const db = await request(indexedDB.open(name));
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  const stores = names.map((store) => {
    const s = tx.objectStore(store);
    return {
      store,
      keyPath: s.keyPath,
      autoIncrement: s.autoIncrement,
      indexes: [...s.indexNames].sort().map((index) => {
        const i = s.index(index);
        return { index, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry };
      }),
    };
  });
  const version = db.version;
  db.close();
  return { version, stores };
}

const voiceNote = (): Note =>
  newNote({ kind: 'voice', mimeType: 'audio/webm', locale: 'fr-FR', confirm: false }, new Date());

/** Records a note as the first screen does: the note, two chunks, then the end of the recording. */
async function recordOnFirstScreen(name: string, transcript: string | null = null) {
  const store = idbNoteStore(name);
  const note = voiceNote();
  await store.addNote(note);
  await store.putChunk({ noteId: note.id, seq: 0, data: new Uint8Array([1, 2, 3]).buffer });
  await store.putChunk({ noteId: note.id, seq: 1, data: new Uint8Array([4, 5]).buffer });
  await store.finishNote(note.id, 1800, transcript);
  return note;
}

describe('the first screen’s writer on a new phone', () => {
  it('creates exactly the database Dexie creates: version, stores, keys and indexes', async () => {
    const byDexie = fresh();
    const dexie = openDb(byDexie);
    await dexie.open();
    dexie.close();
    const byWriter = fresh();
    await idbNoteStore(byWriter).addNote(voiceNote());

    const expected = await describeDb(byDexie);
    expect(expected.version).toBe(IDB_VERSION);
    expect(expected.stores.map((s) => s.store)).toEqual([
      'chunks',
      'expenses',
      'meta',
      'notes',
      'ops',
      'statements',
    ]);
    expect(await describeDb(byWriter)).toEqual(expected);
  });

  it('leaves Dexie nothing to migrate: it opens at the same version and reads the note', async () => {
    const name = fresh();
    const note = await recordOnFirstScreen(name, 'douze euros');
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA.length);
    expect(await db.notes.get(note.id)).toMatchObject({
      state: 'recorded',
      durationMs: 1800,
      transcript: 'douze euros',
      nextAttemptAt: 0,
    });
    expect(await db.chunks.where('noteId').equals(note.id).count()).toBe(2);
    db.close();
    // A patched schema would have moved the database to the next native version.
    expect((await describeDb(name)).version).toBe(IDB_VERSION);
  });

  it('gives the outbox a note it sends once, with its audio, then drops the audio', async () => {
    const name = fresh();
    const note = await recordOnFirstScreen(name);
    const sent: { clientId: FormDataEntryValue | null; audio: number }[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const form = await new Request(input, init).formData();
      const audio = form.get('audio') as File;
      sent.push({ clientId: form.get('clientId'), audio: audio.size });
      const body = { clientId: note.id, status: 'no_expense', transcript: 'blah', expenses: [] };
      return new Response(JSON.stringify(body), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    };
    const db = openDb(name);
    const api = createApiClient({ baseUrl: 'http://voicetrack.test', fetch });
    await flushOutbox({ db, api });
    await flushOutbox({ db, api });
    expect(sent).toEqual([{ clientId: note.id, audio: 5 }]);
    expect((await db.notes.get(note.id))?.state).toBe('done');
    expect(await db.chunks.count()).toBe(0);
    db.close();
  });
});

describe('the first screen’s writer on a phone that already has the database', () => {
  it('adds what a version-1 database lacks, as Dexie’s upgrade would, and keeps its notes', async () => {
    const name = fresh();
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA[0] ?? {});
    await old.table('notes').add({ ...voiceNote(), state: 'recorded' });
    old.close();

    await recordOnFirstScreen(name);
    const byDexie = fresh();
    const reference = openDb(byDexie);
    await reference.open();
    reference.close();
    expect((await describeDb(name)).stores).toEqual((await describeDb(byDexie)).stores);
    const db = openDb(name);
    expect(await db.notes.count()).toBe(2);
    db.close();
  });

  it('writes into a database a newer version of the app has upgraded, and lets it upgrade again', async () => {
    const name = fresh();
    const newer = new Dexie(name);
    for (const [i, stores] of [...SCHEMA, { labels: 'id' }].entries()) newer.version(i + 1).stores(stores);
    await newer.open();
    newer.close();

    const store = idbNoteStore(name);
    const first = voiceNote();
    await store.addNote(first);
    // Another tab upgrades while the writer's connection is open: the writer steps aside.
    const next = new Dexie(name);
    for (const [i, stores] of [...SCHEMA, { labels: 'id' }, { tags: 'id' }].entries())
      next.version(i + 1).stores(stores);
    await next.open();
    expect(next.verno).toBe(SCHEMA.length + 2);
    const second = voiceNote();
    await store.addNote(second);
    expect(await next.table('notes').count()).toBe(2);
    next.close();
  });
});
