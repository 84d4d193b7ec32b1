/**
 * The capture use case's outcomes, on a real store (PGlite in memory) with transcribers that are
 * working fakes of the port: a note captured once, and each refusal, after which the same note
 * goes through when it is sent again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOCAL_OWNER,
  ProviderRejectedInputError,
  ProviderUnavailableError,
  type Store,
  type Transcriber,
} from '../ports.ts';
import { openStore } from '../store/open-store.ts';
import { type CaptureDeps, type CaptureRequest, processCapture } from './process-capture.ts';

let store: Store;
// PGlite's first open (WebAssembly, the migrations) takes seconds on a busy machine.
beforeAll(async () => {
  ({ store } = await openStore({}));
}, 120_000);
afterAll(() => store?.close());

const deps = (transcriber: Transcriber | null, waitMs = 0): CaptureDeps => ({
  captures: store.captures,
  usage: store.usage,
  learning: store.learning,
  transcriber,
  parser: null,
  leaseSeconds: 60,
  waitMs,
  defaultCurrency: 'EUR',
});

const hearing = (words: string): Transcriber => ({
  name: 'test:words',
  transcribeAudio: async () => ({ text: words }),
});
const failing = (error: Error): Transcriber => ({
  name: 'test:failing',
  transcribeAudio: async () => {
    throw error;
  },
});

const note = (input: CaptureRequest['input']): CaptureRequest => ({
  clientId: crypto.randomUUID(),
  recordedAt: '2026-11-24T12:30:00+01:00',
  timezone: 'Europe/Paris',
  locale: 'fr-FR',
  input,
});
const voice = (browserWords?: string): CaptureRequest['input'] => ({
  kind: 'voice',
  audio: { bytes: new Uint8Array(16), mimeType: 'audio/webm', fileName: 'note.webm' },
  ...(browserWords ? { browserWords } : {}),
});

describe('processCapture', () => {
  it('captures a typed note once: a second send answers what was stored', async () => {
    const request = note({ kind: 'text', text: 'douze euros cinquante au resto' });
    const first = await processCapture(deps(null), LOCAL_OWNER, request);
    expect(first).toMatchObject({ kind: 'captured', created: true, result: { status: 'saved' } });
    const again = await processCapture(deps(null), LOCAL_OWNER, request);
    expect(again).toMatchObject({ kind: 'captured', created: false });
    if (first.kind !== 'captured' || again.kind !== 'captured') return;
    expect(again.result.expenses.map((e) => e.id)).toEqual(first.result.expenses.map((e) => e.id));
  });

  it('refuses a voice note with no transcriber and no browser words, until a transcriber hears it', async () => {
    const request = note(voice());
    expect(await processCapture(deps(null), LOCAL_OWNER, request)).toEqual({
      kind: 'refused',
      code: 'transcription_unavailable',
      message: expect.stringMatching(/No transcription provider/),
      retryAfterSeconds: 300,
    });
    const heard = await processCapture(deps(hearing('cinq euros de café')), LOCAL_OWNER, request);
    expect(heard).toMatchObject({
      kind: 'captured',
      created: true,
      result: { transcript: 'cinq euros de café' },
    });
  });

  it('refuses while the provider is down, then captures the same note once it is back', async () => {
    const request = note(voice());
    const down = new ProviderUnavailableError('groq', 'down', 42);
    expect(await processCapture(deps(failing(down)), LOCAL_OWNER, request)).toEqual({
      kind: 'refused',
      code: 'provider_unavailable',
      message: 'The groq provider is unavailable: keep the note and retry.',
      retryAfterSeconds: 42,
    });
    const back = await processCapture(deps(hearing('trois euros de pain')), LOCAL_OWNER, request);
    expect(back).toMatchObject({
      kind: 'captured',
      created: true,
      result: { transcript: 'trois euros de pain' },
    });
  });

  it('refuses audio the provider cannot read, with no wait to suggest', async () => {
    const unreadable = new ProviderRejectedInputError('groq', 'could not decode');
    expect(await processCapture(deps(failing(unreadable)), LOCAL_OWNER, note(voice()))).toEqual({
      kind: 'refused',
      code: 'unsupported_audio',
      message: 'The transcription provider could not read this audio: could not decode',
    });
  });

  it('refuses a note another request is processing, once its wait is over', async () => {
    const request = note(voice());
    let hear: (text: string) => void = () => {};
    const slow: Transcriber = {
      name: 'test:slow',
      transcribeAudio: () => new Promise((resolve) => (hear = (text) => resolve({ text }))),
    };
    const first = processCapture(deps(slow), LOCAL_OWNER, request);
    // The first request holds the claim once it is asking the transcriber.
    await expect.poll(async () => store.captures.find(LOCAL_OWNER, request.clientId)).toBe('processing');
    expect(await processCapture(deps(slow, 0), LOCAL_OWNER, request)).toMatchObject({
      kind: 'refused',
      code: 'capture_in_progress',
      retryAfterSeconds: 5,
    });
    hear('vingt euros de taxi');
    expect(await first).toMatchObject({ kind: 'captured', created: true });
  });
});
