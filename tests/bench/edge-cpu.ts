/**
 * The server's CPU time per note: user + system time of the server process (every thread) from
 * /proc, over a fixed number of notes; on PostgreSQL, the cluster's own CPU read beside it.
 */
import autocannon from 'autocannon';
import type { EdgeProcess } from '../support/edge-process.ts';
import { postgresCpuReader } from '../support/proc-cpu.ts';
import { textRequest, voiceRequest, withEdge } from './edge-load.ts';
import type { Figure } from './figure.ts';

/** Notes per CPU-time reading: enough that /proc's 10 ms ticks are noise (≈ 1 % at 1 ms a note). */
const CPU_NOTES = Number(process.env.BENCH_CPU_NOTES ?? 1000);
/** Notes of each kind sent first, so the code paths are compiled when the CPU time is read. */
const CPU_WARM_NOTES = 200;

interface CpuPerNote {
  /** The server process, ms per note. */
  ms: number;
  /** The PostgreSQL cluster (postmaster, backends, workers), ms per note; null on PGlite. */
  databaseMs: number | null;
  errors: number;
}

/**
 * Milliseconds of the server's CPU (user + system, every thread) per note, over a fixed number
 * of notes sent by 10 clients. On PGlite the database runs inside the server, so its work counts;
 * on PostgreSQL the Node process is the figure and the cluster's own CPU is read beside it.
 */
async function cpuPerNote(
  edge: EdgeProcess,
  request: autocannon.Request,
  database: (() => number) | null,
): Promise<CpuPerNote> {
  const before = edge.cpuMs();
  const dbBefore = database?.() ?? 0;
  const r = await autocannon({ url: edge.url, connections: 10, amount: CPU_NOTES, requests: [request] });
  const perNote = (ms: number) => Math.round((ms / CPU_NOTES) * 100) / 100;
  return {
    ms: perNote(edge.cpuMs() - before),
    databaseMs: database ? perNote(database() - dbBefore) : null,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

function cpuFigure(kind: string, path: string, cpu: CpuPerNote, extra = ''): Figure {
  const where =
    cpu.databaseMs === null
      ? 'the database included (in-process)'
      : `the Node process alone; PostgreSQL ${cpu.databaseMs} ms more`;
  return {
    name: `server CPU per ${path} note (${kind})`,
    value: cpu.ms,
    unit: 'ms',
    note: `${CPU_NOTES} notes, 10 clients, ${where}${extra}, errors ${cpu.errors}`,
  };
}

/**
 * CPU per note on a server and a database of their own: every note reads its owner's recent
 * expenses (plausibility), so on the table the other runs fill (thousands of one owner's notes of
 * the same day) the figure would be the bench's table, not a note's work.
 */
export function cpuFigures(kind: 'PGlite' | 'PostgreSQL', env: Record<string, string>): Promise<Figure[]> {
  return withEdge(env, async (edge) => {
    const database = env.DATABASE_URL ? await postgresCpuReader(env.DATABASE_URL) : null;
    // Compile the code paths first, as on a server that has been up a while.
    for (const request of [textRequest(), voiceRequest()])
      await autocannon({ url: edge.url, connections: 10, amount: CPU_WARM_NOTES, requests: [request] });
    const text = await cpuPerNote(edge, textRequest(), database);
    const voice = await cpuPerNote(edge, voiceRequest(), database);
    return [
      cpuFigure(kind, '/api/text', text),
      cpuFigure(kind, '/api/voice', voice, ' (the fake provider runs in the bench)'),
    ];
  });
}
