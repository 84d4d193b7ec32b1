/**
 * The test run's own PostgreSQL server (tests/support/test-postgres.ts) leaves nothing behind:
 * stopped and deleted when its process is interrupted, and swept by the next start when the
 * process was killed outright. Each case runs a real process holding a real server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { sweepStaleClusters } from '../support/private-postgres.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOLDER = `
import { provideTestPostgres } from './tests/support/test-postgres.ts';
await provideTestPostgres();
console.log(process.env.TEST_PG_ADMIN_URL);
setInterval(() => {}, 1000);
`;

interface Holder {
  child: ChildProcess;
  url: string;
  /** The server's temp directory (found by its owner.json). */
  root: string;
  exited: Promise<NodeJS.Signals | number | null>;
}

const holders: Holder[] = [];
afterAll(() => {
  for (const h of holders) h.child.kill('SIGTERM');
});

/** A process that starts a server the way Vitest's global setup does, with no server named. */
async function startHolder(): Promise<Holder> {
  const { TEST_PG_ADMIN_URL: _named, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', HOLDER], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    void exited.then((how) => reject(new Error(`holder ended (${String(how)}): ${err}`)));
  });
  const root = readdirSync(tmpdir())
    .map((name) => join(tmpdir(), name))
    .find((dir) => {
      try {
        return JSON.parse(readFileSync(join(dir, 'owner.json'), 'utf8')).pid === child.pid;
      } catch {
        return false;
      }
    });
  if (!root) throw new Error('no server directory owned by the holder');
  const holder = { child, url, root, exited };
  holders.push(holder);
  return holder;
}

async function answers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

describe("the test run's own PostgreSQL server", () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'is stopped and deleted when its process gets %s, which still ends it',
    async (signal) => {
      const h = await startHolder();
      expect(h.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
      expect(await answers(h.url)).toBe(true);
      h.child.kill(signal);
      expect(await h.exited).toBe(signal);
      expect(existsSync(h.root)).toBe(false);
      expect(await answers(h.url)).toBe(false);
    },
    60_000,
  );

  it("left by a SIGKILLed process is removed at the next start, and a live process's is kept", async () => {
    const [dead, live] = await Promise.all([startHolder(), startHolder()]);
    dead.child.kill('SIGKILL');
    await dead.exited;
    expect(existsSync(dead.root)).toBe(true);
    expect(await answers(dead.url)).toBe(true);

    const removed = sweepStaleClusters();
    expect(removed).toContain(dead.root);
    expect(removed).not.toContain(live.root);
    expect(existsSync(dead.root)).toBe(false);
    expect(await answers(dead.url)).toBe(false);
    expect(await answers(live.url)).toBe(true);

    live.child.kill('SIGTERM');
    await live.exited;
    expect(existsSync(live.root)).toBe(false);
  }, 60_000);
});
