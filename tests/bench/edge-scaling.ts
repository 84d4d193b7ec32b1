/**
 * Notes per second from one server process to two over one PostgreSQL: the way past one machine
 * is more instances of the API over one database, and this shows it works on this one. Both
 * processes run the whole time; a round-robin proxy in the bench puts one or both behind one
 * port, and the same load (20 clients) goes through it. The order is one, two, two, one (drift
 * in the machine's load cancels out), each figure the mean of its two runs. The notes say how
 * busy each server process and the whole machine were: on 2 cores, the bench (autocannon, the
 * proxy, the fake provider) and PostgreSQL share them with the servers, so expect less than 2×.
 * Each run starts from empty tables: every note reads its owner's recent expenses (plausibility),
 * and one owner's growing table would make later runs slower than earlier ones.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type autocannon from 'autocannon';
import postgres from 'postgres';
import { type EdgeProcess, startEdgeProcess } from '../support/edge-process.ts';
import { postgresCpuReader } from '../support/proc-cpu.ts';
import { startRoundRobinProxy } from '../support/round-robin-proxy.ts';
import {
  benchEnv,
  DURATION_S,
  type LoadResult,
  load,
  textRequest,
  voiceRequest,
  withEdge,
} from './edge-load.ts';
import type { Figure } from './figure.ts';

const CLIENTS = 20;

/** Busy and total jiffies of the whole machine (first line of /proc/stat: every core). */
function machineTicks(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const t = cpu.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are the not-busy ones.
  const total = t.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - (t[3] ?? 0) - (t[4] ?? 0), total };
}

interface Run extends LoadResult {
  /** Each server's CPU over the run, in % of one core. */
  serverPercent: number[];
  /** PostgreSQL's and the bench's own (load, proxy, fake provider), in % of one core. */
  databasePercent: number | null;
  benchPercent: number;
  /** The machine's CPU over the run, in % of all its cores (other people's work included). */
  machinePercent: number;
}

const benchCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The notes of the previous run gone, so each run does the same work. */
async function emptyNotes(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`truncate expenses, captures, provider_usage`;
  } finally {
    await sql.end();
  }
}

async function measure(
  databaseUrl: string,
  url: string,
  servers: EdgeProcess[],
  database: (() => number) | null,
  request: autocannon.Request,
): Promise<Run> {
  await emptyNotes(databaseUrl);
  const cpu0 = servers.map((s) => s.cpuMs());
  const db0 = database?.() ?? 0;
  const bench0 = benchCpuMs();
  const m0 = machineTicks();
  const t0 = performance.now();
  const r = await load(url, request, CLIENTS);
  const wall = performance.now() - t0;
  const m1 = machineTicks();
  const percent = (ms: number) => Math.round((ms / wall) * 100);
  return {
    ...r,
    serverPercent: servers.map((s, i) => percent(s.cpuMs() - (cpu0[i] ?? 0))),
    databasePercent: database ? percent(database() - db0) : null,
    benchPercent: percent(benchCpuMs() - bench0),
    machinePercent: Math.round(((m1.busy - m0.busy) / (m1.total - m0.total)) * 100),
  };
}

const mean = (a: number, b: number) => (a + b) / 2;

/** What each run saw, runs separated by "/": rate, p50, and where the CPU went (% of a core). */
function describe(runs: Run[], servers: number): string {
  const each = (f: (r: Run) => string) => runs.map(f).join(' / ');
  const errors = runs.reduce((n, r) => n + r.errors, 0);
  return [
    `runs ${each((r) => `${Math.round(r.rps)}/s`)}`,
    `p50 ${each((r) => `${r.p50}`)} ms`,
    `CPU % of a core: server ${each((r) => r.serverPercent.slice(0, servers).join('+'))}`,
    `PostgreSQL ${each((r) => `${r.databasePercent ?? '?'}`)}`,
    `bench ${each((r) => `${r.benchPercent}`)}`,
    `machine busy ${each((r) => `${r.machinePercent}`)} % of ${availableParallelism()} cores`,
    `errors ${errors}`,
  ].join('; ');
}

export function notesPerSecondByProcesses(databaseUrl: string): Promise<Figure[]> {
  const env = { DATABASE_URL: databaseUrl };
  return withEdge(env, async (first, fake) => {
    // After the first: the second finds the migrations applied.
    const second = await startEdgeProcess(benchEnv(env, fake));
    const servers = [first, second];
    const database = await postgresCpuReader(databaseUrl);
    const one = await startRoundRobinProxy([first.url]);
    const two = await startRoundRobinProxy([first.url, second.url]);
    try {
      const figures: Figure[] = [];
      const kinds: [string, () => autocannon.Request][] = [
        ['/api/text', textRequest],
        ['/api/voice', voiceRequest],
      ];
      for (const [path, request] of kinds) {
        // Warm both processes' JIT and pools on this path.
        await load(two.url, request(), 4, { duration: 1 });
        const run = (proxy: string) => measure(databaseUrl, proxy, servers, database, request());
        const a1 = await run(one.url);
        const b1 = await run(two.url);
        const b2 = await run(two.url);
        const a2 = await run(one.url);
        const rps1 = mean(a1.rps, a2.rps);
        const rps2 = mean(b1.rps, b2.rps);
        figures.push(
          {
            name: `${path} notes/s, 1 server process (PostgreSQL)`,
            value: Math.round(rps1),
            unit: 'notes/s',
            note: `${CLIENTS} clients × ${DURATION_S} s, mean of 2 runs; ${describe([a1, a2], 1)}`,
          },
          {
            name: `${path} notes/s, 2 server processes (PostgreSQL)`,
            value: Math.round(rps2),
            unit: 'notes/s',
            note: `×${(rps2 / rps1).toFixed(2)} of one process; ${describe([b1, b2], 2)}`,
          },
        );
      }
      return figures;
    } finally {
      await one.close();
      await two.close();
      await second.stop();
    }
  });
}
