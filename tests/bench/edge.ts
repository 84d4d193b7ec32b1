/**
 * Edge figures: req/s and latency for health (the bare baseline), /api/text and /api/voice
 * against the fake provider with zero delay (so the figure is our own overhead), on PGlite and
 * on PostgreSQL; RSS after 10,000 inserted expenses; p50 of a month's list over them.
 * The server runs as its own process; autocannon loads it over loopback.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startEdgeProcess } from '../support/edge-process.ts';
import { startFakeProvider } from '../support/fake-provider.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { type Figure, median } from './figure.ts';

const AUDIO = readFileSync(new URL('../fixtures/audio/fr-douze-euros-cinquante-resto.webm', import.meta.url));
const CONTEXT = { recordedAt: '2026-11-24T12:30:00+01:00', timezone: 'Europe/Paris', locale: 'fr-FR' };
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);

function textRequest(): autocannon.Request {
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

function voiceRequest(): autocannon.Request {
  const boundary = 'vtbench';
  return {
    method: 'POST',
    path: '/api/voice',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    setupRequest: (req) => {
      const fields = { clientId: crypto.randomUUID(), ...CONTEXT };
      const parts = Object.entries(fields).map(
        ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
      );
      const head = `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="audio"; filename="note.webm"\r\nContent-Type: audio/webm\r\n\r\n`;
      return {
        ...req,
        body: Buffer.concat([Buffer.from(head), AUDIO, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      };
    },
  };
}

async function load(
  url: string,
  request: autocannon.Request,
  connections: number,
  extra: Partial<autocannon.Options> = {},
) {
  const result = await autocannon({ url, connections, duration: DURATION_S, requests: [request], ...extra });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

async function benchOne(kind: 'PGlite' | 'PostgreSQL', env: Record<string, string>): Promise<Figure[]> {
  const fake = await startFakeProvider();
  fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
  const edge = await startEdgeProcess({ ...env, GROQ_API_KEY: 'bench', GROQ_BASE_URL: fake.url });
  const figures: Figure[] = [];
  try {
    // Warm up the JIT and the connection pool.
    await load(edge.url, { method: 'GET', path: '/api/health' }, 4, { duration: 1 });
    const health = await load(edge.url, { method: 'GET', path: '/api/health' }, 10);
    const text = await load(edge.url, textRequest(), 10);
    const voice = await load(edge.url, voiceRequest(), 10);
    const voiceSolo = await load(edge.url, voiceRequest(), 1);
    const ratio = text.rps / health.rps;
    figures.push(
      {
        name: `GET /api/health req/s (${kind})`,
        value: Math.round(health.rps),
        unit: 'req/s',
        note: `p50 ${health.p50} ms, p99 ${health.p99} ms`,
      },
      {
        name: `POST /api/text req/s (${kind})`,
        value: Math.round(text.rps),
        unit: 'req/s',
        note: `p50 ${text.p50} ms, p99 ${text.p99} ms, errors ${text.errors}`,
      },
      {
        name: `POST /api/text vs health (${kind})`,
        value: Math.round(ratio * 100),
        unit: '%',
        target: '≥ 50 %',
        ok: ratio >= 0.5,
      },
      {
        name: `POST /api/voice req/s (${kind})`,
        value: Math.round(voice.rps),
        unit: 'req/s',
        note: `p50 ${voice.p50} ms, p99 ${voice.p99} ms, errors ${voice.errors}`,
      },
      {
        name: `POST /api/voice overhead p50, one at a time (${kind})`,
        value: voiceSolo.p50,
        unit: 'ms',
        target: '≤ 10 ms',
        ok: voiceSolo.p50 <= 10,
        note: `p99 ${voiceSolo.p99} ms`,
      },
    );
    // 10,000 expenses, then memory and a month's list.
    await autocannon({ url: edge.url, connections: 10, amount: 10_000, requests: [textRequest()] });
    figures.push({ name: `RSS after 10,000 expenses (${kind})`, value: edge.rssMiB(), unit: 'MiB' });
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      const res = await fetch(`${edge.url}/api/expenses?from=2026-11-01&to=2026-11-30&limit=50`);
      await res.json();
      times.push(performance.now() - t0);
    }
    figures.push({
      name: `month list p50 over 10k rows (${kind})`,
      value: Math.round(median(times) * 100) / 100,
      unit: 'ms',
    });
  } finally {
    await edge.stop();
    await fake.close();
  }
  return figures;
}

export async function benchEdge(): Promise<Figure[]> {
  const figures = await benchOne('PGlite', {});
  const db = await createTestDatabase('vt_bench');
  try {
    figures.push(...(await benchOne('PostgreSQL', { DATABASE_URL: db.url })));
  } finally {
    await db.drop();
  }
  return figures;
}
