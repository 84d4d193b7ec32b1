/**
 * `pnpm backup`: a timestamped, compressed, checksummed dump of all user data into BACKUP_DIR
 * (default .data/backups), keeping BACKUP_KEEP_DAILY days (7) and BACKUP_KEEP_MONTHLY months (12).
 * With PGlite, stop the server first: one process at a time may open its files.
 */

import { writeBackup } from '../backup/backup.ts';
import { ConfigError, readConfig } from '../config.ts';
import { openFromConfig } from '../store/open-store.ts';

const keep = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`backup: ${name} must be a positive integer\n`);
    process.exit(2);
  }
  return n;
};

try {
  const config = readConfig(process.env);
  const dir =
    process.env.BACKUP_DIR ?? `${config.dataDir === 'memory://' ? '.data' : config.dataDir}/backups`;
  const { sql } = await openFromConfig(config);
  try {
    const result = await writeBackup(sql, dir, {
      daily: keep('BACKUP_KEEP_DAILY', 7),
      monthly: keep('BACKUP_KEEP_MONTHLY', 12),
    });
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
