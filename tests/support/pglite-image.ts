/**
 * One migrated database in memory for the whole run (Vitest's global setup, in the main process):
 * its files go to a temporary file named by VT_PGLITE_IMAGE, which the workers inherit, and each
 * test file's databases in memory start as copies of it (pglite-image-setup.ts) instead of a new
 * cluster each (PGlite's initdb and the migrations: about 3 s of CPU, the copy 0.6 s). Made
 * from this checkout's migrations at every run, so it never lags behind them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migratedInMemoryImage } from '@voicetrack/edge/store/open-store.ts';

export const IMAGE_ENV = 'VT_PGLITE_IMAGE';

export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'vt-pglite-image-'));
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, new Uint8Array(await (await migratedInMemoryImage()).arrayBuffer()));
  process.env[IMAGE_ENV] = file;
  return () => {
    delete process.env[IMAGE_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}
