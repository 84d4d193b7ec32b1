/**
 * The pipeline through its real parts: the Hono app in-process, PGlite in memory, the real
 * groq-sdk and openai clients talking HTTP to the local fake provider.
 */
import { readFileSync } from 'node:fs';
import type { CaptureResult, Expense, Health } from '@voicetrack/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_CONTEXT, startTestApp, type TestApp, voiceForm } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/audio/${name}`, import.meta.url)));
const WEBM_FR = fixture('fr-douze-euros-cinquante-resto.webm');
const M4A_EN = fixture('en-fifteen-dollars-taxi.m4a');

let fake: FakeProvider;
let t: TestApp;

const postText = (app: TestApp, text: string, over: Record<string, string> = {}) =>
  app.app.request('/api/text', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, clientId: crypto.randomUUID(), ...NOTE_CONTEXT, ...over }),
  });
const postVoice = (app: TestApp, audio: Uint8Array, fields: Record<string, string> = {}, mime?: string) =>
  app.app.request('/api/voice', { method: 'POST', body: voiceForm(audio, fields, mime) });

beforeAll(async () => {
  fake = await startFakeProvider();
  t = await startTestApp({ providerUrl: fake.url });
});
afterEach(() => fake.reset());
afterAll(async () => {
  await t.close();
  await fake.close();
});

describe('GET /api/health', () => {
  it('reports the database and the configured providers', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    const health = (await res.json()) as Health;
    expect(health).toMatchObject({
      status: 'ok',
      database: { ok: true, kind: 'pglite' },
      providers: { transcription: 'groq:whisper-large-v3-turbo', parser: 'groq:openai/gpt-oss-20b' },
    });
  });
});

