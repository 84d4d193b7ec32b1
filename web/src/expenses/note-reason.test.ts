import { describe, expect, it } from 'vitest';
import type { Note } from '../data/db.ts';
import { newNote } from '../data/new-note.ts';
import { captureScreenEn, captureScreenFr } from '../i18n/capture-screen.ts';
import { reasonOf } from './note-reason.ts';

const waiting = (over: Partial<Note>): Note => ({
  ...newNote({ kind: 'voice', mimeType: 'audio/webm', locale: 'fr-FR', confirm: false }),
  state: 'awaiting_transcription',
  lastError: { code: 'transcription_unavailable', message: 'No transcription provider is configured' },
  ...over,
});

describe('why a voice note no one could read waits', () => {
  it.each([
    ['on', captureScreenFr.noTranscription.on],
    ['off', captureScreenFr.noTranscription.off],
    ['absent', captureScreenFr.noTranscription.absent],
  ] as const)(
    'says what recognition did for this very note (%s when it was recorded)',
    (recognition, said) => {
      expect(reasonOf(captureScreenFr, waiting({ recognition }))).toBe(said);
    },
  );

  it('follows the note, not the setting: two notes recorded either side of a switch say different things', () => {
    const before = waiting({ recognition: 'on' });
    const after = waiting({ recognition: 'off' });
    expect(reasonOf(captureScreenEn, before)).toMatch(/^The browser’s recognition recognised nothing/);
    expect(reasonOf(captureScreenEn, after)).toMatch(/the browser’s recognition is off/);
  });

  it('names only the server’s side for a note that does not say (older notes, shared audio)', () => {
    expect(reasonOf(captureScreenFr, waiting({}))).toBe(captureScreenFr.reasons.transcription_unavailable);
  });

  it('says nothing of recognition once the browser’s words are on the note', () => {
    expect(reasonOf(captureScreenFr, waiting({ recognition: 'on', transcript: 'douze euros' }))).toBe(
      captureScreenFr.reasons.transcription_unavailable,
    );
  });

  it('keeps recognition as the recorder gave it on the new note', () => {
    const input = { kind: 'voice', mimeType: 'audio/webm', locale: 'fr-FR', confirm: false } as const;
    expect(newNote({ ...input, recognition: 'off' }).recognition).toBe('off');
    expect('recognition' in newNote(input)).toBe(false);
  });
});
