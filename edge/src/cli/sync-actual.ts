/**
 * `pnpm sync:actual`: VoiceTrack's saved expenses into an Actual Budget account (ACTUAL_* in the
 * environment; see the README). Prints {account, added, updated, unchanged, skipped}. Like
 * `pnpm backup`, it refuses (exit 2) while the server has DATA_DIR's PGlite open: the running
 * server syncs by itself with ACTUAL_SYNC_CRON.
 */
import { runActualSync } from '../actual/run-actual-sync.ts';
import { ConfigError, readConfig } from '../config.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { openFromConfig } from '../store/open-store.ts';

try {
  const config = readConfig(process.env);
  const { actual } = config;
  if (!actual) {
    process.stderr.write('sync:actual: set ACTUAL_SERVER_URL, ACTUAL_PASSWORD and ACTUAL_SYNC_ID first.\n');
    process.exit(2);
  }
  const { store } = await openFromConfig(config.database, 'pnpm sync:actual');
  try {
    const outcome = await runActualSync(store, actual, config.capture.defaultCurrency);
    process.stdout.write(`${JSON.stringify(outcome)}\n`);
  } finally {
    await store.close();
  }
  process.exit(0);
} catch (error) {
  if (error instanceof DataDirBusyError) {
    process.stderr.write(
      `sync:actual: ${error.message}: stop it first, or let it sync by itself (ACTUAL_SYNC_CRON).\n`,
    );
    process.exit(2);
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`sync:actual: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
