/**
 * `pnpm restore FILE`: restores a backup into the configured database, empty or not. The file
 * is checked whole (gzip, format, version, checksum, counts) before anything is written; rows
 * already there are kept, so restoring twice changes nothing. With PGlite, it refuses (exit 2)
 * while the server has DATA_DIR open: one process at a time may open PGlite's files.
 */
import { existsSync } from 'node:fs';
import { restoreBackup } from '../backup/backup.ts';
import { BackupError } from '../backup/backup-file.ts';
import { ConfigError, readConfig } from '../config.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { openFromConfig } from '../store/open-store.ts';

const path = process.argv[2];
if (!path || !existsSync(path)) {
  process.stderr.write(
    `restore: ${path ? `no file at ${path}` : 'give the backup file'}\nusage: pnpm restore FILE\n`,
  );
  process.exit(2);
}

try {
  const { sql } = await openFromConfig(readConfig(process.env).database, 'pnpm restore');
  try {
    const restored = await restoreBackup(sql, path);
    process.stdout.write(`${JSON.stringify({ restored })}\n`);
  } finally {
    await sql.close();
  }
} catch (error) {
  if (error instanceof DataDirBusyError) {
    process.stderr.write(
      `restore: refused, nothing was written: ${error.message}: stop it first, then restore.\n`,
    );
    process.exit(2);
  }
  if (error instanceof BackupError || error instanceof ConfigError) {
    process.stderr.write(`restore: refused, nothing was written: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
