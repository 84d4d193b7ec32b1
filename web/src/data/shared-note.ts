/**
 * What the share sheet sent (Web Share Target: a form with `audio`, `statement` and `image` files
 * and `title`, `text`, `url`), into the outbox: each audio file a voice note, each bank statement
 * (.ofx, .qfx, .qif, .csv, .xml) for the statement import (shared-statements.ts), each image a
 * receipt (read by the page once it opens: shared-photo.ts), or else the words a text note (an SMS
 * or a bank notification shared as text). A file too big, not audio or not an image is refused by
 * name, and
 * what else came with it is still kept. Runs in the service worker, offline too.
 *
 * Any web page can submit a form to /share, and the worker answers it before the server's
 * cross-site check could: so where the form came from is read first (`shareSource`). Another
 * site's is refused unread; one whose origin is hidden (the phone's share sheet, or a page that
 * hides itself) is kept as a note to confirm, whose expenses count in no total until the person
 * accepts them.
 */
import { MAX_AUDIO_BYTES, MAX_TEXT_LENGTH, stripInvisibleMarks } from '@voicetrack/shared';
import type { VoiceTrackDb } from './db.ts';
import { enqueueNote, enqueueReceipt, enqueueSharedAudio } from './outbox.ts';
import { keptPhoto, MAX_SHARED_IMAGE_BYTES } from './shared-photo.ts';
import { isStatementFile, keepSharedStatement } from './shared-statements.ts';

/** What the page is told (`/?shared=voice,too_big`): what was kept, what was refused. */
export type ShareOutcome =
  | 'voice'
  | 'text'
  | 'receipt'
  | 'too_big'
  | 'image_too_big'
  | 'not_audio'
  | 'not_image'
  | 'nothing'
  | 'to_confirm'
  | 'cross_site'
  | 'statement'
  | 'statement_to_confirm'
  | 'statement_too_big';

/**
 * Who submitted the share, as the worker sees the request (it is not shown `Sec-Fetch-Site`,
 * which the network adds later, but it is shown `Origin`, which a POST always carries):
 * - `app`: a page of this origin;
 * - `other_site`: another origin, or not a top-level navigation (a form aimed at a frame);
 * - `unknown`: no origin, or `null` — the share sheet launching the app, and also a page that
 *   hides its origin (`<meta name="referrer" content="no-referrer">`, a sandboxed frame).
 */
export type ShareSource = 'app' | 'other_site' | 'unknown';

export function shareSource(
  request: { mode: string; destination: string; origin: string | null },
  ownOrigin: string,
): ShareSource {
  if (request.mode !== 'navigate' || request.destination !== 'document') return 'other_site';
  if (request.origin === null || request.origin === 'null') return 'unknown';
  return request.origin === ownOrigin ? 'app' : 'other_site';
}

const AUDIO_EXTENSIONS = /\.(m4a|mp4|aac|ogg|oga|opus|mp3|wav|webm|flac|caf|amr|3gp)$/i;
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export interface SharedItems {
  audio: File[];
  /** Bank statements (shared-statements.ts), from `statement` or among `audio`. */
  statements: File[];
  images: File[];
  text: string | null;
  refused: ('too_big' | 'image_too_big' | 'not_audio' | 'not_image')[];
}

/** Sorts what was shared; pure (no storage), so it is tested as is. */
export function readShare(form: FormData): SharedItems {
  const audio: File[] = [];
  const statements: File[] = [];
  const refused: SharedItems['refused'] = [];
  for (const entry of [...form.getAll('audio'), ...form.getAll('statement')]) {
    if (typeof entry === 'string' || entry.size === 0) continue;
    if (isStatementFile(entry)) {
      statements.push(entry);
      continue;
    }
    const isAudio = entry.type.startsWith('audio/') || (!entry.type && AUDIO_EXTENSIONS.test(entry.name));
    if (!isAudio) refused.push('not_audio');
    else if (entry.size > MAX_AUDIO_BYTES) refused.push('too_big');
    else audio.push(entry);
  }
  const images: File[] = [];
  for (const entry of form.getAll('image')) {
    if (typeof entry === 'string' || entry.size === 0) continue;
    if (!entry.type.startsWith('image/') && entry.type !== '') refused.push('not_image');
    else if (entry.size > MAX_SHARED_IMAGE_BYTES) refused.push('image_too_big');
    else images.push(entry);
  }
  const words: string[] = [];
  for (const name of ['title', 'text', 'url']) {
    const value = form.get(name);
    // The marks a chat app puts around a name (« ⁨Paul⁩ ») are dropped; other controls read as spaces.
    const clean = typeof value === 'string' ? stripInvisibleMarks(value).replace(CONTROLS, ' ').trim() : '';
    if (clean && !words.some((w) => w.includes(clean))) words.push(clean);
  }
  const text = words.join(' ').slice(0, MAX_TEXT_LENGTH).trim();
  return { audio, statements, images, text: text !== '' && text.isWellFormed() ? text : null, refused };
}

/**
 * Saves what was shared; returns what to tell the person. `confirm`: its expenses wait for the
 * person's tap (a share whose origin is unknown).
 */
export async function saveShare(
  db: VoiceTrackDb,
  form: FormData,
  locale: string,
  options: { confirm: boolean } = { confirm: false },
): Promise<ShareOutcome[]> {
  const { audio, statements, images, text, refused } = readShare(form);
  const kept: ShareOutcome[] = [];
  for (const file of statements) kept.push(await keepSharedStatement(db, file, options));
  for (const file of images) {
    const photo = await keptPhoto(file);
    if (!photo) {
      refused.push('not_image');
      continue;
    }
    // Read by the page when it opens (the worker cannot run Tesseract), then sent.
    await enqueueReceipt(db, { ...photo, locale, confirm: options.confirm });
    kept.push('receipt');
  }
  for (const file of audio) {
    await enqueueSharedAudio(db, {
      data: await file.arrayBuffer(),
      mimeType: file.type || 'audio/mp4',
      locale,
      confirm: options.confirm,
    });
    kept.push('voice');
  }
  // Words that come with a file are its caption ("Message vocal", "Relevé", a photo's name), not an expense.
  if (audio.length === 0 && statements.length === 0 && images.length === 0 && text) {
    await enqueueNote(db, { kind: 'text', text, locale, confirm: options.confirm });
    kept.push('text');
  }
  if (kept.some((k) => k === 'voice' || k === 'text' || k === 'receipt') && options.confirm)
    kept.push('to_confirm');
  const outcome = [...new Set<ShareOutcome>([...kept, ...refused])];
  return outcome.length > 0 ? outcome : ['nothing'];
}
