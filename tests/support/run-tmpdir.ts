/**
 * Vitest's global setup for the whole run (the root config's, in the main process, after the
 * projects' own): one temporary folder for the run, put in TMPDIR, which the test workers and
 * every process they start inherit, so whatever a test makes with `tmpdir()` (data directories,
 * backups, the e2e CA, Chromium's profiles, the locks' folders…) goes under it; the teardown
 * removes it. Cleanup on the process's 'exit' does not run in a worker Vitest ends, and a test
 * that forgets its folder no longer leaves it in /tmp: a run leaves nothing there, or one
 * `vt-run-*` folder if it is killed before its teardown.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  // Where what must outlive the run goes (a failed engine flow's screenshot: failure-record.ts).
  process.env.VT_OUTER_TMPDIR = tmpdir();
  const root = mkdtempSync(join(tmpdir(), 'vt-run-'));
  // As /tmp: the clusters' processes run as the postgres user and go through it.
  chmodSync(root, 0o1777);
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      // A process a test left running may still write in it: say so, the tests' outcome stands.
      console.warn(`The run's temporary folder ${root} was not removed: ${(error as Error).message}`);
    }
  };
}

/**
 * Removes a folder a test made, without waiting for it. Deleting a PGlite data directory (about
 * 1,100 files, 40 MB) keeps this machine's disk busy 1.5–2 s (ext4 mounted with `discard`) and
 * the process nearly idle: the next test file runs meanwhile. An `rm` process of its own, not the
 * worker's threads: a worker ended while its own removal ran took Vitest's teardown timeout to
 * stop. What is left when the run ends goes with the run's folder.
 */
export function removeSoon(dir: string): void {
  spawn('rm', ['-rf', '--', dir], { detached: true, stdio: 'ignore' }).unref();
}
