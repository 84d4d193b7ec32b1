/** The cost ledger: each provider call billed as the provider bills it, summed per month. */
import { readFileSync } from 'node:fs';
import type { UsageSummary } from '@voicetrack/edge/ports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_CONTEXT, startTestApp, type TestApp, voiceForm } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';

const WEBM = new Uint8Array(
  readFileSync(new URL('../fixtures/audio/fr-douze-euros-cinquante-resto.webm', import.meta.url)),
);
const thisMonth = new Date().toISOString().slice(0, 7);
let fake: FakeProvider;
let t: TestApp;

beforeAll(async () => {
  fake = await startFakeProvider();
  t = await startTestApp({ providerUrl: fake.url });
});
afterAll(async () => {
  await t.close();
  await fake.close();
});

const usage = async () =>
  (await (await t.app.request(`/api/usage?month=${thisMonth}`)).json()) as UsageSummary;

describe('GET /api/usage', () => {
  it('is empty before any provider call, and a plain typed note costs nothing', async () => {
    await t.app.request('/api/text', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '12 € de pain', clientId: crypto.randomUUID(), ...NOTE_CONTEXT }),
    });
    expect(await usage()).toMatchObject({ calls: 0, costUsd: '0.000000' });
  });

  it('bills a 3.2 s voice note as Groq does (10 s minimum) and an LLM call by its tokens', async () => {
    fake.enqueueTranscript('Douze euros cinquante au resto ce midi.');
    expect((await t.app.request('/api/voice', { method: 'POST', body: voiceForm(WEBM) })).status).toBe(201);
    // Words the local parser is unsure of: the model is asked (the fake bills 420 + 60 tokens).
    await t.app.request('/api/text', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: 'euh je crois trente-deux euros quarante pour le truc',
        clientId: crypto.randomUUID(),
        ...NOTE_CONTEXT,
      }),
    });
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
    await t.app.request('/api/voice', { method: 'POST', body: voiceForm(WEBM) });
    const after = await usage();
    expect(after.calls).toBe(before.calls + 1);
  });
});
