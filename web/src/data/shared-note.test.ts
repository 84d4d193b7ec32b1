// IndexedDB is the browser's: an in-memory one under Node, with the real Dexie over it.
import 'fake-indexeddb/auto';
import { MAX_AUDIO_BYTES, MAX_STATEMENT_BYTES } from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteAudio, openDb, type VoiceTrackDb } from './db.ts';
import { isDue } from './outbox-machine.ts';
import { readShare, saveShare, shareSource } from './shared-note.ts';
import { MAX_SHARED_IMAGE_BYTES } from './shared-photo.ts';

const form = (entries: [string, string | File][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};
const memo = (bytes = 2000, type = 'audio/mp4', name = 'Mémo vocal.m4a') =>
  new File([new Uint8Array(bytes).fill(7)], name, { type });

describe('what the share sheet sent', () => {
  it.each([
    ['a voice memo', [['audio', memo()]], { audio: 1, text: null, refused: [] }],
    [
      'WhatsApp audio without a type, by its extension',
      [['audio', memo(500, '', 'PTT-2026.opus')]],
      { audio: 1, text: null, refused: [] },
    ],
    [
      'a photo',
      [['audio', memo(500, 'image/jpeg', 'IMG.jpg')]],
      { audio: 0, text: null, refused: ['not_audio'] },
    ],
    [
      'an hour of audio',
      [['audio', memo(MAX_AUDIO_BYTES + 1)]],
      { audio: 0, text: null, refused: ['too_big'] },
    ],
    [
      // Its own message (« Photo refusée : 40 Mo au plus »), not the audio's 25 MB one.
      "a photo over the shared images' limit",
      [['image', memo(MAX_SHARED_IMAGE_BYTES + 1, 'image/jpeg', 'IMG_big.jpg')]],
      { audio: 0, text: null, refused: ['image_too_big'] },
    ],
    [
      'a bank notification',
      [
        ['title', 'Banque'],
        ['text', 'Paiement de 12,50 EUR chez MONOPRIX'],
      ],
      { audio: 0, text: 'Banque Paiement de 12,50 EUR chez MONOPRIX', refused: [] },
    ],
    [
      'text with a control character',
      [['text', '4 € café\u0007']],
      { audio: 0, text: '4 € café', refused: [] },
    ],
    [
      // A message forwarded from a chat app: the name inside its invisible isolate marks.
      'text with a name in isolate marks',
      [['text', '25 € resto avec \u2068Paul\u2069 et \u200FNadia\u200F']],
      { audio: 0, text: '25 € resto avec Paul et Nadia', refused: [] },
    ],
    ['nothing at all', [], { audio: 0, text: null, refused: [] }],
    [
      'a bank statement among the audio files, by its extension',
      [['audio', memo(500, 'application/octet-stream', 'releve.ofx')]],
      { audio: 0, statements: 1, text: null, refused: [] },
    ],
    [
      'a CSV and a CAMT in the statement field, with a caption',
      [
        ['statement', memo(500, 'text/csv', 'export.csv')],
        ['statement', memo(500, '', 'camt053.xml')],
        ['text', 'Relevé de novembre'],
      ],
      { audio: 0, statements: 2, text: 'Relevé de novembre', refused: [] },
    ],
  ] as [
    string,
    [string, string | File][],
    { audio: number; statements?: number; text: string | null; refused: string[] },
  ][])('%s', (_name, entries, expected) => {
    const got = readShare(form(entries));
    expect({
      audio: got.audio.length,
      ...(got.statements.length > 0 ? { statements: got.statements.length } : {}),
      text: got.text,
      refused: got.refused,
    }).toEqual(expected);
  });
});

describe('who submitted a share, as the worker sees the request', () => {
  const APP = 'https://voicetrack.test';
  it.each([
    ['a page of the app', 'navigate', 'document', APP, 'app'],
    ['another site’s form', 'navigate', 'document', 'https://casino.example', 'other_site'],
    ['the same host on another port', 'navigate', 'document', 'https://voicetrack.test:8443', 'other_site'],
    ['a form aimed at a frame', 'navigate', 'iframe', APP, 'other_site'],
    ['a script’s fetch', 'cors', '', APP, 'other_site'],
    ['the share sheet (no origin)', 'navigate', 'document', null, 'unknown'],
    ['a page hiding its origin', 'navigate', 'document', 'null', 'unknown'],
  ] as const)('%s → %s', (_name, mode, destination, origin, expected) => {
    expect(shareSource({ mode, destination, origin }, APP)).toBe(expected);
  });
});

describe('saving a share into the outbox', () => {
  let db: VoiceTrackDb;
  beforeEach(() => {
    db = openDb(`share-${crypto.randomUUID()}`);
  });
  afterEach(() => db.delete());

  it('keeps a shared audio file as a voice note, due at once, its bytes in chunks', async () => {
    expect(
      await saveShare(
        db,
        form([
          ['audio', memo(3000)],
          ['text', 'Message vocal'],
        ]),
        'fr-FR',
      ),
    ).toEqual(['voice']);
    const [note] = await db.notes.toArray();
    expect(note).toMatchObject({ kind: 'voice', mimeType: 'audio/mp4', locale: 'fr-FR', state: 'recorded' });
    expect(note && isDue(note, Date.now())).toBe(true);
    const audio = note ? await noteAudio(db, note) : [];
    expect(audio.map((a) => a.byteLength)).toEqual([3000]);
    expect(await db.notes.count()).toBe(1);
  });

  it('refuses a file that is not audio, and keeps the words shared with it', async () => {
    const outcome = await saveShare(
      db,
      form([
        ['audio', memo(10, 'application/pdf', 'relevé.pdf')],
        ['text', '30 € essence'],
      ]),
      'fr-FR',
    );
    expect(outcome).toEqual(['text', 'not_audio']);
    expect((await db.notes.toArray()).map((n) => [n.kind, n.text])).toEqual([['text', '30 € essence']]);
    expect(await db.chunks.count()).toBe(0);
  });

  it('keeps a share of unknown origin as notes whose expenses wait for confirmation', async () => {
    const confirm = { confirm: true };
    expect(await saveShare(db, form([['audio', memo(100)]]), 'fr-FR', confirm)).toEqual([
      'voice',
      'to_confirm',
    ]);
    expect(await saveShare(db, form([['text', '666 euros casino']]), 'fr-FR', confirm)).toEqual([
      'text',
      'to_confirm',
    ]);
    expect((await db.notes.toArray()).map((n) => [n.kind, n.confirm])).toEqual(
      expect.arrayContaining([
        ['voice', true],
        ['text', true],
      ]),
    );
    expect(await saveShare(db, form([]), 'fr-FR', confirm)).toEqual(['nothing']);
  });

  it('keeps a shared statement for the import, its caption no expense; one of unknown origin waits for the person', async () => {
    const statement = () => memo(1200, 'application/x-ofx', 'releve.ofx');
    expect(
      await saveShare(
        db,
        form([
          ['statement', statement()],
          ['text', '42 € relevé'],
        ]),
        'fr-FR',
      ),
    ).toEqual(['statement']);
    expect(await saveShare(db, form([['statement', statement()]]), 'fr-FR', { confirm: true })).toEqual([
      'statement_to_confirm',
    ]);
    // Both saved within the same millisecond at times: sharedAt ties, so the rows are compared by state.
    const kept = await db.statements.toArray();
    expect(
      kept
        .map((s) => [s.name, s.type, s.state, s.data.byteLength])
        .sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
    ).toEqual([
      ['releve.ofx', 'application/x-ofx', 'to_confirm', 1200],
      ['releve.ofx', 'application/x-ofx', 'waiting', 1200],
    ]);
    expect(await db.notes.count()).toBe(0);
    expect(
      await saveShare(
        db,
        form([['statement', memo(MAX_STATEMENT_BYTES + 1, 'text/csv', 'big.csv')]]),
        'fr-FR',
      ),
    ).toEqual(['statement_too_big']);
    expect(await db.statements.count()).toBe(2);
  });

  it('keeps a shared photo as a receipt waiting to be read, without its EXIF; refuses bytes that are no image', async () => {
    const enc = (t: string) => [...new TextEncoder().encode(t)];
    const exif = enc('Exif\0\0MM GPSLatitude 48.8566');
    const jpeg = new Uint8Array([
      ...[0xff, 0xd8, 0xff, 0xe1, 0, exif.length + 2, ...exif],
      ...[0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, ...enc('picture'), 0xff, 0xd9],
    ]);
    const photo = new File([jpeg], 'IMG_2026.jpg', { type: 'image/jpeg' });
    const pdf = new File([new TextEncoder().encode('%PDF-1.7 not a photo at all')], 'scan.jpg', {
      type: 'image/jpeg',
    });
    const outcome = await saveShare(
      db,
      form([
        ['image', photo],
        ['image', pdf],
        ['title', 'IMG_2026.jpg'],
      ]),
      'fr-FR',
    );
    expect(outcome).toEqual(['receipt', 'not_image']);
    const [note] = await db.notes.toArray();
    // The page reads it with Tesseract when it opens (the worker cannot), then it is due.
    expect(note).toMatchObject({ kind: 'receipt', mimeType: 'image/jpeg', state: 'recording' });
    const [kept] = note ? await noteAudio(db, note) : [];
    const text = new TextDecoder().decode(kept);
    expect(text).toContain('picture');
    expect(text).not.toContain('GPSLatitude');
    expect(await db.notes.count()).toBe(1);
  });

  it('says so when nothing usable came', async () => {
    expect(await saveShare(db, form([]), 'fr-FR')).toEqual(['nothing']);
    expect(await db.notes.count()).toBe(0);
  });
});
