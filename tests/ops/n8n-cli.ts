/**
 * The real n8n CLI for the ops proof: installed on first use into ops/n8n/.cache (git-ignored,
 * outside the workspace so `pnpm install` and CI never fetch it), then run with its own user
 * folder so it never reads or writes ~/.n8n.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../support/free-port.ts';

// The last 1.x: n8n 2 needs Node 24, the workspace runs on Node 20.
export const N8N_VERSION = '1.123.81';
const CACHE = fileURLToPath(new URL('../../ops/n8n/.cache/', import.meta.url));
const BIN = join(CACHE, 'node_modules/.bin/n8n');
const run = promisify(execFile);

export function ensureN8n(): void {
  const installed = join(CACHE, 'node_modules/n8n/package.json');
  // sqlite3's binary is built last: without it, an install was cut short.
  const sqlite = join(CACHE, 'node_modules/sqlite3/build/Release/node_sqlite3.node');
  const version = existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version;
  if (version === N8N_VERSION && existsSync(sqlite)) return;
  mkdirSync(CACHE, { recursive: true });
  // n8n-nodes-base pins xlsx to a tarball on cdn.sheetjs.com, outside the npm registry (and out of
  // reach offline): the registry's last xlsx stands in; only the spreadsheet nodes use it.
  const manifest = { private: true, dependencies: { n8n: N8N_VERSION }, overrides: { xlsx: '0.18.5' } };
  writeFileSync(join(CACHE, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stderr.write(`installing n8n ${N8N_VERSION} into ${CACHE} (minutes, once)…\n`);
  const started = Date.now();
  // Without install scripts: isolated-vm 6 (for n8n's "vm" expression engine, turned off in
  // createN8n) only builds on Node 22+, and its failure would abort the whole install. Of the
  // native modules, n8n needs only sqlite3: built alone, from its bundled sources when no
  // prebuilt binary can be downloaded.
  const npm = (...args: string[]) => execFileSync('npm', args, { cwd: CACHE, stdio: 'inherit' });
  npm('i', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', CACHE);
  npm('rebuild', 'sqlite3', '--prefix', CACHE);
  process.stderr.write(`n8n installed in ${Math.round((Date.now() - started) / 1000)} s\n`);
}

export interface N8n {
  /** The n8n user folder, a fresh temp dir. */
  home: string;
  /** Runs `n8n <args>`; resolves with its output whatever the exit code, for the assertions. */
  cli(...args: string[]): Promise<{ code: number; output: string }>;
  /** The same n8n (folder, database, imported workflows) run with `env` on top of its own. */
  withEnv(env: Record<string, string>): N8n;
}

/** An n8n with its own SQLite database; `env` is what a person sets in n8n's environment. */
export async function createN8n(env: Record<string, string>): Promise<N8n> {
  const home = mkdtempSync(join(tmpdir(), 'vt-n8n-'));
  const fullEnv = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    N8N_USER_FOLDER: home,
    N8N_ENCRYPTION_KEY: 'voicetrack-ops-test-key',
    DB_TYPE: 'sqlite',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
    // The default of n8n 1.x, said out loud: the workflows read their settings from $env.
    N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
    // 1.123's default "vm" engine runs expressions in isolated-vm 6, which builds only on Node 22+
    // (and is not built, see ensureN8n); the legacy engine, the default of earlier 1.x, needs none.
    N8N_EXPRESSION_ENGINE: 'legacy',
    N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
    // The Code node runs in a task runner whose broker would take the fixed port 5679.
    N8N_RUNNERS_BROKER_PORT: String(await freePort()),
    GENERIC_TIMEZONE: 'Europe/Paris',
    ...env,
  };
  return n8nIn(home, fullEnv);
}

function n8nIn(home: string, env: Record<string, string>): N8n {
  return {
    home,
    cli: async (...args) => {
      try {
        const { stdout, stderr } = await run(BIN, args, { env, cwd: home, maxBuffer: 64 << 20 });
        return { code: 0, output: `${stdout}${stderr}` };
      } catch (e) {
        const err = e as { code?: number; stdout?: string; stderr?: string };
        return { code: err.code ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
      }
    },
    withEnv: (more) => n8nIn(home, { ...env, ...more }),
  };
}
