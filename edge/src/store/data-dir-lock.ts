/**
 * One process at a time opens a PGlite directory: PGlite is Postgres inside the process, with
 * no server between two of them, and two writers corrupt its files. The process that opens it
 * writes `<dir>.lock` beside it (`DATA_DIR/pglite.lock`): its pid, who it is and since when,
 * and removes it on close. A lock whose pid is dead (a crash, a SIGKILL) is taken over. The
 * PostgreSQL server needs none: it serves many processes itself.
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LockHolder {
  pid: number;
  /** Who holds it, as messages name it: "the server", "pnpm backup"… */
  holder: string;
  since: string;
}

/** The directory is open in another live process. */
export class DataDirBusyError extends Error {
  constructor(
    readonly lock: LockHolder,
    readonly dataDir: string,
  ) {
    super(`${lock.holder} (pid ${lock.pid}) has DATA_DIR (${dataDir}) open`);
  }
}

export const lockPath = (pgliteDir: string) => `${pgliteDir}.lock`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; it is alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockHolder | null {
  try {
    const lock = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof lock.pid === 'number' ? (lock as LockHolder) : null;
  } catch {
    // Gone meanwhile, or half-written by a process that died while writing it.
    return null;
  }
}

/**
 * Takes the lock of a PGlite directory for this process, or throws DataDirBusyError naming the
 * live process that has it. Returns the release (removes the file if it is still ours).
 */
export function lockDataDir(pgliteDir: string, holder: string): () => void {
  const path = lockPath(pgliteDir);
  const mine: LockHolder = { pid: process.pid, holder, since: new Date().toISOString() };
  // Written whole under a name of our own, then linked into place: link() fails if the lock
  // exists (of two processes starting together, one wins), and a reader never sees it half-written.
  const draft = `${path}.${process.pid}`;
  mkdirSync(dirname(pgliteDir), { recursive: true });
  writeFileSync(draft, `${JSON.stringify(mine)}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(draft, path);
        return () => {
          if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readLock(path);
      if (current && isAlive(current.pid)) throw new DataDirBusyError(current, dirname(pgliteDir));
      // Stale (its process is dead) or unreadable: take it over. Two processes taking over the
      // same stale lock within microseconds could both get through; nothing narrower is cheap.
      rmSync(path, { force: true });
    }
  } finally {
    rmSync(draft, { force: true });
  }
  throw new Error(`could not take the lock ${path}`);
}
