/**
 * The recording as both screens see it: the first screen, drawn before the rest of the app has
 * loaded, and the whole app, which then takes over the same DOM. Its state lives here, not in a
 * component, so a recording (or a press) begun on the first screen goes on through the swap; the
 * writer under the recorder changes from the first screen's (raw IndexedDB) to Dexie's when the
 * app arrives. Part of the first screen: no Dexie, no app code.
 */

import { readPrefs } from '../base/prefs.ts';
import { isStorageFull } from '../base/storage-full.ts';
import { localeOf } from '../i18n/lang.ts';
import { type EarlyTap, startEarlyRecording } from './early-tap.ts';
import { type NoteStore, type Recording, startRecording } from './recorder.ts';
import { createSpeechControl } from './speech-control.ts';

/** What a recording that would not start, or stopped by itself, says (a first-screen word). */
export type CaptureMessage = 'storageFull' | 'autoStopped' | 'micMissing' | 'micDenied';

export interface CaptureState {
  recording: Recording | null;
  /** What the browser's recognition hears so far. */
  heard: string;
  message: CaptureMessage | null;
  /** The microphone failed: the typed entry takes the focus once it is on screen. */
  typeInstead: boolean;
  /** Asked for on the first screen before the app was there (a tab, the settings). */
  asked: 'month' | 'settings' | null;
  /** `/?action=record` came from another site's page: the button waits for a tap, saying so. */
  offered: boolean;
}

/** A press longer than this that ends is a release ("hold and release"). */
const HOLD_MS = 450;

export function createCaptureSession(firstStore: NoteStore) {
  let store = firstStore;
  let state: CaptureState = {
    recording: null,
    heard: '',
    message: null,
    typeInstead: false,
    asked: null,
    offered: false,
  };
  const watchers = new Set<(state: CaptureState) => void>();
  const meters = new Set<(level: number) => void>();
  const savers = new Set<(noteId: string) => void>();
  const saved: string[] = [];
  const set = (patch: Partial<CaptureState>) => {
    state = { ...state, ...patch };
    for (const w of watchers) w(state);
  };
  const level = (value: number) => {
    for (const m of meters) m(value);
  };
  const save = (noteId: string) => {
    saved.push(noteId);
    for (const s of savers) s(noteId);
  };
  const { speech, listenAlong } = createSpeechControl(() => localeOf(readPrefs().lang));

  // Starting is guarded; stopping is not: the next note may start while the last one is still
  // being written, so a quick second tap is never swallowed.
  let starting = false;
  let stopping: Recording | null = null;
  const begin = async (early?: EarlyTap) => {
    if (starting || state.recording) return;
    starting = true;
    // The microphone is asked for first: nothing else runs between the tap and getUserMedia.
    const microphone = early
      ? { recording: early.recording, startedAt: early.pressedAt }
      : { recording: startEarlyRecording(), startedAt: Date.now() };
    // Nothing to clear, nothing drawn again while the microphone starts.
    if (state.heard || state.message || state.typeInstead || state.offered)
      set({ heard: '', message: null, typeInstead: false, offered: false });
    const prefs = readPrefs();
    const locale = localeOf(prefs.lang);
    let started: Recording | null = null;
    let over = false;
    // Stopped by itself (the 2-minute limit, a full disk, its note not written at all).
    const ended = (patch: Pick<CaptureState, 'message'> & Partial<CaptureState>) => {
      over = true;
      stopping = started;
      set({ ...patch, ...(started && state.recording === started ? { recording: null } : {}) });
      level(0);
    };
    // Why a recording did not start, or could not keep its note: what the person is told.
    const refused = (error: unknown): Pick<CaptureState, 'message' | 'typeInstead'> => {
      const name = error instanceof DOMException ? error.name : '';
      const full = isStorageFull(error);
      return {
        message: full
          ? 'storageFull'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'micMissing'
            : 'micDenied',
        typeInstead: !full,
      };
    };
    try {
      started = await startRecording({
        early: microphone,
        store: () => store,
        locale,
        confirm: prefs.confirm,
        currency: prefs.currency ?? undefined,
        onLevel: level,
        onAutoStop: (noteId) => {
          save(noteId);
          ended({ message: 'autoStopped' });
        },
        onStorageFull: () => ended({ message: 'storageFull' }),
        onNotKept: (error) => ended(refused(error)),
        // What recognition does for this note goes with it: its card says what happened to it.
        recognition: !speech.present ? 'absent' : speech.on ? 'on' : 'off',
        ...(speech.on ? { listen: listenAlong(locale, (heard) => set({ heard })) } : {}),
      });
      // Ended already (its note refused before this line ran): never shown as recording.
      if (!over) set({ recording: started });
    } catch (error) {
      set(refused(error));
    } finally {
      starting = false;
    }
  };
  const end = async () => {
    const r = state.recording;
    if (!r || stopping === r) return;
    stopping = r;
    set({ recording: null });
    level(0);
    const kept = await r.stop();
    if (kept) save(kept);
  };
  const toggle = () => (state.recording ? end() : begin());

  let pressedAt = 0;
  let startedByPress = false;
  let lastPointerUp = 0;
  return {
    get state() {
      return state;
    },
    subscribe(watcher: (state: CaptureState) => void) {
      watchers.add(watcher);
      return () => void watchers.delete(watcher);
    },
    onLevel(meter: (level: number) => void) {
      meters.add(meter);
      return () => void meters.delete(meter);
    },
    /** Each note the recorder saved in this page, the earlier ones first (replayed to a late listener). */
    onSaved(saver: (noteId: string) => void) {
      for (const id of saved) saver(id);
      savers.add(saver);
      return () => void savers.delete(saver);
    },
    /** The app has loaded: the recorder writes through its Dexie from now on (the same database). */
    useStore(next: NoteStore) {
      store = next;
    },
    speech,
    begin: () => begin(),
    toggle,
    /**
     * A tap the page's first listener saw before this session existed (early-tap.ts): its
     * recording goes on here, and a release after a long press, or a second tap, ends it.
     */
    adopt(tap: EarlyTap) {
      pressedAt = tap.pressedAt;
      startedByPress = true;
      if (tap.releasedAt) lastPointerUp = tap.releasedAt;
      void begin(tap).then(() => {
        if (tap.stopAsked || (tap.releasedAt > 0 && tap.releasedAt - tap.pressedAt >= HOLD_MS)) void end();
      });
    },
    press(button: number) {
      if (button !== 0) return;
      pressedAt = Date.now();
      startedByPress = !state.recording;
      if (!state.recording) void begin();
    },
    release() {
      lastPointerUp = Date.now();
      // The press that started it: a long one is "hold and release", a short one leaves it on.
      // Any other press is the tap that stops it.
      if (!startedByPress || lastPointerUp - pressedAt >= HOLD_MS) void end();
    },
    click() {
      // Screen readers and switch access send a click with no pointer events before it.
      if (Date.now() - lastPointerUp > 500) void toggle();
    },
    ask: (asked: CaptureState['asked']) => set({ asked }),
    offer: () => set({ offered: true }),
    clearMessage: () => set({ message: null }),
    typedFocused: () => set({ typeInstead: false }),
  };
}

export type CaptureSession = ReturnType<typeof createCaptureSession>;
