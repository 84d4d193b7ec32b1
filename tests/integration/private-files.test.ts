/**
 * What the server and `pnpm backup` leave on disk is its user's alone: DATA_DIR and the
 * directories under it 0700, PGlite's files, the lock, the pairing file and the backups 0600,
 * whatever the umask the server was started with; and a DATA_DIR already open to other users is
 * said at start. Real parts: `edge/src/node.ts` as a child process, the CLI as a person runs it.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openPgliteSql } from '@voicetrack/edge/store/pglite-sql.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { NOTE_CONTEXT } from '../support/edge-app.ts';
import { type EdgeProcess, startEdgeProcess } from '../support/edge-process.ts';
import { IMAGE_ENV } from '../support/pglite-image.ts';

const run = promisify(execFile);
const servers: EdgeProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
});

async function serve(dataDir: string): Promise<EdgeProcess> {
  const server = await startEdgeProcess({ DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' });
  servers.push(server);
  return server;
}

/** Every entry under dir (itself included) whose mode lets the group or others in, with its mode. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    const mode = statSync(path).mode & 0o777;
    if (mode & 0o077) found.push(`${path} ${mode.toString(8)}`);
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(dir);
  return found;
}

describe('private data on disk', () => {
  it('keeps DATA_DIR, PGlite’s files and the backups to their user, and says when DATA_DIR is open to others', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'vt-private-')), 'data');
    const server = await serve(dataDir);
    const saved = await fetch(`${server.url}/api/text`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '12,50 resto ce midi', clientId: crypto.randomUUID(), ...NOTE_CONTEXT }),
    });
    expect(saved.status).toBe(201);
    // While it runs: PGlite's files, its lock and the pairing file are there.
    expect(readdirSync(dataDir).sort()).toEqual(['pair.json', 'pglite', 'pglite.lock']);
    expect(openToOthers(dataDir)).toEqual([]);
    expect(server.stderr()).not.toContain('open to other users');
    await server.stop('SIGTERM');

    // Opened to others since (an old version, a cp -r): the next process says so and how to close
    // it, and leaves the person's directory as it is, but what it writes is private all the same.
    chmodSync(dataDir, 0o755);
    // The CLI starts with the test's own umask (022 unless set otherwise).
    const backup = await run('node_modules/.bin/tsx', ['edge/src/cli/backup.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    expect(backup.stderr).toContain(
      `warning: DATA_DIR (${dataDir}) is open to other users of this machine (mode 755), and it holds every expense and the push key: chmod -R go-rwx ${dataDir}`,
    );
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(1);
    expect(openToOthers(dataDir)).toEqual([`${dataDir} 755`]);
  }, 120_000);
});

describe('backups in a folder of their own (BACKUP_DIR outside DATA_DIR)', () => {
  it('writes each backup 0600 in a folder made 0700, whatever the umask the CLI starts with', async () => {
    const home = mkdtempSync(join(tmpdir(), 'vt-private-backups-'));
    const backups = join(home, 'off-site', 'voicetrack');
    // DATA_DIR starts as the run's migrated database (pglite-image.ts): a new one's initdb and
    // migrations in the cold CLI took 7.3 s of CPU (2.9 s on a migrated one): about two minutes at
    // CI's load of 30 on two cores, past this test's 60 s. A new DATA_DIR's first start is the test above's.
    const image = process.env[IMAGE_ENV];
    if (image)
      await (await openPgliteSql(join(home, 'data', 'pglite'), new Blob([readFileSync(image)]))).close();
    await run('node_modules/.bin/tsx', ['edge/src/cli/backup.ts'], {
      env: { ...process.env, DATA_DIR: join(home, 'data'), DATABASE_URL: '', BACKUP_DIR: backups },
    });
    const files = readdirSync(backups);
    expect(files).toHaveLength(1);
    expect(statSync(backups).mode & 0o777).toBe(0o700);
    expect(statSync(join(backups, files[0] as string)).mode & 0o777).toBe(0o600);
    expect(openToOthers(backups)).toEqual([]);
  }, 60_000);
});
