import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api/client.ts';
import { openDb, type VoiceTrackDb } from './db.ts';
import { flushOutbox } from './flush.ts';
import { enqueueNote, enqueueSharedAudio, releaseForSignIn } from './outbox.ts';
import { notePairingFrom, pairingNeedOf, readPairingNeed } from './pairing-state.ts';
import { listenForServerChanges } from './sync.ts';

describe('pairingNeedOf', () => {
  it.each([
    [401, 'missing_token', 'needed'],
    [401, 'invalid_token', 'revoked'],
    // A stream ticket that expired, a refused sign-in elsewhere, or any other refusal: nothing about pairing.
    [401, 'token_expired', null],
    [403, 'invalid_token', null],
    [503, 'transcription_unavailable', null],
  ] as const)('reads a %d %s as %s', (status, code, need) => {
    expect(pairingNeedOf({ status, code })).toBe(need);
  });
});

/** A server that answers every request with `status` and `code` (or a saved note when 201). */
function server(status: number, code = '') {
  const fetch = async () =>
    status === 201
      ? new Response(
          JSON.stringify({
            clientId: '3f1c2a64-5b7e-4d2a-9c1e-8a7b6c5d4e3f',
            status: 'saved',
            transcript: '4 € café',
            expenses: [],
          }),
          { status, headers: { 'content-type': 'application/json' } },
        )
      : new Response(JSON.stringify({ error: { code, message: 'refused' } }), {
          status,
          headers: { 'content-type': 'application/json' },
        });
  return createApiClient({ baseUrl: 'http://voicetrack.test', fetch });
}

describe('a phone refused while sending', () => {
  let db: VoiceTrackDb;
  let n = 0;
  beforeEach(() => {
    db = openDb(`pairing-state-${++n}`);
  });
  afterEach(async () => {
    await db.delete();
  });
  const typed = () =>
    enqueueNote(db, { kind: 'text', text: '4 € café', locale: 'fr-FR', confirm: false }, new Date());

  it('remembers it was revoked from the refused note itself, and keeps the note', async () => {
    const note = await typed();
    await flushOutbox({ db, api: server(401, 'invalid_token') });
    expect(await readPairingNeed(db)).toBe('revoked');
    expect((await db.notes.get(note.id))?.state).not.toBe('done');
  });

  it('remembers a phone never paired the same way, and forgets either once a note goes through', async () => {
    await typed();
    await flushOutbox({ db, api: server(401, 'missing_token') });
    expect(await readPairingNeed(db)).toBe('needed');
    await db.notes.toCollection().modify({ nextAttemptAt: 0, state: 'recorded' });
    await flushOutbox({ db, api: server(201) });
    expect(await readPairingNeed(db)).toBeNull();
  });
});

describe('a voice note refused as not allowed (403) or at a host not answered yet (421)', () => {
  let db: VoiceTrackDb;
  let n = 0;
  beforeEach(() => {
    db = openDb(`pairing-wait-${++n}`);
  });
  afterEach(async () => {
    await db.delete();
  });
  const said = () =>
    enqueueSharedAudio(db, {
      data: new Uint8Array(4096).fill(7).buffer,
      mimeType: 'audio/webm',
      locale: 'fr-FR',
    });

  it.each([
    [403, 'insufficient_scope'],
    [403, 'forbidden'],
  ])(
    'after a %d %s waits for the pairing, its audio kept, and is sent once paired again',
    async (status, code) => {
      const note = await said();
      await flushOutbox({ db, api: server(status, code) });
      expect(await db.notes.get(note.id)).toMatchObject({
        state: 'waiting_for_sign_in',
        lastError: { code },
      });
      expect(await db.chunks.where('noteId').equals(note.id).count()).toBeGreaterThan(0);
      // Paired again (controller.ts's signedIn): due at once, and this time it goes through.
      await releaseForSignIn(db);
      await flushOutbox({ db, api: server(201) });
      expect((await db.notes.get(note.id))?.state).toBe('done');
    },
  );

  it('after a 421 unknown_host waits and is asked again, its audio kept', async () => {
    const note = await said();
    await flushOutbox({ db, api: server(421, 'unknown_host') });
    const waiting = await db.notes.get(note.id);
    expect(waiting).toMatchObject({ state: 'waiting', lastError: { code: 'unknown_host' } });
    expect(await db.chunks.where('noteId').equals(note.id).count()).toBeGreaterThan(0);
    await flushOutbox({ db, api: server(201), now: () => (waiting?.nextAttemptAt ?? 0) + 1 });
    expect((await db.notes.get(note.id))?.state).toBe('done');
  });
});

/** The browser's EventSource as the stream sees it (Node has none): it keeps the URLs it opened. */
class StandInEventSource {
  static readonly CLOSED = 2;
  static opened: string[] = [];
  readonly readyState = 0;
  constructor(url: string) {
    StandInEventSource.opened.push(url);
  }
  addEventListener(): void {}
  close(): void {}
}

describe("a phone whose change stream's ticket is refused", () => {
  let db: VoiceTrackDb;
  beforeEach(() => {
    db = openDb('pairing-state-stream');
    StandInEventSource.opened = [];
    vi.stubGlobal('EventSource', StandInEventSource);
    // The stream is opened again when the network or the app comes back (their events).
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await db.delete();
  });
  const listen = (api: ReturnType<typeof createApiClient>) =>
    listenForServerChanges(
      api,
      () => {},
      async () => true,
      () => {},
      (answer) => notePairingFrom(db, answer),
    );

  it('remembers it was revoked, as a refused note does, and forgets it once a ticket is given', async () => {
    const stop = listen(server(401, 'invalid_token'));
    await vi.waitFor(async () => expect(await readPairingNeed(db)).toBe('revoked'));
    expect(StandInEventSource.opened).toEqual([]);
    stop();
    // Paired again: the server gives a ticket, the stream opens with it.
    const ticket = async () =>
      new Response(JSON.stringify({ ticket: 't-1', expiresAt: '2026-12-03T20:00:00.000Z' }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    const again = listen(createApiClient({ baseUrl: 'http://voicetrack.test', fetch: ticket }));
    await vi.waitFor(() => expect(StandInEventSource.opened).toHaveLength(1));
    expect(StandInEventSource.opened[0]).toContain('ticket=t-1');
    expect(await readPairingNeed(db)).toBeNull();
    again();
  });
});
