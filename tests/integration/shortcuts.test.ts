/**
 * The exact requests the README's "Capture from anywhere" recipes make (Siri "Dis Siri,
 * dépense", the Apple Wallet transaction automation, a recorded audio file), sent byte for
 * byte as documented to a real server on loopback that requires pairing. No Origin header:
 * Shortcuts is not a browser, so the cross-site check lets it through.
 */
import { readFileSync } from 'node:fs';
import type { RunningServer } from '@voicetrack/edge/server.ts';
import { CaptureResultSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { deviceToken, startPairedServer } from '../support/paired-server.ts';

let server: RunningServer;
let provider: FakeProvider;
let token: string;

beforeAll(async () => {
  provider = await startFakeProvider();
  server = await startPairedServer({
    GROQ_API_KEY: 'test-key',
    GROQ_BASE_URL: provider.url,
    PROVIDER_MAX_RETRIES: '0',
  });
  // What "Réglages → Appareils → Créer un jeton" hands out (POST /api/devices).
  token = await deviceToken(server.store, 'Raccourci Siri', 'capture');
});
afterAll(async () => {
  await server.close();
  await provider.close();
});

/** A clientId as the recipe builds it: the date (yyyyMMdd-HHmm-ssSS), 4000, 12 random digits. */
const recipeClientId = () =>
  `20261124-1230-${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}-4000-${String(Math.floor(1e11 + Math.random() * 9e11))}`;

async function postText(text: string, clientId = recipeClientId()) {
  const res = await fetch(`${server.url}/api/text`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      text,
      clientId,
      recordedAt: '2026-11-24T12:30:00+01:00',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
    }),
  });
  return { status: res.status, body: v.parse(CaptureResultSchema, await res.json()) };
}

describe('the Shortcuts recipes, request for request', () => {
  it('"Dis Siri, dépense": the dictated words as POST /api/text', async () => {
    const { status, body } = await postText('douze euros cinquante au resto ce midi');
    expect(status).toBe(201);
    expect(body.expenses.map((e) => [e.amount, e.category, e.date])).toEqual([
      ['12.50', 'dining', '2026-11-24'],
    ]);
  });

  it('the same Shortcut run twice with the same clientId is one expense', async () => {
    const clientId = recipeClientId();
    expect((await postText('4 € de café', clientId)).status).toBe(201);
    const again = await postText('4 € de café', clientId);
    expect(again.status).toBe(200);
    expect(again.body.expenses).toHaveLength(1);
  });

  it('the Wallet "Transaction" automation: amount and merchant as POST /api/text', async () => {
    const { status, body } = await postText('12,50 € Monoprix');
    expect(status).toBe(201);
    expect(body.expenses.map((e) => [e.amount, e.currency, e.category])).toEqual([
      ['12.50', 'EUR', 'groceries'],
    ]);
  });

  it('a recorded audio file (Record Audio, m4a) as multipart POST /api/voice', async () => {
    provider.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    const form = new FormData();
    const m4a = readFileSync(
      new URL('../fixtures/audio/fr-douze-euros-cinquante-resto.m4a', import.meta.url),
    );
    form.set('audio', new Blob([m4a], { type: 'audio/mp4' }), 'Recording.m4a');
    form.set('clientId', recipeClientId());
    form.set('recordedAt', '2026-11-24T12:30:00+01:00');
    form.set('timezone', 'Europe/Paris');
    form.set('locale', 'fr-FR');
    const res = await fetch(`${server.url}/api/voice`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(res.status).toBe(201);
    const body = v.parse(CaptureResultSchema, await res.json());
    expect(body.expenses[0]?.amount).toBe('12.50');
    expect(provider.calls.find((c) => c.route === 'transcriptions')?.audioBytes).toBe(m4a.length);
  });

  it('without the token, the same request is refused', async () => {
    const res = await fetch(`${server.url}/api/text`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: '3 € de pain',
        clientId: recipeClientId(),
        recordedAt: '2026-11-24T12:30:00+01:00',
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
      }),
    });
    expect(res.status).toBe(401);
  });
});
