/** Backups: where they go, how many are kept, and the server's own schedule (BACKUP_CRON). */
import * as v from 'valibot';
import { DATA_DIR } from './database.ts';
import { int, text } from './env.ts';

export const backupConfig = v.pipe(
  v.object({
    DATA_DIR,
    BACKUP_DIR: text(),
    BACKUP_KEEP_DAILY: int(7, 1, 10_000),
    BACKUP_KEEP_MONTHLY: int(12, 1, 10_000),
    BACKUP_CRON: text(),
  }),
  v.transform((env) => ({
    dir: env.BACKUP_DIR ?? `${env.DATA_DIR === 'memory://' ? '.data' : env.DATA_DIR}/backups`,
    keepDaily: env.BACKUP_KEEP_DAILY,
    keepMonthly: env.BACKUP_KEEP_MONTHLY,
    /** Scheduled backups from the server (off when null). */
    cron: env.BACKUP_CRON ?? null,
  })),
);

export type BackupConfig = v.InferOutput<typeof backupConfig>;
