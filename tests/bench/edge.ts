/**
 * Edge figures: req/s and latency for health (the bare baseline), /api/text and /api/voice
 * against the fake provider with zero delay (so the figure is our own overhead), and the
 * server's CPU time per note, on PGlite and on PostgreSQL; RSS after 10,000 inserted expenses;
 * p50 of a month's list over them. Then, on PostgreSQL: the server's RSS after 1,000, 10,000 and
 * 20,000 voice notes (does memory stay flat?), the long load run (50 clients for 60 s on
 * /api/text), notes/s from one server process to two (edge-scaling.ts), and what 100 realistic
 * notes cost, read from the server's own cost ledger. The server runs as its own process;
 * autocannon loads it over loopback. The rate limit is off: the figures are the pipeline's,
 * not the limiter's.
 */
import autocannon from 'autocannon';
import { apiAt } from '../support/edge-app.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { provideTestPostgres } from '../support/test-postgres.ts';
import { cpuFigures } from './edge-cpu.ts';
import { load, textRequest, VOICE_HEADERS, voiceBody, voiceRequest, withEdge } from './edge-load.ts';
import { notesPerSecondByProcesses } from './edge-scaling.ts';
import { type Figure, median } from './figure.ts';
import { loadLabelled } from './parser.ts';

const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);

function benchOne(kind: 'PGlite' | 'PostgreSQL', env: Record<string, string>): Promise<Figure[]> {
  return withEdge(env, async (edge) => {
    const figures: Figure[] = [];
    // Warm up the JIT and the connection pool.
    await load(edge.url, { method: 'GET', path: '/api/health' }, 4, { duration: 1 });
    const health = await load(edge.url, { method: 'GET', path: '/api/health' }, 10);
    const text = await load(edge.url, textRequest(), 10);
    const voice = await load(edge.url, voiceRequest(), 10);
    const voiceSolo = await load(edge.url, voiceRequest(), 1);
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
    return figures;
  });
}

/**
 * RSS after 1,000, 10,000 and 20,000 voice notes through the fake provider. From 1k to 10k the
 * heap grows to its working size (V8 takes memory it then keeps); flat means no growth after.
 */
function voiceMemory(env: Record<string, string>): Promise<Figure[]> {
  return withEdge(env, async (edge) => {
    let errors = 0;
    const run = async (amount: number) => {
      const r = await autocannon({ url: edge.url, connections: 10, amount, requests: [voiceRequest()] });
      errors += r.errors + r.timeouts + r.non2xx;
      return edge.rssMiB();
    };
    const at1k = await run(1_000);
    const at10k = await run(9_000);
    const at20k = await run(10_000);
    const growth = Math.round(((at20k - at10k) / at10k) * 1000) / 10;
    return [
      { name: 'RSS after 1,000 voice notes (PostgreSQL)', value: at1k, unit: 'MiB' },
      { name: 'RSS after 10,000 voice notes (PostgreSQL)', value: at10k, unit: 'MiB' },
      {
        name: 'RSS after 20,000 voice notes (PostgreSQL)',
        value: at20k,
        unit: 'MiB',
        target: '≤ +5 % on 10k',
        ok: growth <= 5 && errors === 0,
        note: `${growth >= 0 ? '+' : ''}${growth} % from 10k to 20k, errors ${errors}`,
      },
    ];
  });
}

/** The long run the issue asks for: 50 clients for 60 s on /api/text, no error allowed. */
function loadRun(env: Record<string, string>): Promise<Figure[]> {
  return withEdge(env, async (edge) => {
    const r = await load(edge.url, textRequest(), 50, { duration: LOAD_SECONDS });
    return [
      {
        name: `POST /api/text, 50 clients × ${LOAD_SECONDS} s (PostgreSQL)`,
        value: Math.round(r.rps),
        unit: 'req/s',
        target: '0 errors',
        ok: r.errors === 0,
        note: `p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.total} requests, errors ${r.errors}`,
      },
    ];
  });
}

/**
 * 100 voice notes whose transcripts are expense sentences from the labelled and holdout sets
 * (spread evenly over both), through the whole
 * pipeline: the local parser decides which ones call the model, and the cost comes from the
 * server's ledger (GET /api/usage) priced with edge/src/usage/prices.ts. The fake provider
 * reports a 3.2 s note and 420 + 60 tokens per model call; Groq bills at least 10 s of audio.
 */
function costOf100Notes(env: Record<string, string>): Promise<Figure[]> {
  const sentences = ['utterances.jsonl', 'utterances-holdout.jsonl']
    .flatMap(loadLabelled)
    .filter((l) => l.expect.length > 0)
    .map((l) => l.text);
  // 100 spread evenly over both sets, so the mix of plain and hard sentences is the sets' own.
  const notes = Array.from(
    { length: 100 },
    (_, i) => sentences[Math.floor((i * sentences.length) / 100)] as string,
  );
  return withEdge(env, async (edge, fake) => {
    for (const text of notes) {
      fake.setDefaultTranscript(text);
      const res = await fetch(`${edge.url}/api/voice`, {
        method: 'POST',
        headers: VOICE_HEADERS,
        body: voiceBody(),
      });
      if (!res.ok) throw new Error(`voice note refused: ${res.status} ${await res.text()}`);
    }
    const month = new Date().toISOString().slice(0, 7);
    const usage = await (await apiAt(edge.url).usage.$get({ query: { month } })).json();
    const calls = (kind: string) =>
      usage.byModel.filter((m) => m.kind === kind).reduce((n, m) => n + m.calls, 0);
    return [
      {
        name: 'cost of 100 notes (Groq, from the ledger)',
        value: Number(usage.costUsd),
        unit: 'USD',
        target: '< $0.60 (seed)',
        ok: Number(usage.costUsd) < 0.6,
        note: `${calls('transcription')} transcriptions, ${calls('chat')} model calls (the rest skipped the LLM)`,
      },
    ];
  });
}

/** A fresh database on the bench's PostgreSQL server for one run, dropped after. */
async function withDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const db = await createTestDatabase('vt_bench');
  try {
    return await run(db.url);
  } finally {
    await db.drop();
  }
}

export async function benchEdge(): Promise<Figure[]> {
  const figures = await benchOne('PGlite', {});
  figures.push(...(await cpuFigures('PGlite', {})));
  figures.push(...(await costOf100Notes({})));
  // The tests' server, with fsync on: commits cost what they cost on a real server.
  const releasePostgres = await provideTestPostgres({ durable: true });
  try {
    const db = await createTestDatabase('vt_bench');
    try {
      const env = { DATABASE_URL: db.url };
      figures.push(...(await benchOne('PostgreSQL', env)));
      // A database of its own, as the scaling runs below: the runs on `db` leave tens of thousands
      // of one owner's notes behind, and every note reads its owner's recent expenses.
      figures.push(...(await withDatabase((url) => cpuFigures('PostgreSQL', { DATABASE_URL: url }))));
      figures.push(...(await voiceMemory(env)));
      figures.push(...(await loadRun(env)));
    } finally {
      await db.drop();
    }
    figures.push(...(await withDatabase(notesPerSecondByProcesses)));
  } finally {
    await releasePostgres();
  }
  return figures;
}
