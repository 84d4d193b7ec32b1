/**
 * The browser's own speech recognition, listening along while a note records: its words show
 * under the button as they come, and its final words travel with the audio. Never required:
 * where it is missing, refused, fails or ends before the person stops, the recording goes on
 * unchanged and the note waits for Whisper as before. Loaded with the recorder, so kept tiny.
 */

/** Whether recognition can run on this device for a language (SpeechRecognition.available). */
export type OnDevice = 'available' | 'downloadable' | 'downloading' | 'unavailable';

interface ResultEvent {
  resultIndex: number;
  results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
}

interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  onresult: ((event: ResultEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
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
export async function onDevice(lang: string, r = recognizer()): Promise<OnDevice> {
  try {
    return (await r?.available?.({ langs: [lang], processLocally: true })) ?? 'unavailable';
  } catch {
    return 'unavailable';
  }
}

export interface Listening {
  /** Stops listening; the final words once it ended cleanly, or null (failed, ended early, silent). */
  words(graceMs?: number): Promise<string | null>;
  abort(): void;
}

/**
 * Starts listening to `track` (the recorder's own microphone track, where the browser takes one:
 * others ignore the argument and listen to the microphone themselves). null when it cannot start.
 */
export function listen(options: {
  lang: string;
  track?: MediaStreamTrack | undefined;
  /** available() said "available": recognise on the device (offline too), not on the maker's servers. */
  local: boolean;
  onWords?: (text: string) => void;
  recognizer?: Recognizer | null;
}): Listening | null {
  const Recognition = options.recognizer === undefined ? recognizer() : options.recognizer;
  // A recognizer on the maker's servers cannot work offline: the audio alone goes on.
  if (!Recognition || (!options.local && globalThis.navigator?.onLine === false)) return null;
  const heard: { text: string; final: boolean }[] = [];
  let stopping = false;
  let failed = false;
  let ended = (): void => {};
  const end = new Promise<boolean>((resolve) => {
    ended = () => resolve(true);
  });
  try {
    const r = new Recognition();
    r.lang = options.lang;
    r.continuous = true;
    r.interimResults = true;
    if (options.local) r.processLocally = true;
    r.onresult = (e) => {
      for (let i = e.resultIndex; i < e.results.length; i++) {
        const result = e.results[i];
        if (result) heard[i] = { text: result[0]?.transcript ?? '', final: result.isFinal };
      }
      options.onWords?.(joined(heard));
    };
    // not-allowed, network, no-speech, language-not-supported…: no words, the audio goes on.
    r.onerror = () => {
      failed = true;
      ended();
    };
    r.onend = () => {
      // Ended before the person stopped: what it heard is only part of the note.
      if (!stopping) failed = true;
      ended();
    };
    r.start(options.track);
    const halt = (how: 'stop' | 'abort') => {
      stopping = true;
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
        const text = joined(heard.filter((h) => h.final));
        return clean && !failed && text ? text : null;
      },
      abort: () => halt('abort'),
    };
  } catch {
    return null;
  }
}

const joined = (parts: readonly { text: string }[]): string =>
  parts
    .map((p) => p.text.trim())
    .filter(Boolean)
    .join(' ');
