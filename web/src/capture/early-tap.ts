/**
 * The record button's first listener: a few hundred bytes that the build writes into index.html as
 * a classic script right after the page's static first screen (inline-first-screen.ts), so the
 * button works while the HTML is still being parsed, before the first screen's module (Preact, the
 * words, the capture session) has been compiled and run. A tap there starts getUserMedia and
 * MediaRecorder at once and keeps the chunks in memory; the capture session adopts that recording
 * when it arrives (`takeEarlyTap`, then `CaptureSession.adopt`): its note, its chunks and how it
 * ends are the same as a recording started by the app. Self-contained: no import (the build
 * compiles this file alone), and no side effect when imported.
 */

/** The static first screen's words an English phone needs before the module runs (i18n/first-screen-words.ts's). */
export interface EarlyWords {
  settings: string;
  tabCapture: string;
  tabMonth: string;
  record: string;
  holdHint: string;
}

/** Where the app keeps the language a person chose (base/prefs.ts's PREF_KEYS.lang). */
export const LANG_KEY = 'voicetrack.lang';

/**
 * i18n/lang.ts's initialLang, repeated because this file imports nothing (early-tap.test.ts keeps
 * the two equal): French unless the browser prefers another language; a choice made wins.
 */
export function earlyLang(saved: string | null, browser: readonly string[]): 'fr' | 'en' {
  if (saved === 'fr' || saved === 'en') return saved;
  const first = browser[0]?.slice(0, 2).toLowerCase();
  return first && first !== 'fr' ? 'en' : 'fr';
}

/**
 * The page's static first screen is in French: on a phone that speaks English, say its words in
 * English at once, so the page never shows French words that the module would change a moment later.
 */
export function speakEarly(words: EarlyWords): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    // Storage refused (a private window): the browser's languages decide.
  }
  if (earlyLang(saved, navigator.languages ?? []) !== 'en') return;
  document.documentElement.lang = 'en';
  const el = (selector: string) => document.querySelector(selector);
  el('#app .gear')?.setAttribute('aria-label', words.settings);
  const tabs = document.querySelectorAll('#app nav.tabs button');
  if (tabs[0]) tabs[0].textContent = words.tabCapture;
  if (tabs[1]) tabs[1].textContent = words.tabMonth;
  el('#app button.record')?.setAttribute('aria-label', words.record);
  const hint = el('#app .capture-status .hint');
  if (hint) hint.textContent = words.holdHint;
}

/** Where the page's inline script leaves its handle for the first screen's module. */
export const EARLY_TAP = 'voicetrack.early-tap';

/** The types a note is recorded in, best first: webm/opus (Chromium, Firefox, Safari 18.4+), else mp4. */
export const MIME_TYPES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
  'audio/ogg;codecs=opus',
];
/** Speech needs no more than 32 kbit/s (Whisper hears 16 kHz mono). */
export const AUDIO_BITS_PER_SECOND = 32_000;
export const AUDIO_CONSTRAINTS: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  channelCount: 1,
};

/** The microphone and the recorder a tap started, and the chunks it has handed over so far. */
export interface EarlyRecording {
  stream: MediaStream;
  recorder: MediaRecorder;
  chunks: Blob[];
  /** Resolves once the recorder's `start` event has been dispatched. */
  started: Promise<void>;
}

/** A tap on the button before the first screen's module ran. */
export interface EarlyTap {
  /** getUserMedia then MediaRecorder, begun on the tap (rejects as getUserMedia does). */
  recording: Promise<EarlyRecording>;
  /** Date.now() at the press, and at its release (0: still held). */
  pressedAt: number;
  releasedAt: number;
  /** Tapped again (or clicked again) to stop before the module was there. */
  stopAsked: boolean;
}

export interface EarlyTapHandle {
  /** Disarms the listeners and hands over the tap, if there was one. */
  take(): EarlyTap | null;
}

/** Starts the microphone and the recorder at once; the chunks wait in memory for the session. */
export function startEarlyRecording(): Promise<EarlyRecording> {
  return navigator.mediaDevices.getUserMedia({ audio: AUDIO_CONSTRAINTS }).then((stream) => {
    try {
      const mimeType = MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
      const recorder = new MediaRecorder(stream, {
        ...(mimeType ? { mimeType } : {}),
        audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
      });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      const started = new Promise<void>((resolve) => {
        recorder.addEventListener('start', () => resolve(), { once: true });
      });
      recorder.start(1000);
      return { stream, recorder, chunks, started };
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      throw error;
    }
  });
}

/** Listens on the static button: a press (or a click with no press before it) starts recording. */
export function armEarlyTap(button: Element): EarlyTapHandle {
  let tap: EarlyTap | null = null;
  let lastUp = 0;
  const start = () => {
    if (tap) tap.stopAsked = true;
    else tap = { recording: startEarlyRecording(), pressedAt: Date.now(), releasedAt: 0, stopAsked: false };
  };
  const down = (event: Event) => {
    if ((event as PointerEvent).button === 0) start();
  };
  const up = () => {
    lastUp = Date.now();
    if (tap && !tap.releasedAt) tap.releasedAt = lastUp;
  };
  // Screen readers, switch access and the keyboard send a click with no pointer events before it.
  const click = () => {
    if (Date.now() - lastUp > 500) start();
  };
  button.addEventListener('pointerdown', down);
  button.addEventListener('pointerup', up);
  button.addEventListener('click', click);
  return {
    take() {
      button.removeEventListener('pointerdown', down);
      button.removeEventListener('pointerup', up);
      button.removeEventListener('click', click);
      return tap;
    },
  };
}

/** The first screen's module: the tap its page's inline script saw, if any (once). */
export function takeEarlyTap(): EarlyTap | null {
  const key = Symbol.for(EARLY_TAP);
  const handle = (globalThis as Record<symbol, EarlyTapHandle | undefined>)[key];
  if (!handle) return null;
  delete (globalThis as Record<symbol, EarlyTapHandle | undefined>)[key];
  return handle.take();
}
