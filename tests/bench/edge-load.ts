/**
 * The edge bench's requests and load: a typed note, a voice note (fresh clientId each), and
 * autocannon over them. Shared by edge.ts and edge-scaling.ts.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const AUDIO = readFileSync(new URL('../fixtures/audio/fr-douze-euros-cinquante-resto.webm', import.meta.url));
const CONTEXT = { recordedAt: '2026-11-24T12:30:00+01:00', timezone: 'Europe/Paris', locale: 'fr-FR' };
export const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);

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
