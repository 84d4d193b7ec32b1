/**
 * Records a note with MediaRecorder, writing each chunk to IndexedDB as it arrives (1 s
 * timeslice), so a crash, a reload or a closed tab keeps what was said. The chunks stay the
 * note's audio until the server has it: stopping only marks the note ready for the outbox (no
 * second copy of the audio, and the notes table stays light for the screen that lists it).
 * Part of the first screen: it writes through a NoteStore (the first screen's raw IndexedDB
 * writer, then Dexie once the app has loaded), never through Dexie itself.
 */

import { isStorageFull } from '../base/storage-full.ts';
import type { BrowserSpeech, Chunk, Note } from '../data/db.ts';
import { newNote } from '../data/new-note.ts';
import { type EarlyRecording, MIME_TYPES, startEarlyRecording } from './early-tap.ts';
import type { Listening } from './speech.ts';

export const MAX_RECORDING_MS = 2 * 60_000;

/** The best type this browser records: webm/opus (Chromium, Firefox, Safari 18.4+), else mp4 (older iOS). */
export function pickMimeType(isTypeSupported: (type: string) => boolean): string | undefined {
  return MIME_TYPES.find((t) => isTypeSupported(t));
}

export interface Recording {
  noteId: string;
  startedAt: number;
  /**
   * Stops, saves the note, and resolves with its id once it is safe in the outbox (null: the
   * note itself could not be written, `onNotKept` said so, and nothing was kept).
   */
  stop(): Promise<string | null>;
  /** Throws the audio away (the user cancelled). */
  cancel(): Promise<void>;
}

/**
 * Where a recording's note and chunks go: the same database and stores whichever writes them
 * (idb-notes.ts before the app has loaded, recorded-notes.ts's Dexie after).
 */
export interface NoteStore {
  addNote(note: Note): Promise<void>;
  putChunk(chunk: Chunk): Promise<void>;
  /**
   * Hands a recorded note to the outbox, its chunks being its audio (or drops a note with none:
   * false), with the words the browser heard, when it did.
   */
  finishNote(noteId: string, durationMs?: number, transcript?: string | null): Promise<boolean>;
  /** Forgets a note and its audio. */
  deleteNote(noteId: string): Promise<void>;
}

/** Notes this page is recording now: never "recovered" as interrupted while they record. */
const recordingHere = new Set<string>();
export const notesRecordingHere = (): ReadonlySet<string> => recordingHere;

export interface RecordOptions {
  /** Asked at each write: the writer changes when the app has loaded, mid-recording too. */
  store: () => NoteStore;
  locale: string;
  /** The note's expenses wait for the user to confirm them. */
  confirm?: boolean;
  /** The person's default currency, sent with the note. */
  currency?: string | undefined;
  /** The browser's recognition for this note (none here, off, or listening along), kept with it. */
  recognition?: BrowserSpeech;
  onLevel?: (level: number) => void;
  /** Called when the 2-minute limit stopped the recording by itself. */
  onAutoStop?: (noteId: string) => void;
  /**
   * The microphone and recorder already started (by the page's first listener, early-tap.ts), and
   * when: adopted as they are, their chunks so far written first. Absent: started here.
   */
  early?: { recording: Promise<EarlyRecording>; startedAt: number };
  /**
   * The phone's storage filled up mid-recording: the recording stops by itself, what was
   * written so far is kept (and becomes a note as soon as there is room).
   */
  onStorageFull?: (noteId: string) => void;
  /**
   * The note itself could not be written (no room, no database): the recording, already on
   * screen, stops by itself and nothing of it is kept. Never called once `onStorageFull` was.
   */
  onNotKept?: (error: unknown) => void;
  /**
   * Listens along (the browser's speech recognition), fed the recorder's own track once the
   * recorder has started; its final words, if any, go with the note. Never waited for to start,
   * and at most WORDS_GRACE_MS to stop.
   */
  listen?: (track: MediaStreamTrack | undefined) => Listening | null;
}

