// Notes recorded at the same instant reach the server in the order they were put in the outbox,
// whichever way each came in: typed (Dexie), recorded on the first screen (raw IndexedDB, before
// Dexie has loaded), shared from another app (fake-indexeddb, the server faked at the HTTP
// boundary, the real API client and flush).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../data/api/client.ts';
import { openDb, type VoiceTrackDb } from '../data/db.ts';
import { flushOutbox } from '../data/flush.ts';
import { newNote } from '../data/new-note.ts';
import { enqueueNote, enqueueSharedAudio } from '../data/outbox.ts';
import { idbNoteStore } from './idb-notes.ts';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const NOTE = { locale: 'fr-FR', confirm: false } as const;

let name: string;
let db: VoiceTrackDb;
let n = 0;
beforeEach(() => {
  name = `notes-order-${++n}`;
  db = openDb(name);
});
afterEach(async () => {
  await db.delete();
});

/** A server that answers every note (no expense in it), keeping the order the notes came in. */
function recordingServer() {
  const sent: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const clientId = request.headers.get('content-type')?.includes('json')
      ? ((await request.json()) as { clientId: string }).clientId
      : String((await request.formData()).get('clientId'));
    sent.push(clientId);
    const body = { clientId, status: 'no_expense', transcript: 'x', expenses: [] };
    return new Response(JSON.stringify(body), {
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { sent, api: createApiClient({ baseUrl: 'http://voicetrack.test', fetch }) };
}

describe('notes recorded in the same millisecond', () => {
  it('are sent in the order they were put in the outbox, not their random ids’', async () => {
    const made: string[] = [];
    const firstScreen = idbNoteStore(name);
    for (let i = 0; i < 4; i++) {
      made.push((await enqueueNote(db, { kind: 'text', text: `${i + 1} € de pain`, ...NOTE }, NOW)).id);
      const voice = newNote({ kind: 'voice', mimeType: 'audio/webm', ...NOTE }, NOW);
      await firstScreen.addNote(voice);
      await firstScreen.putChunk({ noteId: voice.id, seq: 0, data: new Uint8Array([1]).buffer });
      await firstScreen.finishNote(voice.id, 1000);
      made.push(voice.id);
      const data = new Uint8Array([2]).buffer;
      made.push((await enqueueSharedAudio(db, { data, mimeType: 'audio/ogg', locale: 'fr-FR' }, NOW)).id);
    }
    expect((await db.notes.toArray()).map((note) => note.seq).sort((a = 0, b = 0) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    const server = recordingServer();
    // One at a time, to see the queue's order: with two, which of a pair reaches fetch first is
    // the event loop's (a voice note reads its audio first).
    await flushOutbox({ db, api: server.api, now: () => NOW.getTime() + 1, concurrency: 1 });
    expect(server.sent).toEqual(made);
  });
});
