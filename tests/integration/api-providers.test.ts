/**
 * The pipeline through its real parts: the Hono app in-process, PGlite in memory, the real
 * groq-sdk and openai clients talking HTTP to the local fake provider — and the app without any
 * provider key at all.
 */
import { readFileSync } from 'node:fs';
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestApp,
  type TestApp,
  textNote,
  useAppWithFakeProvider,
  voiceNote,
} from '../support/edge-app.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/audio/${name}`, import.meta.url)));
const WEBM_FR = fixture('fr-douze-euros-cinquante-resto.webm');
const M4A_EN = fixture('en-fifteen-dollars-taxi.m4a');

const ctx = useAppWithFakeProvider();

describe('GET /api/health', () => {
  it('reports the database and the configured providers', async () => {
    const res = await ctx.t.api.health.$get();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: { ok: true, kind: 'pglite' },
      providers: { transcription: 'groq:whisper-large-v3-turbo', parser: 'groq:openai/gpt-oss-20b' },
      auth: { mode: 'local', legacySecret: false },
    });
  });
});

describe('POST /api/voice', () => {
  it('transcribes a French webm note with Whisper on Groq and saves the expense', async () => {
    ctx.fake.enqueueTranscript('Douze euros cinquante au resto ce midi.');
    const res = await ctx.t.api.voice.$post({ form: voiceNote(WEBM_FR) });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.status).toBe('saved');
    expect(body.transcript).toBe('Douze euros cinquante au resto ce midi.');
    expect(body.expenses).toHaveLength(1);
    expect(body.expenses[0]).toMatchObject({
      amount: '12.50',
      currency: 'EUR',
      category: 'dining',
      date: '2026-11-24',
      source: 'voice',
      status: 'saved',
    });
    const call = ctx.fake.calls.find((c) => c.route === 'transcriptions');
    expect(call?.path).toBe('/openai/v1/audio/transcriptions');
    expect(call?.authorization).toBe('Bearer test-key');
    expect(call?.body).toMatchObject({
      model: 'whisper-large-v3-turbo',
      language: 'fr',
      response_format: 'verbose_json',
    });
    expect(String(call?.body.prompt)).toContain('€');
    expect(call?.body.file).toMatchObject({ name: 'note.webm', size: WEBM_FR.length });
  });

  it('reads an English m4a note (older iOS Safari) by its bytes, whatever its declared type', async () => {
    ctx.fake.enqueueTranscript('Fifteen dollars for a taxi yesterday.');
    const res = await ctx.t.api.voice.$post({
      form: voiceNote(M4A_EN, { locale: 'en-US', timezone: 'America/New_York' }, 'application/octet-stream'),
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.expenses[0]).toMatchObject({
      amount: '15.00',
      currency: 'USD',
      category: 'transport',
      date: '2026-11-23',
    });
    const call = ctx.fake.calls.find((c) => c.route === 'transcriptions');
    expect(call?.body).toMatchObject({ language: 'en', file: { name: 'note.mp4' } });
  });

  it('gives one expense and the same answer to the same clientId sent twenty times at once', async () => {
    ctx.fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    ctx.fake.setDelay(100);
    const clientId = crypto.randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => ctx.t.api.voice.$post({ form: voiceNote(WEBM_FR, { clientId }) })),
    );
    const statuses = responses.map((r) => r.status).sort((a, b) => a - b);
    expect(statuses).toEqual([...Array(19).fill(200), 201]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(ctx.fake.calls.filter((c) => c.route === 'transcriptions')).toHaveLength(1);
    const again = await ctx.t.api.voice.$post({ form: voiceNote(WEBM_FR, { clientId }) });
    expect(again.status).toBe(200);
    const list = await (await ctx.t.api.expenses.$get({ query: { limit: '200' } })).json();
    expect(list.expenses.filter((e) => e.clientId === clientId)).toHaveLength(1);
  });

  it('retries a 429 after its Retry-After, then saves', async () => {
    ctx.fake.failNext(429, 1, 1, 'transcriptions');
    ctx.fake.enqueueTranscript('Huit euros de pain.');
    const res = await ctx.t.api.voice.$post({ form: voiceNote(WEBM_FR) });
    expect(res.status).toBe(201);
    expect(ctx.fake.calls.filter((c) => c.route === 'transcriptions')).toHaveLength(2);
  });

  it('answers 503 with Retry-After while the provider is down, stores nothing, and saves once it is back', async () => {
    ctx.fake.failNext(503, 10, 7, 'transcriptions');
    const clientId = crypto.randomUUID();
    const down = await ctx.t.api.voice.$post({ form: voiceNote(WEBM_FR, { clientId }) });
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('7');
    expect(v.parse(ErrorBodySchema, await down.json()).error.code).toBe('provider_unavailable');
    const list = await (await ctx.t.api.expenses.$get({ query: { limit: '200' } })).json();
    expect(list.expenses.some((e) => e.clientId === clientId)).toBe(false);
    ctx.fake.reset();
    ctx.fake.enqueueTranscript('Douze euros cinquante au resto ce midi.');
    const back = await ctx.t.api.voice.$post({ form: voiceNote(WEBM_FR, { clientId }) });
    expect(back.status).toBe(201);
  });

  it('refuses words with more than 50 amounts before any model reads them, typed or heard, and never hears a note twice', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `${i + 1} € pain`).join(', ');
    const typed = await ctx.t.api.text.$post({ json: textNote(many) });
    expect(typed.status).toBe(422);
    expect(v.parse(ErrorBodySchema, await typed.json()).error).toMatchObject({
      code: 'too_many_amounts',
      message: expect.stringContaining('51 amounts'),
    });
    expect(ctx.fake.calls).toHaveLength(0);
    ctx.fake.setDefaultTranscript(many);
    const clientId = crypto.randomUUID();
    for (let i = 0; i < 2; i++) {
      const heard = await ctx.t.api.voice.$post({ form: voiceNote(WEBM_FR, { clientId }) });
      expect(heard.status).toBe(422);
      expect(v.parse(ErrorBodySchema, await heard.json()).error.code).toBe('too_many_amounts');
    }
    // Whisper heard it once (billed once); no model was asked to read 51 amounts.
    expect(ctx.fake.calls.map((c) => c.route)).toEqual(['transcriptions']);
    const list = await (await ctx.t.api.expenses.$get({ query: { limit: '200' } })).json();
    expect(list.expenses.some((e) => e.clientId === clientId)).toBe(false);
  });

  it('gives up on a provider slower than the timeout with a 503', async () => {
    const slow = await startTestApp({
      providerUrl: ctx.fake.url,
      env: { PROVIDER_TIMEOUT_MS: '300', PROVIDER_MAX_RETRIES: '0' },
    });
    try {
      ctx.fake.setDelay(2000);
      const res = await slow.api.voice.$post({ form: voiceNote(WEBM_FR) });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
    } finally {
      await slow.close();
    }
  });

  it('uses OpenAI (or a self-hosted Whisper) when TRANSCRIBE_PROVIDER=openai', async () => {
    const openai = await startTestApp({
      env: {
        TRANSCRIBE_PROVIDER: 'openai',
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: `${ctx.fake.url}/v1`,
      },
    });
    try {
      ctx.fake.enqueueTranscript('Vingt euros de pharmacie.');
      const res = await openai.api.voice.$post({ form: voiceNote(WEBM_FR) });
      expect(res.status).toBe(201);
      const call = ctx.fake.calls.find((c) => c.route === 'transcriptions');
      expect(call?.path).toBe('/v1/audio/transcriptions');
      expect(call?.authorization).toBe('Bearer sk-test');
      expect(call?.body.model).toBe('whisper-1');
      const body = await res.json();
      expect(body.expenses[0]).toMatchObject({ amount: '20.00', category: 'health' });
    } finally {
      await openai.close();
    }
  });
});

describe('without any provider key', () => {
  let bare: TestApp;
  beforeAll(async () => {
    bare = await startTestApp();
  });
  afterAll(async () => bare.close());

  it('keeps voice notes waiting with 503 transcription_unavailable and Retry-After', async () => {
    const res = await bare.api.voice.$post({ form: voiceNote(WEBM_FR) });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(v.parse(ErrorBodySchema, await res.json()).error.code).toBe('transcription_unavailable');
  });

  it('parses typed entries with the local parser alone', async () => {
    const res = await bare.api.text.$post({ json: textNote('8 € de pain et 23 € de fromage hier') });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.expenses.map((e) => [e.amount, e.category, e.date, e.parsedBy])).toEqual([
      ['8.00', 'groceries', '2026-11-23', 'local'],
      ['23.00', 'groceries', '2026-11-23', 'local'],
    ]);
  });

  it('answers no_expense for words that hold none', async () => {
    const res = await bare.api.text.$post({ json: textNote("rappelle-moi d'appeler maman") });
    expect(res.status).toBe(201);
    expect((await res.json()).status).toBe('no_expense');
  });
});
