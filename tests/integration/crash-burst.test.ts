/**
 * The server killed (SIGKILL) in the middle of a burst of notes, then restarted on the same data:
 * every note the client saw acknowledged is in the database exactly once, and sending every note
 * again — as the PWA's outbox does with whatever it did not see acknowledged, and sometimes with
 * what it did — leaves exactly one expense per note.
 *
 * Real parts only: `edge/src/node.ts` as a child process, the real groq-sdk talking HTTP to the
 * fake provider, PGlite in a directory on disk (so it outlives the process) and the PostgreSQL
 * server. The database is read back through the API after the restart, and with plain SQL at the end.
 */
import type { CaptureResult, Expense } from '@voicetrack/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DurableDatabase, pgliteOnDisk, postgresServer } from '../support/durable-database.ts';
import { apiAt, textNote, voiceNote } from '../support/edge-app.ts';
import { type EdgeProcess, startEdgeProcess } from '../support/edge-process.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

const SPOKEN = 'Douze euros cinquante au resto ce midi.';
const NOTES = 48;
/** Requests on the wire at once, as a phone flushing a long outbox over a few connections. */
const CONCURRENCY = 12;
/** The kill lands once this many notes have been acknowledged. */
const KILL_AFTER = 16;
/** Slow transcriptions, so voice notes are mid-pipeline when the kill lands. */
const PROVIDER_DELAY_MS = 150;

interface Note {
  clientId: string;
  kind: 'text' | 'voice';
  amount: string;
}

/** Half typed (settled by the local parser, one statement), half spoken (claim, provider, complete). */
const notes: Note[] = Array.from({ length: NOTES }, (_, i) =>
  i % 2 === 0
    ? { clientId: crypto.randomUUID(), kind: 'text', amount: `${i + 1}.50` }
    : { clientId: crypto.randomUUID(), kind: 'voice', amount: '12.50' },
);

function send(base: string, note: Note) {
  const api = apiAt(base);
  if (note.kind === 'voice')
    return api.voice.$post({ form: voiceNote(RESTO_WEBM, { clientId: note.clientId }) });
  const [euros, cents] = note.amount.split('.');
  return api.text.$post({ json: textNote(`Boulangerie ${euros},${cents} €`, { clientId: note.clientId }) });
}

/** What the client saw of the burst. */
interface Burst {
  acknowledged: Map<string, CaptureResult>;
  ackedAtKill: number;
  inFlightAtKill: number;
  neverSent: number;
  /** Requests that ended without an answer (the connection died with the server). */
  cut: number;
  /** Answers other than 2xx before the kill (there should be none). */
  refused: string[];
}

