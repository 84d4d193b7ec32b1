/**
 * The browser's speech recognition as the app uses it: on unless the person turned it off (kept on
 * this device), and on the device where the browser says it can (asked once per language after
 * the first screen, so a tap never waits for the answer; until it comes, the browser's default).
 */

import { afterLoad } from '../base/after-load.ts';
import { type Listening, listen, type OnDevice, onDevice, recognizer } from './speech.ts';

export interface SpeechControl {
  /** This browser has a speech recognizer at all. */
  readonly present: boolean;
  /** The person lets it listen along (on by default). */
  readonly on: boolean;
  setOn(on: boolean): boolean;
  /** Whether it runs on the device for the app's language; `again`: ask anew (after an install). */
  onDevice(again?: boolean): Promise<OnDevice>;
  /**
   * Downloads the language pack for on-device recognition (from a tap: the browser may ask the
   * person first): true once installed, else why not (`refused`: the browser or the person said
   * no; `offline`: no network; `failed`: the browser could not). Here rather than in the settings'
   * chunk, which would otherwise share speech.ts with the first screen and split the shared
   * modules out of it.
   */
  install(): Promise<true | 'refused' | 'offline' | 'failed'>;
}

const KEY = 'voicetrack.speech';

export function createSpeechControl(locale: () => string) {
  let on = localStorage.getItem(KEY) !== 'off';
  const asked = new Map<string, Promise<OnDevice>>();
  const known = new Map<string, OnDevice>();
  const check = (again = false, lang = locale()): Promise<OnDevice> => {
    let answer = asked.get(lang);
    if (again || !answer) {
      answer = onDevice(lang);
      asked.set(lang, answer);
      void answer.then((a) => known.set(lang, a));
    }
    return answer;
  };
  void afterLoad().then(() => {
    if (on) void check();
  });
  const speech: SpeechControl = {
    present: recognizer() !== null,
    get on() {
      return on;
    },
    setOn(next) {
      on = next;
      localStorage.setItem(KEY, next ? 'on' : 'off');
      return next;
    },
    onDevice: check,
    async install() {
      const done = await recognizer()
        ?.install?.({ langs: [locale()] })
        .catch((error: unknown) =>
          error instanceof Error && error.name === 'NotAllowedError' ? 'refused' : 'failed',
        );
      await check(true);
      if (done === true) return true;
      if (typeof done === 'string')
        return done === 'refused' ? 'refused' : navigator.onLine ? 'failed' : 'offline';
      return navigator.onLine ? 'failed' : 'offline';
    },
  };
  /** What the recorder calls once it has started: recognition fed its track, in the note's language. */
  const listenAlong =
    (lang: string, onWords?: (text: string) => void) =>
    (track: MediaStreamTrack | undefined): Listening | null =>
      listen(lang, track, known.get(lang) === 'available', onWords);
  return { speech, listenAlong };
}
