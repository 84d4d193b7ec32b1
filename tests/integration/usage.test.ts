/**
 * The cost ledger: each provider call billed as the provider bills it, summed per month; and what
 * bounds it: the audio's length read before Whisper hears it, the notes received at once, and a
 * day's budget per person.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote, voiceNote } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

const thisMonth = new Date().toISOString().slice(0, 7);
let fake: FakeProvider;
let t: TestApp;

beforeAll(async () => {
  fake = await startFakeProvider();
  // A day's budget of a few notes (each voice note here bills about $0.00011).
  t = await startTestApp({
    providerUrl: fake.url,
    env: { DAILY_COST_LIMIT_USD: '0.0005', MAX_UPLOADS_PER_USER: '2' },
  });
});
afterAll(async () => {
  await t.close();
  await fake.close();
});

const usage = async () => (await t.api.usage.$get({ query: { month: thisMonth } })).json();

describe('GET /api/usage', () => {
  it('is empty before any provider call, and a plain typed note costs nothing', async () => {
    await t.api.text.$post({ json: textNote('12 € de pain') });
    expect(await usage()).toMatchObject({ calls: 0, costUsd: '0.000000' });
  });

  it('bills a 3.2 s voice note as Groq does (10 s minimum) and an LLM call by its tokens', async () => {
    fake.enqueueTranscript('Douze euros cinquante au resto ce midi.');
    expect((await t.api.voice.$post({ form: voiceNote(RESTO_WEBM) })).status).toBe(201);
    // Words the local parser is unsure of: the model is asked (the fake bills 420 + 60 tokens).
    await t.api.text.$post({ json: textNote('euh je crois trente-deux euros quarante pour le truc') });
    const summary = await usage();
    expect(summary).toMatchObject({
      calls: 2,
      audioSeconds: '3.20',
      billedSeconds: '10.00',
      promptTokens: 420,
      completionTokens: 60,
      // 10 s at $0.04/h = $0.000111; 420 × $0.075/M + 60 × $0.30/M = $0.0000495
      costUsd: '0.000161',
    });
    expect(summary.byModel.map((m) => [m.model, m.calls])).toEqual([
      ['groq:openai/gpt-oss-20b', 1],
      ['groq:whisper-large-v3-turbo', 1],
    ]);
  });

  it('still bills a transcription whose note failed later', async () => {
    const before = await usage();
    fake.enqueueTranscript('euh je sais plus combien, peut-être quinze');
    fake.failNext(503, 5, 1, 'chat');
    await t.api.voice.$post({ form: voiceNote(RESTO_WEBM) });
    const after = await usage();
    expect(after.calls).toBe(before.calls + 1);
  });
});

/** `seconds` of 8 kHz 8-bit mono WAV: 25 MB of it is 54 minutes. */
function longWav(seconds: number): Uint8Array {
  const data = 8000 * seconds;
  const bytes = new Uint8Array(44 + data).fill(0x80);
  const d = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => bytes.set(new TextEncoder().encode(text), at);
  ascii(0, 'RIFF');
  d.setUint32(4, 36 + data, true);
  ascii(8, 'WAVEfmt ');
  d.setUint32(16, 16, true);
  d.setUint16(20, 1, true);
  d.setUint16(22, 1, true);
  d.setUint32(24, 8000, true);
  d.setUint32(28, 8000, true);
  d.setUint16(32, 1, true);
  d.setUint16(34, 8, true);
  ascii(36, 'data');
  d.setUint32(40, data, true);
  return bytes;
}

describe('what one person may cost', () => {
  const transcriptions = () => fake.calls.filter((c) => c.route === 'transcriptions').length;

  it('refuses audio longer than MAX_AUDIO_SECONDS (600) before Whisper hears it, saying how long', async () => {
    const before = transcriptions();
    const res = await t.api.voice.$post({ form: voiceNote(longWav(700), {}, 'audio/wav') });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: {
        code: 'payload_too_large',
        message:
          'This recording lasts 11 min 40 s; this server transcribes 10 min 00 s at most (MAX_AUDIO_SECONDS).',
      },
    });
    expect(transcriptions()).toBe(before);
    // Ten minutes is still heard.
    expect((await t.api.voice.$post({ form: voiceNote(longWav(600), {}, 'audio/wav') })).status).toBe(201);
  });

  it('refuses a fragmented MP4 whose mvhd names no length (ffmpeg’s empty_moov, as MediaRecorder writes), measured from its fragments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vt-fmp4-'));
    const file = join(dir, 'note.mp4');
    execFileSync('ffmpeg', [
      ...['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=8000:duration=660'],
      ...[
        '-ac',
        '1',
        '-c:a',
        'aac',
        '-b:a',
        '8k',
        '-movflags',
        'frag_keyframe+empty_moov+default_base_moof',
        file,
      ],
    ]);
    const audio = new Uint8Array(readFileSync(file));
    rmSync(dir, { recursive: true, force: true });
    const before = transcriptions();
    const res = await t.api.voice.$post({ form: voiceNote(audio, {}, 'audio/mp4') });
    expect(res.status).toBe(413);
    expect(JSON.stringify(await res.json())).toContain('This recording lasts 11 min 00 s');
    expect(transcriptions()).toBe(before);
  });

  it('receives two notes with audio at once from one person; a third waits its turn (429)', async () => {
    fake.setDelay(1000, 'transcriptions');
    try {
      const answers = await Promise.all(
        [1, 2, 3].map(() => t.api.voice.$post({ form: voiceNote(RESTO_WEBM) })),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 429]);
      const waiting = answers.find((a) => (a.status as number) === 429);
      expect(waiting?.headers.get('retry-after')).toBe('5');
    } finally {
      fake.setDelay(0, 'transcriptions');
    }
  });

  it('keeps notes waiting once the day’s provider calls reach DAILY_COST_LIMIT_USD, until the next UTC day', async () => {
    let refused: Response | undefined;
    for (let i = 0; i < 6 && !refused; i++) {
      const res = await t.api.voice.$post({ form: voiceNote(RESTO_WEBM) });
      // The typed client knows only the route's answers, not the limits' 429.
      if ((res.status as number) === 429) refused = res;
      else expect(res.status).toBe(201);
    }
    if (!refused) throw new Error('never refused');
    const before = transcriptions();
    expect(await refused.json()).toEqual({
      error: {
        code: 'rate_limited',
        message:
          "Today's transcription budget is spent (DAILY_COST_LIMIT_USD = 0.0005 USD a day): this note is kept and sent again tomorrow (UTC).",
      },
    });
    const untilMidnight = Math.ceil((Date.UTC(...utcTomorrow()) - Date.now()) / 1000);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(untilMidnight - 60);
    // Typed words the phone's parser settles cost nothing, and are still saved.
    expect((await t.api.text.$post({ json: textNote('12 € de pain') })).status).toBe(201);
    expect(transcriptions()).toBe(before);
  });
});

const utcTomorrow = (): [number, number, number] => {
  const now = new Date();
  return [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1];
};
