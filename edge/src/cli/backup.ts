/**
 * `pnpm backup`: a timestamped, compressed, checksummed dump of all user data into BACKUP_DIR
 * (default .data/backups), keeping every backup of the last BACKUP_KEEP_DAILY days (7) and the
 * newest of each of the last BACKUP_KEEP_MONTHLY months (12). With BACKUP_REMOTE, the kept
 * backups the remote lacks are copied there with rclone and the same retention runs there; a
 * remote that cannot be reached keeps the backup here, says so, and exits 1.
 * With PGlite, it refuses (exit 2) while the server has DATA_DIR open: one process at a time may
 * open PGlite's files. The running server takes backups itself with BACKUP_CRON.
 */

import { writeBackup } from '../backup/backup.ts';
import { sendOffSite } from '../backup/off-site.ts';
import { rcloneRemote } from '../backup/remote.ts';
import type { BackupRun } from '../backup/run-backup.ts';
import { ConfigError, readConfig } from '../config.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { openFromConfig } from '../store/open-store.ts';

try {
  const config = readConfig(process.env);
  const { dir, keepDaily, keepMonthly, remote } = config.backup;
  const keep = { daily: keepDaily, monthly: keepMonthly };
  const { sql } = await openFromConfig(config.database, 'pnpm backup');
  let result: BackupRun;
  try {
    result = await writeBackup(sql, dir, keep);
  } finally {
    // Closed before the upload: PGlite's files are free for the server however slow the remote.
    await sql.close();
  }
  const offSite = remote ? await sendOffSite(rcloneRemote(remote), dir, keep) : undefined;
  process.stdout.write(`${JSON.stringify({ ...result, ...(offSite ? { offSite } : {}) })}\n`);
  if (offSite && 'error' in offSite) {
    process.stderr.write(
      `backup: written to ${result.file}, but not sent to ${offSite.remote}: ${offSite.error}. ` +
        'It stays here, and goes with the next backup once the remote answers.\n',
    );
    process.exit(1);
  }
} catch (error) {
  if (error instanceof DataDirBusyError) {
    process.stderr.write(
      `backup: ${error.message}: stop it first, or let it take the backups itself (BACKUP_CRON). No backup was written.\n`,
    );
    process.exit(2);
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`backup: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
