import type { Note } from '../data/db.ts';
import type { Strings } from '../i18n/index.ts';

/**
 * Why a note waits or was refused, in the person's language when the code is known. A voice note
 * the server cannot transcribe says exactly why nothing read it (no key on the server, and the
 * browser's recognition absent, off, or with nothing recognised when this note was recorded: kept
 * with the note) and what to do: waiting cannot help. A note that does not say (an older one,
 * shared audio) names the server's side only.
 */
export function reasonOf(t: Pick<Strings, 'reasons' | 'noTranscription'>, note: Note): string | null {
  const error = note.lastError;
  if (!error) return null;
  const shown =
    note.state === 'awaiting_transcription' || note.state === 'failed' || error.code === 'network';
  if (!shown) return null;
  if (
    error.code === 'transcription_unavailable' &&
    note.kind === 'voice' &&
    !note.transcript &&
    note.recognition
  )
    return t.noTranscription[note.recognition];
  return t.reasons[error.code] ?? error.message;
}
