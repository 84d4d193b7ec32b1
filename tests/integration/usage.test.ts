/** The cost ledger: each provider call billed as the provider bills it, summed per month. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote, voiceNote } from '../support/edge-app.ts';
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

const usage = async () => (await t.api.usage.$get({ query: { month: thisMonth } })).json();

describe('GET /api/usage', () => {
  it('is empty before any provider call, and a plain typed note costs nothing', async () => {
    await t.api.text.$post({ json: textNote('12 € de pain') });
    expect(await usage()).toMatchObject({ calls: 0, costUsd: '0.000000' });
  });

  it('bills a 3.2 s voice note as Groq does (10 s minimum) and an LLM call by its tokens', async () => {
    fake.enqueueTranscript('Douze euros cinquante au resto ce midi.');
    expect((await t.api.voice.$post({ form: voiceNote(WEBM) })).status).toBe(201);
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
    await t.api.voice.$post({ form: voiceNote(WEBM) });
    const after = await usage();
    expect(after.calls).toBe(before.calls + 1);
  });
});
