/** One backup as `pnpm backup` and BACKUP_CRON take it: written here, then sent off the machine. */
import type { BackupConfig } from '../config/backup.ts';
import type { Sql } from '../store/sql.ts';
import { writeBackup } from './backup.ts';
import { type OffSite, sendOffSite } from './off-site.ts';
import { rcloneRemote } from './remote.ts';

export type BackupRun = Awaited<ReturnType<typeof writeBackup>> & { offSite?: OffSite };

/** Writes the backup into BACKUP_DIR; with BACKUP_REMOTE, sends what the remote lacks (off-site.ts). */
export async function runBackup(
  sql: Sql,
  config: Pick<BackupConfig, 'dir' | 'keepDaily' | 'keepMonthly' | 'remote'>,
): Promise<BackupRun> {
  const keep = { daily: config.keepDaily, monthly: config.keepMonthly };
  const written = await writeBackup(sql, config.dir, keep);
  if (!config.remote) return written;
  return { ...written, offSite: await sendOffSite(rcloneRemote(config.remote), config.dir, keep) };
}
