/**
 * `pnpm restore FILE`, or `pnpm restore --from-remote latest|NAME` (a backup BACKUP_REMOTE holds,
 * fetched with rclone into a private temporary folder): restores a backup into the configured
 * database, empty or not. The file is checked whole (gzip, format, version, checksum, counts)
 * before the database is even opened, and a refused restore leaves nothing behind (not even a
 * DATA_DIR it would have made); rows already there are kept, so restoring twice changes nothing.
 * With PGlite, it refuses (exit 2) while the server has DATA_DIR open: one process at a time may
 * open PGlite's files.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBackupFile, restoreBackup } from '../backup/backup.ts';
import { BackupError } from '../backup/backup-file.ts';
import { pickRemoteBackup } from '../backup/off-site.ts';
import { RemoteError, rcloneRemote } from '../backup/remote.ts';
import { ConfigError, readConfig } from '../config.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { openFromConfig } from '../store/open-store.ts';

const USAGE = 'usage: pnpm restore FILE | pnpm restore --from-remote latest|NAME\n';

/** Thrown for what the person must fix: said after "refused, nothing was written". */
class Refused extends Error {}
/** Arguments that make no command: said with the usage. */
class UsageError extends Error {}

function readArgs() {
  try {
    return parseArgs({ options: { 'from-remote': { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function restore(fetchDir: () => string): Promise<void> {
  const { values, positionals } = readArgs();
  const fromRemote = values['from-remote'];
  const [path] = positionals;
  if ((fromRemote === undefined) === (path === undefined) || positionals.length > 1)
    throw new UsageError('give the backup file, or --from-remote latest');
  if (path !== undefined && !existsSync(path)) throw new UsageError(`no file at ${path}`);
  const config = readConfig(process.env);
  let file = path as string;
  if (fromRemote !== undefined) {
    if (!config.backup.remote)
      throw new Refused('--from-remote needs BACKUP_REMOTE (the rclone remote backups go to)');
    const remote = rcloneRemote(config.backup.remote);
    const name = await pickRemoteBackup(remote, fromRemote);
    file = join(fetchDir(), name);
    await remote.fetch(name, file);
    process.stderr.write(`restore: fetched ${name} from ${remote.name}\n`);
  }
  // Checked whole before the database is opened: a refused file leaves nothing behind (opening
  // PGlite on a new DATA_DIR would create it).
  const backup = readBackupFile(file);
  const { dataDir, databaseUrl } = config.database;
  // PGlite on a DATA_DIR that is not there yet: made by this restore, removed if it fails.
  const made = !databaseUrl && dataDir !== 'memory://' && !existsSync(dataDir) ? dataDir : null;
  const { store, sql } = await openFromConfig(config.database, 'pnpm restore');
  let restored: Awaited<ReturnType<typeof restoreBackup>> | null = null;
  try {
    restored = await restoreBackup(sql, backup);
    process.stdout.write(`${JSON.stringify({ restored })}\n`);
    // PGlite: the restored tables' statistics, before the server plans on them (store/statistics.ts).
    await store.statistics.refresh();
  } finally {
    await sql.close();
    if (!restored && made) rmSync(made, { recursive: true, force: true });
  }
}

let fetched: string | null = null;
let code = 0;
try {
  // A private folder (0700) for a backup fetched from the remote, removed whatever happens.
  await restore(() => {
    fetched ??= mkdtempSync(join(tmpdir(), 'voicetrack-restore-'));
    return fetched;
  });
} catch (error) {
  code = 2;
  if (error instanceof UsageError) {
    process.stderr.write(`restore: ${error.message}\n${USAGE}`);
  } else if (error instanceof DataDirBusyError) {
    process.stderr.write(
      `restore: refused, nothing was written: ${error.message}: stop it first, then restore.\n`,
    );
  } else if (
    error instanceof Refused ||
    error instanceof BackupError ||
    error instanceof ConfigError ||
    error instanceof RemoteError
  ) {
    process.stderr.write(`restore: refused, nothing was written: ${error.message}\n`);
  } else {
    throw error;
  }
} finally {
  if (fetched) rmSync(fetched, { recursive: true, force: true });
}
process.exit(code);
