/**
 * `pnpm backup` and `pnpm restore` while the server runs on PGlite: the server holds
 * DATA_DIR/pglite.lock while it has the files open, and the CLIs refuse (exit 2, naming the
 * server's pid) instead of opening the same files a second time; stopped or killed, the server's
 * lock no longer stands in the way. Real parts only: `edge/src/node.ts` as a child process, the
 * CLIs as a person runs them.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CaptureResultSchema, type ExpenseList, ExpenseListSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { NOTE_CONTEXT } from '../support/edge-app.ts';
import { type EdgeProcess, startEdgeProcess } from '../support/edge-process.ts';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';

const servers: EdgeProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
});

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(script: 'backup' | 'restore', env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(TSX, [`edge/src/cli/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    return { code: 0, stdout, stderr } satisfies CliResult;
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr } satisfies CliResult;
  }
}

async function serve(dataDir: string): Promise<EdgeProcess> {
  const server = await startEdgeProcess({ DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' });
  servers.push(server);
  return server;
}

async function expenses(server: EdgeProcess): Promise<ExpenseList['expenses']> {
  const list = v.parse(ExpenseListSchema, await (await fetch(`${server.url}/api/expenses`)).json());
  return list.expenses;
}

const backupsIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json.gz')) : [];

describe('backup and restore while the server runs on PGlite', () => {
  it('refuse with exit code 2 naming the server, write nothing, and work once it is stopped or killed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vt-live-'));
    const backupDir = join(dataDir, 'backups');
    const env = { DATA_DIR: dataDir, BACKUP_DIR: backupDir };

    let server = await serve(dataDir);
    const lock = JSON.parse(readFileSync(join(dataDir, 'pglite.lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: server.pid, holder: 'the server' });
    const saved = await fetch(`${server.url}/api/text`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '12,50 resto ce midi', clientId: crypto.randomUUID(), ...NOTE_CONTEXT }),
    });
    expect(saved.status).toBe(201);
    const [expense] = v.parse(CaptureResultSchema, await saved.json()).expenses;

    const refused = await cli('backup', env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `the server (pid ${server.pid}) has DATA_DIR (${dataDir}) open: stop it first`,
    );
    expect(backupsIn(backupDir)).toEqual([]);

    await server.stop('SIGTERM');
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
    const taken = await cli('backup', env);
    expect(taken.code).toBe(0);
    expect(JSON.parse(taken.stdout).counts).toEqual({ captures: 1, expenses: 1 });
    const [file] = backupsIn(backupDir);

    // The expense deleted through the running server; a restore then would bring it back.
    server = await serve(dataDir);
    expect((await fetch(`${server.url}/api/expenses/${expense?.id}`, { method: 'DELETE' })).status).toBe(204);
    const refusedRestore = await cli('restore', env, [join(backupDir, file as string)]);
    expect(refusedRestore.code).toBe(2);
    expect(refusedRestore.stderr).toContain(
      `refused, nothing was written: the server (pid ${server.pid}) has DATA_DIR (${dataDir}) open`,
    );
    expect(await expenses(server)).toEqual([]);

    // Killed, the server leaves its lock behind with a dead pid: the next process takes it over.
    await server.stop('SIGKILL');
    expect(JSON.parse(readFileSync(join(dataDir, 'pglite.lock'), 'utf8')).pid).toBe(server.pid);
    const restored = await cli('restore', env, [join(backupDir, file as string)]);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toEqual({ restored: { captures: 0, expenses: 1 } });
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
    server = await serve(dataDir);
    expect((await expenses(server)).map((e) => [e.amount, e.category])).toEqual([['12.50', 'dining']]);
  }, 180_000);

  it('a server does not start while another live process has the directory open', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vt-live-'));
    // This test's own process stands for a restore in progress: its pid is alive.
    writeFileSync(
      join(dataDir, 'pglite.lock'),
      JSON.stringify({ pid: process.pid, holder: 'pnpm restore', since: new Date().toISOString() }),
    );
    const failure = await serve(dataDir).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('exited with 2');
    expect((failure as Error).message).toContain(
      `pnpm restore (pid ${process.pid}) has DATA_DIR (${dataDir}) open`,
    );
    expect(existsSync(join(dataDir, 'pglite'))).toBe(false);
  }, 60_000);

  it('keeps both backups taken on the same day', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vt-live-'));
    const env = { DATA_DIR: dataDir, BACKUP_DIR: join(dataDir, 'backups'), BACKUP_KEEP_DAILY: '1' };
    const first = await cli('backup', env);
    const second = await cli('backup', env);
    expect([first.code, second.code]).toEqual([0, 0]);
    const names = [JSON.parse(first.stdout).file, JSON.parse(second.stdout).file].map((f: string) =>
      f.slice(f.lastIndexOf('/') + 1),
    );
    expect(names[0]).not.toBe(names[1]);
    expect(JSON.parse(second.stdout).deleted).toEqual([]);
    expect(backupsIn(env.BACKUP_DIR).sort()).toEqual([...names].sort());
  }, 120_000);
});
