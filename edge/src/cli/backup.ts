/**
 * `pnpm backup`: a timestamped, compressed, checksummed dump of all user data into BACKUP_DIR
 * (default .data/backups), keeping BACKUP_KEEP_DAILY days (7) and BACKUP_KEEP_MONTHLY months (12).
 * With PGlite, stop the server first: one process at a time may open its files.
 */

import { writeBackup } from '../backup/backup.ts';
import { ConfigError, readConfig } from '../config.ts';
import { openFromConfig } from '../store/open-store.ts';

try {
  const config = readConfig(process.env);
  const { dir, keepDaily, keepMonthly } = config.backup;
  const { sql } = await openFromConfig(config);
  try {
    const result = await writeBackup(sql, dir, { daily: keepDaily, monthly: keepMonthly });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await sql.close();
  }
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`backup: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
