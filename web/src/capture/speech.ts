/**
 * The browser's own speech recognition, listening along while a note records: its words show
 * under the button as they come, and its final words travel with the audio. Never required:
 * where it is missing, refused, fails or ends before the person stops, the recording goes on
 * unchanged and the note waits for Whisper as before. Loaded with the recorder, so kept tiny.
 */
import { MAX_TEXT_LENGTH } from '@voicetrack/shared';

/** Whether recognition can run on this device for a language (SpeechRecognition.available). */
export type OnDevice = 'available' | 'downloadable' | 'downloading' | 'unavailable';

interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  onresult:
    | ((event: {
        resultIndex: number;
        results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
      }) => void)
    | null;
  onerror: (() => void) | null;
  onend: (() => void) | null;
  start(track?: MediaStreamTrack): void;
  stop(): void;
  abort(): void;
}

/** SpeechRecognition (or webkitSpeechRecognition), with its newer static methods where it has them. */
export interface Recognizer {
  new (): Recognition;
  available?(options: { langs: string[]; processLocally: boolean }): Promise<OnDevice>;
  install?(options: { langs: string[] }): Promise<boolean>;
}

/** How long stopping waits for the last words; a recognizer that never ends gives none. */
export const WORDS_GRACE_MS = 2500;

export const recognizer = (): Recognizer | null => {
  const w = globalThis as { SpeechRecognition?: Recognizer; webkitSpeechRecognition?: Recognizer };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
};

/** Whether it runs on the device for `lang`: "unavailable" too where the browser cannot say. */
export const onDevice = (lang: string, r = recognizer()): Promise<OnDevice> =>
  Promise.resolve()
    .then(() => r?.available?.({ langs: [lang], processLocally: true }))
    .then(
      (a) => a ?? 'unavailable',
      () => 'unavailable',
    );

export interface Listening {
  /** Stops listening; the final words once it ended cleanly, or null (failed, ended early, silent). */
  words(graceMs?: number): Promise<string | null>;
  abort(): void;
}

/**
 * Starts listening to `track` (the recorder's own microphone track, where the browser takes one:
 * others ignore the argument and listen to the microphone themselves). `local`: available() said
 * "available", so it recognises on the device (offline too), not on the maker's servers. null
 * when it cannot start.
 */
export function listen(
  lang: string,
  track: MediaStreamTrack | undefined,
  local: boolean,
  onWords?: (text: string) => void,
  Recognition = recognizer(),
): Listening | null {
  // On the maker's servers it cannot work offline: the audio alone goes on.
  if (!Recognition || (!local && globalThis.navigator?.onLine === false)) return null;
  const heard: { text: string; final: boolean }[] = [];
  // listening → stopping (asked to) → failed (an error, or an end nobody asked for).
  let state: 'listening' | 'stopping' | 'failed' = 'listening';
  let ended = (): void => {};
  const end = new Promise<true>((resolve) => {
    ended = () => resolve(true);
  });
  try {
    const r = new Recognition();
    r.lang = lang;
    r.continuous = true;
    r.interimResults = true;
    if (local) r.processLocally = true;
    r.onresult = (e) => {
      for (let i = e.resultIndex; i < e.results.length; i++) {
        const result = e.results[i];
        if (result) heard[i] = { text: result[0]?.transcript ?? '', final: result.isFinal };
      }
      onWords?.(joined(heard));
    };
    // not-allowed, network, no-speech, language-not-supported…: no words, the audio goes on.
    r.onerror = () => {
      state = 'failed';
      ended();
    };
    r.onend = () => {
      // Ended before the person stopped: what it heard is only part of the note.
      if (state === 'listening') state = 'failed';
      ended();
    };
    r.start(track);
    const halt = (how: 'stop' | 'abort') => {
      if (state === 'listening') state = 'stopping';
      try {
        r[how]();
      } catch {
        // Already ended.
      }
    };
    return {
      async words(graceMs = WORDS_GRACE_MS) {
        halt('stop');
        const clean = await Promise.race([end, new Promise<false>((r) => setTimeout(r, graceMs, false))]);
        if (!clean) halt('abort');
        const text = sendable(joined(heard.filter((h) => h.final)));
        return clean && state === 'stopping' && text ? text : null;
      },
      abort: () => halt('abort'),
    };
  } catch {
    return null;
  }
}

/**
 * The words as the server takes them (/api/text's rule): control and direction characters become
 * spaces; too long (a note of several minutes) or malformed, none are sent rather than a refusal.
 */
const sendable = (text: string): string | null => {
  const clean = text.replace(/[\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
  return clean.length <= MAX_TEXT_LENGTH && clean.isWellFormed() ? clean : null;
};

const joined = (parts: readonly { text: string }[]): string =>
  parts
    .map((p) => p.text.trim())
    .filter(Boolean)
    .join(' ');