/** Sends the notes CONCURRENCY at a time and SIGKILLs the server at the KILL_AFTER-th acknowledgement. */
async function burstThenKill(edge: EdgeProcess): Promise<Burst> {
  const burst: Burst = {
    acknowledged: new Map(),
    ackedAtKill: 0,
    inFlightAtKill: 0,
    neverSent: 0,
    cut: 0,
    refused: [],
  };
  let next = 0;
  let inFlight = 0;
  let killed = false;
  const worker = async () => {
    while (!killed && next < notes.length) {
      const note = notes[next++] as Note;
      inFlight++;
      try {
        const res = await send(edge.url, note);
        if (res.ok) burst.acknowledged.set(note.clientId, await res.json());
        else {
          // An error body, only printed.
          const body: unknown = await res.json();
          if (!killed) burst.refused.push(`${note.kind} ${res.status} ${JSON.stringify(body)}`);
        }
      } catch {
        burst.cut++;
      } finally {
        inFlight--;
      }
      if (!killed && burst.acknowledged.size >= KILL_AFTER) {
        // Synchronously, in the same tick as the acknowledgement: the other requests are mid-way.
        killed = true;
        burst.ackedAtKill = burst.acknowledged.size;
        burst.inFlightAtKill = inFlight;
        edge.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  burst.neverSent = notes.length - next;
  return burst;
}

/** The outbox's loop: the same request until the server gives an answer it can keep. */
async function sendUntilKept(base: string, note: Note): Promise<{ status: number; body: CaptureResult }> {
  let last = '';
  for (let attempt = 1; attempt <= 10; attempt++) {
    try {
      const res = await send(base, note);
      if (res.ok) return { status: res.status, body: await res.json() };
      const body: unknown = await res.json();
      last = `${res.status} ${JSON.stringify(body)}`;
      // Only a busy note, a limit or an outage is worth retrying; anything else is a bug here.
      if (![409, 429, 503].includes(res.status)) break;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 250 * attempt));
  }
  throw new Error(`note ${note.clientId} (${note.kind}) was never kept: ${last}`);
}

async function allExpenses(base: string): Promise<Expense[]> {
  const all: Expense[] = [];
  let cursor: string | null = null;
  do {
    const res = await apiAt(base).expenses.$get({ query: { limit: '200', ...(cursor ? { cursor } : {}) } });
    expect(res.status).toBe(200);
    const page = await res.json();
    all.push(...page.expenses);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

const byClientId = (expenses: readonly Expense[]) => {
  const map = new Map<string, Expense[]>();
  for (const e of expenses) map.set(e.clientId, [...(map.get(e.clientId) ?? []), e]);
  return map;
};

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(async () => {
  await fake?.close();
});

describe.each([
  ['PGlite on disk', () => pgliteOnDisk('vt-crash-burst-')],
  ['the PostgreSQL server', () => postgresServer('vt_crash_burst')],
] as const)('the edge killed with SIGKILL during a burst of notes, on %s', (label, open) => {
  let database: DurableDatabase;
  let edge: EdgeProcess | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await open();
    env = {
      ...database.env,
      GROQ_API_KEY: 'test-key',
      GROQ_BASE_URL: fake.url,
      PROVIDER_MAX_RETRIES: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      MAX_UPLOADS_PER_USER: '100',
      MAX_UPLOADS: '1000',
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(async () => {
    await edge?.stop('SIGKILL');
    await database?.cleanup();
  });

  it('keeps every acknowledged note exactly once, and the outbox resending everything adds one per note', async () => {
    fake.reset();
    fake.setDefaultTranscript(SPOKEN);
    fake.setDelay(PROVIDER_DELAY_MS);
    edge = await startEdgeProcess(env);
    const killedEdge = edge;
    const burst = await burstThenKill(killedEdge);
    await killedEdge.stop('SIGKILL');
    expect(killedEdge.child.signalCode).toBe('SIGKILL');
    fake.setDelay(0);

    // The kill landed mid-burst: some notes acknowledged, others on the wire, none refused.
    expect(burst.refused).toEqual([]);
    expect(burst.ackedAtKill).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(burst.inFlightAtKill).toBeGreaterThan(0);
    expect(burst.cut).toBeGreaterThan(0);

    const restarted = await startEdgeProcess(env);
    edge = restarted;
    const afterRestart = byClientId(await allExpenses(restarted.url));
    for (const [clientId, ack] of burst.acknowledged) {
      const stored = afterRestart.get(clientId) ?? [];
      expect(
        stored.map((e) => e.id),
        `acknowledged note ${clientId}`,
      ).toEqual(ack.expenses.map((e) => e.id));
    }
    for (const stored of afterRestart.values()) expect(stored).toHaveLength(1);
    const committedUnanswered = [...afterRestart.keys()].filter((id) => !burst.acknowledged.has(id)).length;

    // The outbox sends every note again, acknowledged or not, a few at a time.
    const resent = new Map<string, { status: number; body: CaptureResult }>();
    const queue = [...notes];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let note = queue.shift(); note; note = queue.shift())
          resent.set(note.clientId, await sendUntilKept(restarted.url, note));
      }),
    );
    for (const [clientId, ack] of burst.acknowledged) {
      const again = resent.get(clientId);
      expect(again?.status, `acknowledged note ${clientId} sent again`).toBe(200);
      expect(again?.body.expenses.map((e) => e.id)).toEqual(ack.expenses.map((e) => e.id));
    }
    const savedByResend = [...resent.values()].filter((r) => r.status === 201).length;

    const final = byClientId(await allExpenses(restarted.url));
    expect(final.size).toBe(NOTES);
    for (const note of notes) {
      const stored = final.get(note.clientId) ?? [];
      expect(stored, `note ${note.clientId} (${note.kind})`).toHaveLength(1);
      expect(stored[0]).toMatchObject({ amount: note.amount, source: note.kind, status: 'saved' });
    }

    const health = await apiAt(restarted.url).health.$get();
    expect(health.status).toBe(200);
    expect((await health.json()).database.ok).toBe(true);

    console.log(
      `[crash-burst, ${label}] ${NOTES} notes: ${burst.ackedAtKill} acknowledged before the kill, ` +
        `${burst.inFlightAtKill} in flight (${burst.cut} cut off), ${burst.neverSent} not yet sent, ` +
        `${burst.acknowledged.size - burst.ackedAtKill} acknowledged as the server died; after the restart ` +
        `${afterRestart.size} in the database (${committedUnanswered} committed but never answered), ` +
        `${savedByResend} saved by the resend, ${final.size} in the end`,
    );

    // And straight from the tables, once the server is gone: one expense per note, nothing else.
    await restarted.stop();
    const counts = await database.countByNote();
    expect(counts.size).toBe(NOTES);
    for (const note of notes) expect(counts.get(note.clientId), note.clientId).toBe(1);
  }, 180_000);
});
