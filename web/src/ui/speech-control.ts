/**
 * The browser's speech recognition as the app uses it: on unless the person turned it off (kept on
 * this device), on the device where the browser says it can (asked once per language, after the
 * first screen, so a tap never waits for the answer), and its language pack offered for download.
 */
import { type Listening, listen, type OnDevice, onDevice, recognizer } from '../data/speech.ts';
import { afterLoad } from '../sw-bridge.ts';

export interface SpeechControl {
  /** This browser has a speech recognizer at all. */
  readonly present: boolean;
  /** The person lets it listen along (on by default). */
  readonly on: boolean;
  setOn(on: boolean): boolean;
  /** Whether it runs on the device for the app's language. */
  onDevice(): Promise<OnDevice>;
  /** Downloads the language pack for on-device recognition (from a tap); true once installed. */
  install(): Promise<boolean>;
}

const KEY = 'voicetrack.speech';

export function createSpeechControl(locale: () => string) {
  let on = localStorage.getItem(KEY) !== 'off';
  const asked = new Map<string, Promise<OnDevice>>();
  const known = new Map<string, OnDevice>();
  const check = (lang = locale(), again = false): Promise<OnDevice> => {
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
    onDevice: () => check(),
    async install() {
      const lang = locale();
      const done = await recognizer()
        ?.install?.({ langs: [lang] })
        .catch(() => false);
      await check(lang, true);
      return done === true;
    },
  };
  /** What the recorder calls once it has started: recognition fed its track, in the note's language. */
  const listenAlong =
    (lang: string, onWords?: (text: string) => void) =>
    (track: MediaStreamTrack | undefined): Listening | null =>
      listen({ lang, track, local: known.get(lang) === 'available', ...(onWords ? { onWords } : {}) });
  return { speech, listenAlong };
}
