/**
 * The edge bench's requests and load: a typed note, a voice note (fresh clientId each),
 * autocannon over them, and a server with the fake provider for one measurement. Shared by
 * edge.ts, edge-cpu.ts and edge-scaling.ts.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { type EdgeProcess, startEdgeProcess } from '../support/edge-process.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';

const AUDIO = readFileSync(new URL('../fixtures/audio/fr-douze-euros-cinquante-resto.webm', import.meta.url));
const CONTEXT = { recordedAt: '2026-11-24T12:30:00+01:00', timezone: 'Europe/Paris', locale: 'fr-FR' };
export const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
/** The rate limit off: the figures are the pipeline's, not the limiter's. */
const NO_LIMIT = {
  RATE_LIMIT_PER_MINUTE: '0',
  // The most the configuration takes (uploads in flight at once, per person).
  MAX_UPLOADS_PER_USER: '100',
  MAX_UPLOADS: '10000',
  DAILY_COST_LIMIT_USD: '0',
};

export function textRequest(): autocannon.Request {
  return {
    method: 'POST',
    path: '/api/text',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({
        text: 'douze euros cinquante au resto ce midi',
        clientId: crypto.randomUUID(),
        ...CONTEXT,
      }),
    }),
  };
}

const BOUNDARY = 'vtbench';
export const VOICE_HEADERS = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

/** A voice note's multipart body, with a fresh clientId (autocannon wants bytes, not FormData). */
export function voiceBody() {
  const fields = { clientId: crypto.randomUUID(), ...CONTEXT };
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const head = `${parts.join('')}--${BOUNDARY}\r\nContent-Disposition: form-data; name="audio"; filename="note.webm"\r\nContent-Type: audio/webm\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), AUDIO, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
}

export function voiceRequest(): autocannon.Request {
  return {
    method: 'POST',
    path: '/api/voice',
    headers: VOICE_HEADERS,
    setupRequest: (req) => ({ ...req, body: voiceBody() }),
  };
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  total: number;
}

/** autocannon for DURATION_S (or what `extra` says); errors count timeouts and non-2xx answers. */
export async function load(
  url: string,
  request: autocannon.Request,
  connections: number,
  extra: Partial<autocannon.Options> = {},
): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: DURATION_S, requests: [request], ...extra });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

/** A bench server's environment: no rate limit, Groq pointed at the fake provider. */
export function benchEnv(env: Record<string, string>, fake: FakeProvider): Record<string, string> {
  return { ...env, ...NO_LIMIT, GROQ_API_KEY: 'bench', GROQ_BASE_URL: fake.url };
}

/** A fresh server and the fake provider for one measurement; both stopped after. */
export async function withEdge<T>(
  env: Record<string, string>,
  run: (edge: EdgeProcess, fake: FakeProvider) => Promise<T>,
): Promise<T> {
  const fake = await startFakeProvider();
  fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
  const edge = await startEdgeProcess(benchEnv(env, fake));
  try {
    return await run(edge, fake);
  } finally {
    await edge.stop();
    await fake.close();
  }
}
