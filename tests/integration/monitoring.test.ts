/**
 * What an operator watches, through the real server process (`edge/src/node.ts`): GET /api/health
 * follows the database, GET /api/metrics counts what happened, and stdout carries JSON logs.
 *
 * The database is a private PostgreSQL 15 server of this file's own (initdb + pg_ctl, run as the
 * `postgres` OS user), because the test stops it: the shared server on 5432 serves other files in
 * parallel. The edge reaches it through a proxy the test can make hang, so the same server also
 * shows a database that stops answering without refusing.
 */
import { readFileSync } from 'node:fs';
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiAt, textNote, voiceNote } from '../support/edge-app.ts';
import { type EdgeProcess, startEdgeProcess } from '../support/edge-process.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { type HangingProxy, startHangingProxy } from '../support/hanging-proxy.ts';
import { type PrivatePostgres, startPrivatePostgres } from '../support/private-postgres.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

/** Far above the health check's own timeout (2 s), far below "hangs forever". */
const HANG_DEADLINE_MS = 10_000;

let pg: PrivatePostgres;
let proxy: HangingProxy;
let fake: FakeProvider;
let edge: EdgeProcess;
let api: ReturnType<typeof apiAt>;
const logLines: string[] = [];

beforeAll(async () => {
  [pg, fake] = await Promise.all([startPrivatePostgres(), startFakeProvider()]);
  proxy = await startHangingProxy(pg.port);
  edge = await startEdgeProcess(
    {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${proxy.port}/postgres`,
      GROQ_API_KEY: 'test-key',
      GROQ_BASE_URL: fake.url,
      PROVIDER_MAX_RETRIES: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
      MAX_UPLOADS_PER_USER: '100',
      MAX_UPLOADS: '1000',
      LOG_LEVEL: 'info',
    },
    { onLogLine: (line) => logLines.push(line) },
  );
  api = apiAt(edge.url);
}, 120_000);
afterEach(() => fake.reset());
afterAll(async () => {
  await edge?.stop();
  await proxy?.close();
  await fake?.close();
  await pg?.destroy();
});

const health = async (signal?: AbortSignal) => {
  const res = await api.health.$get(undefined, signal ? { init: { signal } } : {});
  return { status: res.status, cache: res.headers.get('cache-control'), body: await res.json() };
};
const healthStatus = async () => (await health()).status;

const postText = (text: string, clientId: string = crypto.randomUUID()) =>
  api.text.$post({ json: textNote(text, { clientId }) });
const postVoice = (clientId: string = crypto.randomUUID()) =>
  api.voice.$post({ form: voiceNote(RESTO_WEBM, { clientId }) });

describe('GET /api/health', () => {
  it('answers 200 while PostgreSQL answers', async () => {
    const h = await health();
    expect(h.status).toBe(200);
    expect(h.cache).toBe('no-store');
    expect(h.body).toMatchObject({ status: 'ok', database: { ok: true, kind: 'postgres' } });
  });

  it('answers 503 saying the database is down while PostgreSQL is stopped, and 200 once it is back', async () => {
    await pg.stop();
    try {
      // The first request may still meet a pooled connection that has not seen the close yet.
      await expect.poll(healthStatus, { timeout: 15_000 }).toBe(503);
      const down = await health();
      expect(down.status).toBe(503);
      expect(down.cache).toBe('no-store');
      expect(down.body).toMatchObject({ status: 'degraded', database: { ok: false, kind: 'postgres' } });
      // The process keeps running: a dead database is an answer, not a crash.
      expect(edge.child.exitCode).toBeNull();
      // The log says why, for whoever the monitor wakes up.
      const why = logLines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((e) => e.msg === 'health check failed');
      expect(why).toMatchObject({ level: 'warn', reason: expect.stringMatching(/^database: /) });
      expect(why?.time).toEqual(expect.any(String));
    } finally {
      await pg.start();
    }
    await expect.poll(healthStatus, { timeout: 30_000 }).toBe(200);
    expect((await health()).body.database.ok).toBe(true);
  });

  it('answers 503 within its own timeout when the database hangs instead of refusing', async () => {
    proxy.hang();
    try {
      // Without a timeout in the check this fetch would wait forever and the deadline would abort it.
      const hung = await health(AbortSignal.timeout(HANG_DEADLINE_MS));
      expect(hung.status).toBe(503);
      expect(hung.body).toMatchObject({ status: 'degraded', database: { ok: false } });
    } finally {
      proxy.heal();
    }
    await expect.poll(healthStatus, { timeout: 30_000 }).toBe(200);
  });
});

type Sample = { name: string; labels: Record<string, string>; value: number };

/** Prometheus text format 0.0.4, the lines the registry writes: `name{k="v",...} value`. */
function parseMetrics(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const m = /^([A-Za-z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m?.[1] || !m[3]) throw new Error(`not a Prometheus sample: ${line}`);
      const labels = Object.fromEntries(
        [...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k, v]),
      );
      return { name: m[1], labels, value: Number(m[3]) };
    });
}

async function scrape(): Promise<(name: string, labels?: Record<string, string>) => number> {
  const res = await api.metrics.$get();
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  const samples = parseMetrics(await res.text());
  // The sum of every series of `name` whose labels include `labels` (0 when there is none yet).
  return (name, labels = {}) =>
    samples
      .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
      .reduce((sum, s) => sum + s.value, 0);
}

const REQUESTS = 'voicetrack_http_requests_total';
const LATENCY_COUNT = 'voicetrack_http_request_duration_seconds_count';
const NOTES = 'voicetrack_notes_processed_total';
const NEEDS_REVIEW = 'voicetrack_expenses_needs_review';
const PROVIDER_CALLS = 'voicetrack_provider_calls_total';
const PROVIDER_SECONDS_COUNT = 'voicetrack_provider_call_duration_seconds_count';
const WHISPER = 'groq:whisper-large-v3-turbo';

describe('GET /api/metrics', () => {
  it('counts each request by route and status by exactly what was sent, and times each one', async () => {
    const before = await scrape();
    const sent = await Promise.all([
      postText('Café 3,20 €'),
      postText('Boulangerie 4,10 €'),
      postText('Métro 2,15 €'),
      // Two bodies the typed client cannot send: not JSON, and JSON without the note's fields.
      fetch(`${edge.url}/api/text`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
      fetch(`${edge.url}/api/text`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Café 3,20 €' }),
      }),
      api.expenses.$get({ query: { limit: '5' } }),
    ]);
    expect(sent.map((r) => r.status)).toEqual([201, 201, 201, 400, 400, 200]);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      after(name, labels) - before(name, labels);

    expect(delta(REQUESTS, { method: 'POST', route: '/api/text', status: '201' })).toBe(3);
    expect(delta(REQUESTS, { method: 'POST', route: '/api/text', status: '400' })).toBe(2);
    expect(delta(REQUESTS, { method: 'POST', route: '/api/text' })).toBe(5);
    expect(delta(REQUESTS, { method: 'GET', route: '/api/expenses', status: '200' })).toBe(1);
    expect(delta(LATENCY_COUNT, { route: '/api/text' })).toBe(5);
    expect(delta(LATENCY_COUNT, { route: '/api/expenses' })).toBe(1);
    expect(after('voicetrack_http_request_duration_seconds_bucket', { route: '/api/text', le: '+Inf' })).toBe(
      after(LATENCY_COUNT, { route: '/api/text' }),
    );
  });

  it('counts notes saved and held for review, once each, and the review gauge follows the database', async () => {
    const before = await scrape();
    const savedId = crypto.randomUUID();
    const saved = await postText('Pharmacie 8,90 €', savedId);
    expect(saved.status).toBe(201);
    expect((await saved.json()).status).toBe('saved');
    // The outbox sends a note again when it missed the answer: the same note, not a second one.
    expect((await postText('Pharmacie 8,90 €', savedId)).status).toBe(200);

    // Words the local parser is unsure of, and the model answers an amount nobody said: held for review.
    fake.enqueueChatContent(
      JSON.stringify({
        expenses: [
          { amount: '4.00', currency: 'EUR', category: 'dining', description: 'café', date: '2026-11-24' },
        ],
      }),
    );
    const held = await postText(
      'euh pour le truc de tout à l’heure, disons trente-deux euros quarante, je crois',
    );
    expect(held.status).toBe(201);
    expect((await held.json()).status).toBe('needs_review');

    fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    expect((await postVoice()).status).toBe(201);

    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      after(name, labels) - before(name, labels);
    expect(delta(NOTES, { source: 'text', outcome: 'saved' })).toBe(1);
    expect(delta(NOTES, { source: 'text', outcome: 'needs_review' })).toBe(1);
    expect(delta(NOTES, { source: 'voice', outcome: 'saved' })).toBe(1);
    expect(delta(NOTES)).toBe(3);
    expect(delta(NEEDS_REVIEW)).toBe(1);
  });

  it('counts provider calls, and a failed call as a failure of that provider', async () => {
    const before = await scrape();
    fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
    fake.failNext(500, 1, undefined, 'transcriptions');
    const clientId = crypto.randomUUID();
    const failed = await postVoice(clientId);
    expect(failed.status).toBe(503);
    expect(v.parse(ErrorBodySchema, await failed.json()).error.code).toBe('provider_unavailable');
    expect((await postVoice(clientId)).status).toBe(201);

    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      after(name, labels) - before(name, labels);
    const whisper = { provider: WHISPER, kind: 'transcription' };
    expect(delta(PROVIDER_CALLS, whisper)).toBe(2);
    expect(delta(PROVIDER_CALLS, { ...whisper, outcome: 'ok' })).toBe(1);
    expect(delta(PROVIDER_CALLS, { ...whisper, outcome: 'ProviderUnavailableError' })).toBe(1);
    expect(delta(PROVIDER_SECONDS_COUNT, whisper)).toBe(2);
    expect(delta(REQUESTS, { method: 'POST', route: '/api/voice', status: '503' })).toBe(1);
    expect(delta(REQUESTS, { method: 'POST', route: '/api/voice', status: '201' })).toBe(1);
    // The note was given back, not lost: the retry was its one expense.
    expect(delta(NOTES, { source: 'voice', outcome: 'saved' })).toBe(1);
  });
});

describe('the logs on stdout', () => {
  it('are one JSON object per line, carry the request id, and never the words or the audio at info', async () => {
    const spoken = 'Dix-sept euros quarante chez la fleuriste Zéphyrine pour Capucine';
    const typed = 'Onze euros chez le cordonnier Barnabé-Quentin';
    fake.setDefaultTranscript(spoken);
    const voice = await postVoice();
    expect(voice.status).toBe(201);
    expect((await voice.json()).transcript).toBe(spoken);
    const text = await postText(typed);
    expect(text.status).toBe(201);
    const ids = [voice.headers.get('x-request-id'), text.headers.get('x-request-id')];
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);

    // The request line is written after the answer: wait for the second one to reach stdout.
    await expect.poll(() => logLines.filter((l) => ids.some((id) => id && l.includes(id))).length).toBe(2);
    const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    // Every line has the same shape, the start line included.
    expect(entries.some((e) => e.msg === 'VoiceTrack is listening')).toBe(true);
    for (const e of entries) {
      expect(typeof e.level).toBe('string');
      expect(typeof e.msg).toBe('string');
      expect(Number.isNaN(Date.parse(String(e.time)))).toBe(false);
    }
    const voiceLine = entries.find((e) => e.requestId === ids[0]);
    expect(voiceLine).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      route: '/api/voice',
      status: 201,
    });
    expect(entries.find((e) => e.requestId === ids[1])).toMatchObject({ route: '/api/text', status: 201 });
    expect(entries.filter((e) => e.msg === 'request').every((e) => typeof e.requestId === 'string')).toBe(
      true,
    );

    const info = logLines.filter((_, i) => entries[i]?.level === 'info' || entries[i]?.level === 'debug');
    expect(info.length).toBeGreaterThan(0);
    for (const line of info) {
      expect(line).not.toContain('Zéphyrine');
      expect(line).not.toContain('Barnabé-Quentin');
      // The audio as text (base64) would be kilobytes on one line.
      expect(line.length).toBeLessThan(RESTO_WEBM.length);
      expect(line).not.toContain(Buffer.from(RESTO_WEBM.subarray(0, 48)).toString('base64'));
    }
  });
  it('never carry a bank label nor a full account number, through imports, refusals and answers', async () => {
    const file = (name: string) =>
      new File(
        [readFileSync(new URL(`../fixtures/statements/${name}`, import.meta.url))],
        name.split('/').pop() ?? name,
      );
    const before = logLines.length;
    const camt = await api.statements.$post({
      form: { file: file('camt053-v02-card-sepa-salary.xml'), account: 'Compte courant' },
    });
    expect(camt.status).toBe(201);
    // Half good: the bad lines are refused by number, with reasons.
    const half = await api.statements.$post({
      form: { file: file('bad/csv-half-good-impossible-dates-currencies.csv') },
    });
    expect(half.status).toBe(201);
    // An XML bomb is refused whole.
    expect(
      (await api.statements.$post({ form: { file: file('bad/camt053-billion-laughs.xml') } })).status,
    ).toBe(422);
    const month = await (await api.reconciliation.$get({ query: { month: '2026-11' } })).json();
    expect(month.suggestions.length).toBeGreaterThan(0);
    const [first] = month.suggestions;
    if (!first) throw new Error('no suggestion');
    const accepted = await api.reconciliation.suggestions[':id'].accept.$post({
      param: { id: first.id },
      json: { category: 'shopping' },
    });
    expect(accepted.status).toBe(201);
    // The statements' request lines are written after their answers.
    await expect
      .poll(() => logLines.slice(before).filter((l) => l.includes('/api/reconciliation/suggestions')).length)
      .toBe(1);
    const lines = logLines.slice(before);
    expect(lines.filter((l) => l.includes('/api/statements')).length).toBe(3);
    for (const secret of [
      'FR7630006000011234567890189',
      '30006000011234567890189',
      'CARREFOUR',
      'FREE MOBILE',
      'NETFLIX',
      'PETIT ZINC',
      'ACME SAS',
      'SALAIRE',
      'PRESSE DU COIN',
      'IMPOSSIBLE DATE',
      'BAD CURRENCY',
    ])
      expect(lines.filter((l) => l.toUpperCase().includes(secret))).toEqual([]);
  });
});
