/**
 * A stand-in for the browser's speech recognition (headless Chromium has none that works here),
 * injected with addInitScript before the app's own scripts: `SpeechRecognition` and
 * `webkitSpeechRecognition` as the standard describes them — the attributes on the prototype
 * (lang, continuous, interimResults, processLocally), start(track?) / stop() / abort(),
 * result events with resultIndex and results[i].isFinal / [0].transcript, error and end events
 * through on… handlers and addEventListener alike, and the static available() and install().
 *
 * What it "hears" is scripted per test from the test side (`scriptSpeech`): the words (said as
 * interim results while listening, final ones when stopped), an error to raise, a recognizer that
 * ends early or never ends, what available() answers. It records how it was used in
 * `window.__speech` (every start with its settings and the track it was given, every call).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface SpeechScript {
  /** What it hears; none: it hears nothing (ends with no result). */
  words?: string;
  /** Raised shortly after start, then `end` (as Chrome does). */
  error?: 'not-allowed' | 'network' | 'no-speech' | 'language-not-supported' | 'audio-capture';
  /** stop() and abort() never lead to `end`. */
  neverEnd?: boolean;
  /** `end` comes by itself shortly after the first words, before anyone stops it. */
  endEarly?: boolean;
  /** What available({ processLocally: true }) answers. */
  onDevice?: 'available' | 'downloadable' | 'downloading' | 'unavailable';
}

export interface SpeechStart {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  /** The MediaStreamTrack start() was given: its kind and state then, or null. */
  track: { kind: string; readyState: string } | null;
}

export interface SpeechRecord {
  script: SpeechScript;
  starts: SpeechStart[];
  calls: string[];
  available: { langs: string[]; processLocally: boolean }[];
  installs: string[][];
}

declare global {
  interface Window {
    __speech: SpeechRecord;
  }
}

/** Installs the stand-in in every page of the context, with a first script. */
export async function installFakeSpeech(context: BrowserContext, script: SpeechScript = {}): Promise<void> {
  // Under tsx (pnpm bench), esbuild wraps named classes and functions in a `__name` helper that
  // the page does not have: the page gets one that does nothing.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await context.addInitScript((first: SpeechScript) => {
    const record: SpeechRecord = { script: first, starts: [], calls: [], available: [], installs: [] };
    window.__speech = record;
    const later = (fn: () => void, ms: number) => setTimeout(fn, ms);

    class FakeSpeechRecognition extends EventTarget {
      lang = '';
      continuous = false;
      interimResults = false;
      processLocally = false;
      maxAlternatives = 1;
      onstart: ((e: Event) => void) | null = null;
      onresult: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      onend: ((e: Event) => void) | null = null;
      #running = false;
      #ended = false;
      #timers: ReturnType<typeof setTimeout>[] = [];

      static available(options: { langs: string[]; processLocally: boolean }) {
        record.available.push(options);
        return Promise.resolve(
          options.processLocally ? (record.script.onDevice ?? 'available') : 'available',
        );
      }

      static install(options: { langs: string[] }) {
        record.installs.push(options.langs);
        record.script = { ...record.script, onDevice: 'available' };
        return Promise.resolve(true);
      }

      #emit(type: string, props: Record<string, unknown> = {}) {
        const event = new Event(type);
        for (const [k, v] of Object.entries(props)) Object.defineProperty(event, k, { value: v });
        this.dispatchEvent(event);
        const handler = (this as unknown as Record<string, ((e: Event) => void) | null>)[`on${type}`];
        handler?.call(this, event);
      }

      /** The results list as the browser gives it: every result of the session, the last ones changing. */
      #results(parts: [string, boolean][], from: number) {
        const results = parts.map(([transcript, isFinal]) => {
          const alternative = { transcript, confidence: 0.9 };
          return Object.assign([alternative], { isFinal, item: () => alternative });
        });
        this.#emit('result', {
          resultIndex: from,
          results: Object.assign(results, { item: (i: number) => results[i] }),
        });
      }

      #end() {
        if (this.#ended) return;
        this.#ended = true;
        this.#running = false;
        for (const t of this.#timers) clearTimeout(t);
        this.#emit('end');
      }

      start(track?: MediaStreamTrack) {
        record.calls.push('start');
        if (this.#running) throw new DOMException('recognition has already started', 'InvalidStateError');
        this.#running = true;
        record.starts.push({
          lang: this.lang,
          continuous: this.continuous,
          interimResults: this.interimResults,
          processLocally: this.processLocally,
          track: track ? { kind: track.kind, readyState: track.readyState } : null,
        });
        const { words, error, endEarly } = record.script;
        this.#timers.push(later(() => this.#emit('start'), 5));
        if (error) {
          this.#timers.push(
            later(() => {
              this.#emit('error', { error, message: error });
              this.#end();
            }, 40),
          );
          return;
        }
        if (!words) return;
        const half = words
          .split(' ')
          .slice(0, Math.ceil(words.split(' ').length / 2))
          .join(' ');
        this.#timers.push(later(() => this.#results([[half, false]], 0), 60));
        if (endEarly) this.#timers.push(later(() => this.#end(), 120));
      }

      stop() {
        record.calls.push('stop');
        if (!this.#running || record.script.neverEnd) return;
        const { words } = record.script;
        // The last words become final, then it ends.
        later(() => {
          if (words && !this.#ended) this.#results([[words, true]], 0);
          this.#end();
        }, 20);
      }

      abort() {
        record.calls.push('abort');
        if (record.script.neverEnd) return;
        later(() => this.#end(), 0);
      }
    }

    Object.defineProperty(window, 'SpeechRecognition', { value: FakeSpeechRecognition, configurable: true });
    Object.defineProperty(window, 'webkitSpeechRecognition', {
      value: FakeSpeechRecognition,
      configurable: true,
    });
  }, script);
}

/** Changes what the stand-in hears from the next start on. */
export const scriptSpeech = (page: Page, script: SpeechScript) =>
  page.evaluate((s) => {
    window.__speech.script = s;
  }, script);

/** How the page used the recognizer so far. */
export const speechRecord = (page: Page) => page.evaluate(() => window.__speech);