describe('POST /api/voice', () => {
  it('transcribes a French webm note with Whisper on Groq and saves the expense', async () => {
    fake.enqueueTranscript('Douze euros cinquante au resto ce midi.');
    const res = await postVoice(t, WEBM_FR);
    expect(res.status).toBe(201);
    const body = (await res.json()) as CaptureResult;
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
    const call = fake.calls.find((c) => c.route === 'transcriptions');
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
    fake.enqueueTranscript('Fifteen dollars for a taxi yesterday.');
    const res = await postVoice(
      t,
      M4A_EN,
      { locale: 'en-US', timezone: 'America/New_York' },
      'application/octet-stream',
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as CaptureResult;
    expect(body.expenses[0]).toMatchObject({
      amount: '15.00',
      currency: 'USD',
      category: 'transport',
      date: '2026-11-23',
    });
    const call = fake.calls.find((c) => c.route === 'transcriptions');
    expect(call?.body).toMatchObject({ language: 'en', file: { name: 'note.mp4' } });
  });

  it('gives one expense and the same answer to the same clientId sent twenty times at once', async () => {
    fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    fake.setDelay(100);
    const clientId = crypto.randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => postVoice(t, WEBM_FR, { clientId })),
    );
    const statuses = responses.map((r) => r.status).sort((a, b) => a - b);
    expect(statuses).toEqual([...Array(19).fill(200), 201]);
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<CaptureResult>));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(fake.calls.filter((c) => c.route === 'transcriptions')).toHaveLength(1);
    const again = await postVoice(t, WEBM_FR, { clientId });
    expect(again.status).toBe(200);
    const list = (await (await t.app.request('/api/expenses?limit=200')).json()) as { expenses: Expense[] };
    expect(list.expenses.filter((e) => e.clientId === clientId)).toHaveLength(1);
  });

  it('retries a 429 after its Retry-After, then saves', async () => {
    fake.failNext(429, 1, 1, 'transcriptions');
    fake.enqueueTranscript('Huit euros de pain.');
    const res = await postVoice(t, WEBM_FR);
    expect(res.status).toBe(201);
    expect(fake.calls.filter((c) => c.route === 'transcriptions')).toHaveLength(2);
  });

  it('answers 503 with Retry-After while the provider is down, stores nothing, and saves once it is back', async () => {
    fake.failNext(503, 10, 7, 'transcriptions');
    const clientId = crypto.randomUUID();
    const down = await postVoice(t, WEBM_FR, { clientId });
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('7');
    expect(((await down.json()) as { error: { code: string } }).error.code).toBe('provider_unavailable');
    const list = (await (await t.app.request('/api/expenses?limit=200')).json()) as { expenses: Expense[] };
    expect(list.expenses.some((e) => e.clientId === clientId)).toBe(false);
    fake.reset();
    fake.enqueueTranscript('Douze euros cinquante au resto ce midi.');
    const back = await postVoice(t, WEBM_FR, { clientId });
    expect(back.status).toBe(201);
  });

  it('gives up on a provider slower than the timeout with a 503', async () => {
    const slow = await startTestApp({
      providerUrl: fake.url,
      env: { PROVIDER_TIMEOUT_MS: '300', PROVIDER_MAX_RETRIES: '0' },
    });
    try {
      fake.setDelay(2000);
      const res = await postVoice(slow, WEBM_FR);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
    } finally {
      await slow.close();
    }
  });

  it('uses OpenAI (or a self-hosted Whisper) when TRANSCRIBE_PROVIDER=openai', async () => {
    const openai = await startTestApp({
      env: { TRANSCRIBE_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${fake.url}/v1` },
    });
    try {
      fake.enqueueTranscript('Vingt euros de pharmacie.');
      const res = await postVoice(openai, WEBM_FR);
      expect(res.status).toBe(201);
      const call = fake.calls.find((c) => c.route === 'transcriptions');
      expect(call?.path).toBe('/v1/audio/transcriptions');
      expect(call?.authorization).toBe('Bearer sk-test');
      expect(call?.body.model).toBe('whisper-1');
      const body = (await res.json()) as CaptureResult;
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
    const res = await postVoice(bare, WEBM_FR);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('transcription_unavailable');
  });

  it('parses typed entries with the local parser alone', async () => {
    const res = await postText(bare, '8 € de pain et 23 € de fromage hier');
    expect(res.status).toBe(201);
    const body = (await res.json()) as CaptureResult;
    expect(body.expenses.map((e) => [e.amount, e.category, e.date, e.parsedBy])).toEqual([
      ['8.00', 'groceries', '2026-11-23', 'local'],
      ['23.00', 'groceries', '2026-11-23', 'local'],
    ]);
  });

  it('answers no_expense for words that hold none', async () => {
    const res = await postText(bare, "rappelle-moi d'appeler maman");
    expect(res.status).toBe(201);
    expect(((await res.json()) as CaptureResult).status).toBe('no_expense');
  });
});

describe('with an LLM configured', () => {
  it('does not ask it about words that surely hold no expense', async () => {
    const res = await postText(t, "rappelle-moi d'appeler maman");
    expect(((await res.json()) as CaptureResult).status).toBe('no_expense');
    expect(fake.calls.filter((c) => c.route === 'chat')).toHaveLength(0);
  });

  it('does not ask it about a plain sentence', async () => {
    const res = await postText(t, 'douze euros cinquante au resto ce midi');
    expect(((await res.json()) as CaptureResult).expenses[0]).toMatchObject({
      amount: '12.50',
      parsedBy: 'local',
    });
    expect(fake.calls.filter((c) => c.route === 'chat')).toHaveLength(0);
  });
});

describe('the LLM cross-check', () => {
  // Words the local parser is unsure of, so the LLM is asked.
  const UNSURE =
    'euh alors pour le truc de tout à l’heure, disons trente-deux euros quarante, enfin je crois';

  it('asks the Groq model with a strict JSON schema and low reasoning effort when the local parser is unsure', async () => {
    fake.enqueueChatContent(
      JSON.stringify({
        expenses: [
          { amount: '32.40', currency: 'EUR', category: 'other', description: 'truc', date: '2026-11-24' },
        ],
      }),
    );
    const res = await postText(t, UNSURE);
    const body = (await res.json()) as CaptureResult;
    const chat = fake.calls.find((c) => c.route === 'chat');
    expect(chat?.body).toMatchObject({
      model: 'openai/gpt-oss-20b',
      reasoning_effort: 'low',
      response_format: { type: 'json_schema', json_schema: { strict: true, name: 'expenses' } },
    });
    const messages = chat?.body.messages as { role: string; content: string }[];
    expect(messages[0]?.content).toContain('2026-11-24');
    expect(messages[0]?.content).toContain('Europe/Paris');
    expect(messages[1]?.content).toBe(`<transcript>${UNSURE}</transcript>`);
    expect(body.expenses[0]).toMatchObject({ amount: '32.40', parsedBy: 'llm', status: 'saved' });
  });

  it('saves an amount the words do not contain as needs_review', async () => {
    fake.enqueueChatContent(
      JSON.stringify({
        expenses: [
          { amount: '1000000.00', currency: 'EUR', category: 'other', description: 'x', date: '2026-11-24' },
        ],
      }),
    );
    const body = (await (await postText(t, UNSURE)).json()) as CaptureResult;
    expect(body.status).toBe('needs_review');
    expect(body.expenses[0]).toMatchObject({
      amount: '1000000.00',
      status: 'needs_review',
      reviewReason: 'amount_not_in_transcript',
    });
  });

  it('retries once on a malformed reply, and keeps the words for review when it stays malformed', async () => {
    fake.enqueueChatContent('not json at all');
    const once = (await (await postText(t, UNSURE)).json()) as CaptureResult;
    expect(fake.calls.filter((c) => c.route === 'chat')).toHaveLength(2);
    expect(once.status).not.toBe('no_expense');

    fake.reset();
    fake.enqueueChatContent('{"expenses":[{"amount":"twelve"}]}', 2);
    const twice = await postText(t, 'le bidule de tout à l’heure, trente-deux quarante je crois');
    expect(twice.status).toBe(201);
    const body = (await twice.json()) as CaptureResult;
    expect(body.status).toBe('needs_review');
    expect(body.transcript).toBe('le bidule de tout à l’heure, trente-deux quarante je crois');
    expect(body.expenses[0]).toMatchObject({ status: 'needs_review', reviewReason: 'llm_invalid' });
  });
});

describe('GET, PATCH and DELETE /api/expenses', () => {
  it('lists by date range and category, edits and deletes', async () => {
    const created = (await (
      await postText(t, '45 euros de train hier', { recordedAt: '2026-10-15T09:00:00+02:00' })
    ).json()) as CaptureResult;
    const id = created.expenses[0]?.id as string;
    const list = (await (
      await t.app.request('/api/expenses?from=2026-10-01&to=2026-10-31&category=transport')
    ).json()) as {
      expenses: Expense[];
    };
    expect(list.expenses.map((e) => e.id)).toEqual([id]);
    expect(list.expenses[0]).toMatchObject({ amount: '45.00', date: '2026-10-14' });

    const patched = await t.app.request(`/api/expenses/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ amount: '47.90', description: 'TGV Lyon' }),
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      amount: '47.90',
      description: 'TGV Lyon',
      category: 'transport',
    });

    expect((await t.app.request(`/api/expenses/${id}`, { method: 'DELETE' })).status).toBe(204);
    const after = (await (await t.app.request('/api/expenses?from=2026-10-01&to=2026-10-31')).json()) as {
      expenses: Expense[];
    };
    expect(after.expenses.some((e) => e.id === id)).toBe(false);
  });
});
