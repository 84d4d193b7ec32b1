/**
 * `pnpm backup`: a timestamped, compressed, checksummed dump of all user data into BACKUP_DIR
 * (default .data/backups), keeping every backup of the last BACKUP_KEEP_DAILY days (7) and the
 * newest of each of the last BACKUP_KEEP_MONTHLY months (12).
 * With PGlite, it refuses (exit 2) while the server has DATA_DIR open: one process at a time may
 * open PGlite's files. The running server takes backups itself with BACKUP_CRON.
 */

import { writeBackup } from '../backup/backup.ts';
import { ConfigError, readConfig } from '../config.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { openFromConfig } from '../store/open-store.ts';

try {
  const config = readConfig(process.env);
  const { dir, keepDaily, keepMonthly } = config.backup;
  const { sql } = await openFromConfig(config.database, 'pnpm backup');
  try {
    const result = await writeBackup(sql, dir, { daily: keepDaily, monthly: keepMonthly });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await sql.close();
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
