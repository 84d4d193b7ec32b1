/**
 * Records a note with MediaRecorder, writing each chunk to IndexedDB as it arrives (1 s
 * timeslice), so a crash, a reload or a closed tab keeps what was said. The chunks stay the
 * note's audio until the server has it: stopping only marks the note ready for the outbox (no
 * second copy of the audio, and the notes table stays light for the screen that lists it).
 */
import type { VoiceTrackDb } from './db.ts';
import { deleteNote, isStorageFull } from './db.ts';
import { enqueueNote } from './outbox.ts';
import type { Listening } from './speech.ts';

export const MAX_RECORDING_MS = 2 * 60_000;
export const AUDIO_BITS_PER_SECOND = 32_000;

/** The best type this browser records: webm/opus (Chromium, Firefox, Safari 18.4+), else mp4 (older iOS). */
export function pickMimeType(isTypeSupported: (type: string) => boolean): string | undefined {
  return [
    'audio/webm;codecs=opus',
    'audio/webm',
    'audio/mp4;codecs=mp4a.40.2',
    'audio/mp4',
    'audio/ogg;codecs=opus',
  ].find((t) => isTypeSupported(t));
}

export interface Recording {
  noteId: string;
  startedAt: number;
  /** Stops, saves the note, and resolves with its id once it is safe in the outbox. */
  stop(): Promise<string>;
  /** Throws the audio away (the user cancelled). */
  cancel(): Promise<void>;
}

export interface RecordOptions {
  db: VoiceTrackDb;
  locale: string;
  /** The note's expenses wait for the user to confirm them. */
  confirm?: boolean;
  /** The person's default currency, sent with the note. */
  currency?: string | undefined;
  onLevel?: (level: number) => void;
  /** Called when the 2-minute limit stopped the recording by itself. */
  onAutoStop?: (noteId: string) => void;
  /** Resolves when MediaRecorder really started (the bench measures tap → start). */
  onStart?: () => void;
  /**
   * The phone's storage filled up mid-recording: the recording stops by itself, what was
   * written so far is kept (and becomes a note as soon as there is room).
   */
  onStorageFull?: (noteId: string) => void;
  /**
   * Listens along (the browser's speech recognition), fed the recorder's own track once the
   * recorder has started; its final words, if any, go with the note. Never waited for to start,
   * and at most WORDS_GRACE_MS to stop.
   */
  listen?: (track: MediaStreamTrack | undefined) => Listening | null;
}

export async function startRecording(options: RecordOptions): Promise<Recording> {
  const { db } = options;
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: true, noiseSuppression: true, channelCount: 1 },
  });
  const mimeType = pickMimeType((t) => MediaRecorder.isTypeSupported(t));
  // Speech needs no more than 32 kbit/s (Whisper hears 16 kHz mono): a quarter of Chromium's
  // default 128, so a quarter of the bytes to keep on the phone and to send from the metro.
  const recorder = new MediaRecorder(stream, {
    ...(mimeType ? { mimeType } : {}),
    audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
  });
  const startedAt = Date.now();
  const { id: noteId } = await enqueueNote(
    db,
    {
      kind: 'voice',
      mimeType: recorder.mimeType || mimeType || 'audio/webm',
      locale: options.locale,
      confirm: options.confirm === true,
      currency: options.currency,
    },
    new Date(startedAt),
  );

  // Chunks are written one after the other, in order.
  let seq = 0;
  let writes = Promise.resolve();
  let full = false;
  recorder.ondataavailable = (event) => {
    if (event.data.size === 0 || full) return;
    const n = seq++;
    writes = writes.then(async () => {
      if (full) return;
      try {
        await db.chunks.put({ noteId, seq: n, data: await event.data.arrayBuffer() });
      } catch (error) {
        if (!isStorageFull(error)) throw error;
        full = true;
        void stop().then(() => options.onStorageFull?.(noteId));
      }
    });
  };

  const meter = startLevelMeter(stream, options.onLevel);
  const stopped = new Promise<void>((resolve) => {
    recorder.onstop = () => resolve();
  });
  recorder.onstart = () => options.onStart?.();
  recorder.start(1000);
  let listening: Listening | null = null;
  try {
    listening = options.listen?.(stream.getAudioTracks()[0]) ?? null;
  } catch {
    // Recognition is a bonus: the recording goes on without it.
  }

  let finished = false;
  const release = () => {
    meter.stop();
    for (const track of stream.getTracks()) track.stop();
  };
  const stop = async () => {
    if (!finished) {
      finished = true;
      const durationMs = Date.now() - startedAt;
      // Asked first, so its last words come while the recorder hands over its last chunk.
      const words = listening?.words() ?? Promise.resolve(null);
      if (recorder.state !== 'inactive') recorder.stop();
      await stopped;
      release();
      await writes.catch(() => {});
      const transcript = await words;
      try {
        await finishNote(db, noteId, durationMs, transcript);
      } catch (error) {
        // No room even to mark the note: its chunks stay, and it is finished at the next start.
        if (!isStorageFull(error)) throw error;
        if (!full) {
          full = true;
          options.onStorageFull?.(noteId);
        }
      }
    }
    return noteId;
  };
  const timer = setTimeout(() => {
    void stop().then((id) => options.onAutoStop?.(id));
  }, MAX_RECORDING_MS);
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
      release();
      await writes;
      await deleteNote(db, noteId);
    },
  };
}

/**
 * Hands a recorded note to the outbox, its chunks being its audio (or drops a note with none),
 * with the words the browser heard, when it did.
 */
export async function finishNote(
  db: VoiceTrackDb,
  noteId: string,
  durationMs?: number,
  transcript?: string | null,
): Promise<boolean> {
  return db.transaction('rw', db.notes, db.chunks, async () => {
    // Empty chunks are never written: no chunk, no sound.
    const chunks = await db.chunks.where('noteId').equals(noteId).count();
    if (chunks === 0) {
      await db.notes.delete(noteId);
      return false;
    }
    await db.notes.update(noteId, {
      state: 'recorded',
      // A recovered note's duration is estimated from the chunks: one per second.
      durationMs: durationMs ?? chunks * 1000,
      nextAttemptAt: 0,
      ...(transcript ? { transcript } : {}),
    });
    return true;
  });
}

/** Notes left "recording" by a closed tab or a crash become notes with what was said. */
export async function recoverInterruptedRecordings(db: VoiceTrackDb, activeNoteId?: string): Promise<number> {
  const interrupted = await db.notes.where('state').equals('recording').toArray();
  let recovered = 0;
  for (const note of interrupted) {
    if (note.id === activeNoteId) continue;
    if (await finishNote(db, note.id)) recovered++;
  }
  return recovered;
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
