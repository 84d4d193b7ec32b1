/** The edge server as a real child process (`tsx edge/src/node.ts`), for crash tests and benches. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processCpuMs } from './proc-cpu.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// One process (node with tsx's loader), not the tsx CLI, which would run the server as a
// grandchild that a kill signal to the child would miss.
const TSX_LOADER = 'tsx';

export interface EdgeProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** What the server wrote to stderr so far (warnings at start). */
  stderr(): string;
  /** Resident memory of the server process, in MiB (Linux /proc). */
  rssMiB(): number;
  /** CPU time the server process has used so far, user + system, all its threads, in ms (Linux /proc). */
  cpuMs(): number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface EdgeProcessOptions {
  /** Called with every line the server writes to stdout (its JSON logs), the start line included. */
  onLogLine?: (line: string) => void;
}

export async function startEdgeProcess(
  env: Record<string, string>,
  options: EdgeProcessOptions = {},
): Promise<EdgeProcess> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, 'edge/src/node.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: 'memory://', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /"url":"([^"]+)"/.exec(out);
      if (m?.[1]) {
        child.stdout?.off('data', onData);
        if (options.onLogLine) followLines(child, out, options.onLogLine);
        // Keep draining the logs, as a log collector would: a full pipe would stall the server.
        child.stdout?.resume();
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`edge exited with ${code}: ${stderr}`)));
  });
  const pid = child.pid as number;
  return {
    url,
    pid,
    child,
    stderr: () => stderr,
    rssMiB: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return Math.round((kb / 1024) * 10) / 10;
    },
    cpuMs: () => processCpuMs(pid),
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** Hands each complete stdout line to onLine, starting with what was read before the start line. */
function followLines(child: ChildProcess, seen: string, onLine: (line: string) => void): void {
  let rest = seen;
  const flush = () => {
    const lines = rest.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') onLine(line);
  };
  flush();
  child.stdout?.on('data', (d: Buffer) => {
    rest += d.toString();
    flush();
  });
}
