import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir, lockPath } from './data-dir-lock.ts';

const pgliteDir = () => join(mkdtempSync(join(tmpdir(), 'vt-lock-')), 'pglite');
/** The pid of a process that has already ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;
const writeLock = (dir: string, pid: number, holder = 'the server') =>
  writeFileSync(lockPath(dir), JSON.stringify({ pid, holder, since: '2026-11-29T08:00:00.000Z' }));

describe('the PGlite directory lock', () => {
  it('is taken with this pid, and removed on release', () => {
    const dir = pgliteDir();
    const release = lockDataDir(dir, 'pnpm backup');
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8'))).toMatchObject({
      pid: process.pid,
      holder: 'pnpm backup',
    });
    release();
    expect(existsSync(lockPath(dir))).toBe(false);
  });

  it('is refused while a live process holds it, naming that process', () => {
    const dir = pgliteDir();
    writeLock(dir, process.ppid);
    expect(() => lockDataDir(dir, 'pnpm backup')).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dir, 'pnpm backup')).toThrow(`the server (pid ${process.ppid}) has DATA_DIR`);
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8')).pid).toBe(process.ppid);
  });

  it.each([
    ['whose process is dead', (dir: string) => writeLock(dir, deadPid())],
    ['that is not a lock', (dir: string) => writeFileSync(lockPath(dir), '')],
  ])('takes over a lock %s', (_case, leave) => {
    const dir = pgliteDir();
    leave(dir);
    const release = lockDataDir(dir, 'the server');
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('leaves a lock that another process took meanwhile on release', () => {
    const dir = pgliteDir();
    const release = lockDataDir(dir, 'the server');
    writeLock(dir, process.ppid, 'pnpm restore');
    release();
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8')).holder).toBe('pnpm restore');
  });
});
