/**
 * The Supabase Edge Function `api` on the real Deno runtime: the `deno` npm package (the version
 * line Supabase's edge-runtime runs, supabase/package.json) runs `supabase/functions/api/index.ts`
 * with its import map, as `supabase functions serve` would, on a port of this machine.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DENO = fileURLToPath(new URL('../../supabase/node_modules/.bin/deno', import.meta.url));

export interface DenoFunction {
  /** http://127.0.0.1:<port>: the function's own address (its routes are /api/...). */
  url: string;
  /** What the function wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

/** Starts the function with `env` (on top of this process's) and waits until it answers health. */
export async function startDenoFunction(env: Record<string, string>): Promise<DenoFunction> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const deno: ChildProcess = spawn(
    DENO,
    [
      'run',
      '--allow-env',
      // Supabase's runtime lets functions reach the network; here only this machine exists.
      '--allow-net',
      '--allow-read',
      '--config',
      'supabase/functions/api/deno.json',
      'supabase/functions/api/index.ts',
    ],
    {
      cwd: ROOT,
      env: {
        // The machine's own settings (proxy, CA certificates for the npm registry) pass through.
        ...process.env,
        DENO_NO_UPDATE_CHECK: '1',
        // Trust the system's CA store too, as Node does with NODE_EXTRA_CA_CERTS.
        DENO_TLS_CA_STORE: 'system,mozilla',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // Supabase mode requires a real push contact (deploy's secrets step); a test may unset it.
        VAPID_SUBJECT: 'mailto:ops@voicetrack.example',
        ...env,
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // The npm `deno` bin is a Node wrapper that spawns the real binary: its own process group
      // lets stop() end both, not just the wrapper (the binary was left running).
      detached: true,
    },
  );
  const append = (d: Buffer) => {
    log += d.toString();
  };
  deno.stdout?.on('data', append);
  deno.stderr?.on('data', append);
  const stop = async () => {
    if (deno.pid && deno.exitCode === null && deno.signalCode === null) {
      const exited = new Promise((r) => deno.once('exit', r));
      process.kill(-deno.pid, 'SIGTERM');
      await exited;
    }
  };
  // The first run downloads the npm packages the function imports; wait for it to answer. Any
  // answer will do: a function whose database is down still answers health (503).
  // Two minutes: a cold cache downloads the packages (the test files give their hook 150 s).
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    if (deno.exitCode !== null) {
      await new Promise((r) => setTimeout(r, 200));
      throw new Error(`deno exited with ${deno.exitCode}: ${log}`);
    }
    const answered = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (answered) return { url, log: () => log, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the Deno function did not start: ${log}`);
}
