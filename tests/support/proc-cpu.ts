/**
 * CPU time of processes on this machine, from Linux's /proc: a server process, and a PostgreSQL
 * cluster (its postmaster and every backend and worker it started), for the bench's CPU per note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';

// /proc counts CPU time in clock ticks of USER_HZ, which Linux fixes at 100 (`getconf CLK_TCK`).
const MS_PER_TICK = 10;

/** The fields of /proc/<pid>/stat from field 3 (state) on: the name in parentheses may hold spaces. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // Gone since the listing.
  }
}

// Offsets into statFields: field n of proc(5) is at n - 3.
const PPID = 1;
const UTIME = 11;
const STIME = 12;
const CUTIME = 13;
const CSTIME = 14;

/** utime + stime of a process, all its threads, in ms. */
export function processCpuMs(pid: number): number {
  const f = statFields(pid);
  if (!f) throw new Error(`no process ${pid}`);
  return (Number(f[UTIME]) + Number(f[STIME])) * MS_PER_TICK;
}

/**
 * A process and its children, in ms: theirs while they run, and those that ended (the
 * connections PostgreSQL closed) through the parent's cutime + cstime.
 */
export function processTreeCpuMs(pid: number): number {
  const parent = statFields(pid);
  if (!parent) throw new Error(`no process ${pid}`);
  let ticks = Number(parent[UTIME]) + Number(parent[STIME]) + Number(parent[CUTIME]) + Number(parent[CSTIME]);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const f = statFields(Number(name));
    if (f && Number(f[PPID]) === pid) ticks += Number(f[UTIME]) + Number(f[STIME]);
  }
  return ticks * MS_PER_TICK;
}

/**
 * A reader of the CPU time of the PostgreSQL cluster behind `url`, found through its data
 * directory's postmaster.pid; null when that cluster is not one this process can see (another
 * machine, or files it may not read).
 */
export async function postgresCpuReader(url: string): Promise<(() => number) | null> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<
      { data_directory: string }[]
    >`select current_setting('data_directory') as data_directory`;
    const pid = Number(
      readFileSync(join(row?.data_directory ?? '', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    processTreeCpuMs(pid);
    return () => processTreeCpuMs(pid);
  } catch {
    return null;
  } finally {
    await sql.end();
  }
}