export async function startRecording(options: RecordOptions): Promise<Recording> {
  const { store } = options;
  // Nothing runs before getUserMedia: MediaRecorder starts as soon as the microphone is there,
  // its chunks wait in memory while the note is made and written.
  const { stream, recorder, chunks, started } = await (options.early?.recording ?? startEarlyRecording());
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
  };
  // The note is made once the recorder has said it started (its event is not kept waiting behind
  // the note's time zone, id and database write); at most half a second, should it never say so.
  await Promise.race([started, new Promise((resolve) => setTimeout(resolve, 500))]);
  let note: Note;
  try {
    note = newNote(
      {
        kind: 'voice',
        mimeType: recorder.mimeType || pickMimeType((t) => MediaRecorder.isTypeSupported(t)) || 'audio/webm',
        locale: options.locale,
        confirm: options.confirm === true,
        currency: options.currency,
        ...(options.recognition ? { recognition: options.recognition } : {}),
      },
      new Date(options.early?.startedAt ?? Date.now()),
    );
  } catch (error) {
    if (recorder.state !== 'inactive') recorder.stop();
    release();
    throw error;
  }
  const noteId = note.id;
  const startedAt = note.createdAt;

  // Chunks are written one after the other, in order, after the note itself.
  let seq = 0;
  let full = false;
  let finished = false;
  let meter = { stop: () => {} };
  let listening: Listening | null = null;
  let notKept = false;
  const stopped = new Promise<void>((resolve) => {
    recorder.onstop = () => resolve();
  });
  const end = () => {
    meter.stop();
    release();
  };
  const stop = async () => {
    if (!finished) {
      finished = true;
      const durationMs = Date.now() - startedAt;
      // Asked first, so its last words come while the recorder hands over its last chunk.
      const words = listening?.words() ?? Promise.resolve(null);
      if (recorder.state !== 'inactive') recorder.stop();
      await stopped;
      end();
      await writes.catch(() => {});
      const transcript = await words;
      if (notKept) {
        recordingHere.delete(noteId);
        return null;
      }
      try {
        await store().finishNote(noteId, durationMs, transcript);
      } catch (error) {
        // No room even to mark the note: its chunks stay, and it is finished at the next start.
        if (!isStorageFull(error)) throw error;
        if (!full) {
          full = true;
          options.onStorageFull?.(noteId);
        }
      } finally {
        recordingHere.delete(noteId);
      }
    }
    return notKept ? null : noteId;
  };

  const timer = setTimeout(() => {
    void stop().then((id) => id && options.onAutoStop?.(id));
  }, MAX_RECORDING_MS);
  recordingHere.add(noteId);
  // The recording is on screen from here: the note's first write is not waited for (a browser's
  // IndexedDB may take seconds after a recording, WebKit's has taken 30). Should it fail, the
  // recording ends by itself and says so; the chunks below wait behind it and are never written.
  const added = store().addNote(note);
  added.catch((error: unknown) => {
    notKept = true;
    full = true;
    clearTimeout(timer);
    listening?.abort();
    if (!finished) {
      finished = true;
      if (recorder.state !== 'inactive') recorder.stop();
      void stopped.then(() => {
        end();
        recordingHere.delete(noteId);
      });
    }
    options.onNotKept?.(error);
  });
  let writes: Promise<void> = added.catch(() => {});
  const write = (data: Blob) => {
    if (data.size === 0 || full) return;
    const n = seq++;
    writes = writes.then(async () => {
      if (full) return;
      try {
        await store().putChunk({ noteId, seq: n, data: await data.arrayBuffer() });
      } catch (error) {
        if (!isStorageFull(error)) throw error;
        full = true;
        void stop().then(() => options.onStorageFull?.(noteId));
      }
    });
  };
  // The chunks the recorder handed over before the note was made, in order, then each as it comes.
  for (const data of chunks.splice(0)) write(data);
  recorder.ondataavailable = (event) => write(event.data);

  meter = startLevelMeter(stream, options.onLevel);
  try {
    listening = options.listen?.(stream.getAudioTracks()[0]) ?? null;
  } catch {
    // Recognition is a bonus: the recording goes on without it.
  }

  return {
    noteId,
    startedAt,
    stop: () => {
      clearTimeout(timer);
      return stop();
    },
    cancel: async () => {
      clearTimeout(timer);
      finished = true;
      listening?.abort();
      if (recorder.state !== 'inactive') recorder.stop();
      await stopped;
      end();
      await writes;
      await store().deleteNote(noteId);
      recordingHere.delete(noteId);
    },
  };
}

function startLevelMeter(stream: MediaStream, onLevel?: (level: number) => void): { stop(): void } {
  if (!onLevel || typeof AudioContext === 'undefined') return { stop: () => {} };
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let frame = 0;
  const tick = () => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const s of samples) sum += s * s;
    // RMS of speech sits around 0.05–0.3; scale it so a normal voice fills most of the meter.
    onLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return {
    stop: () => {
      cancelAnimationFrame(frame);
      void context.close();
    },
  };
}
