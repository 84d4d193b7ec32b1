/** One note to the API: multipart for voice, JSON for text. Never throws: the outcome says. */
import type { CaptureResult, ErrorBody } from '@voicetrack/shared';
import type { Note } from './db.ts';
import type { SendOutcome } from './outbox-machine.ts';

export interface SendOptions {
  baseUrl: string;
  fetch: typeof fetch;
  /**
   * Supabase mode: the bearer header (refreshed first when it is about to expire); null while
   * nobody is signed in, and then nothing is sent: the notes wait for a sign-in.
   */
  headers?: () => Promise<Record<string, string> | null>;
}

const extensionOf = (mime: string) => (mime.includes('mp4') ? 'm4a' : mime.includes('ogg') ? 'ogg' : 'webm');

function bodyOf(note: Note, audio: readonly ArrayBuffer[]): { body: BodyInit; type?: string; path: string } {
  const context = {
    clientId: note.id,
    recordedAt: note.recordedAt,
    timezone: note.timezone,
    locale: note.locale,
  };
  if (note.kind === 'text') {
    return {
      path: '/api/text',
      type: 'application/json',
      body: JSON.stringify({
        text: note.text ?? '',
        ...context,
        ...(note.currency ? { currency: note.currency } : {}),
        ...(note.confirm ? { confirm: true } : {}),
      }),
    };
  }
  const form = new FormData();
  const mime = note.mimeType ?? 'audio/webm';
  form.set('audio', new Blob(audio as ArrayBuffer[], { type: mime }), `note.${extensionOf(mime)}`);
  for (const [k, v] of Object.entries(context)) form.set(k, v);
  if (note.currency) form.set('currency', note.currency);
  if (note.confirm) form.set('confirm', 'true');
  return { path: '/api/voice', body: form };
}

/** `audio`: a voice note's audio parts, in order (see noteAudio); nothing for a typed entry. */
export async function sendNote(
  note: Note,
  options: SendOptions,
  audio: readonly ArrayBuffer[] = [],
): Promise<SendOutcome> {
  const { body, type, path } = bodyOf(note, audio);
  let res: Response;
  try {
    res = await options.fetch(`${options.baseUrl}${path}`, {
      method: 'POST',
      body,
      headers: {
        ...(type ? { 'content-type': type } : {}),
        ...(options.headers ? ((await options.headers()) ?? {}) : {}),
      },
    });
  } catch (error) {
    return { kind: 'network_error', message: error instanceof Error ? error.message : String(error) };
  }
  const retryAfter = Number(res.headers.get('retry-after'));
  let parsed: CaptureResult | ErrorBody | null = null;
  if ((res.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      parsed = (await res.json()) as CaptureResult | ErrorBody;
    } catch {
      // A cut response: no body to read. The note is sent again; the server answers it once.
      return { kind: 'network_error', message: 'the answer was cut off' };
    }
  }
  return {
    kind: 'response',
    status: res.status,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    body: parsed,
  };
}
