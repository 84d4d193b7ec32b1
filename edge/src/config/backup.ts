/**
 * Backups: where they go (BACKUP_DIR, and off the machine through rclone: BACKUP_REMOTE), how many
 * are kept, and the server's own schedule (BACKUP_CRON).
 */
import * as v from 'valibot';
import { DATA_DIR } from './database.ts';
import { int, text, textOr } from './env.ts';

export const backupConfig = v.pipe(
  v.object({
    DATA_DIR,
    BACKUP_DIR: text(),
    BACKUP_KEEP_DAILY: int(7, 1, 10_000),
    BACKUP_KEEP_MONTHLY: int(12, 1, 10_000),
    BACKUP_CRON: text(),
    /** An rclone remote, `name:path` (made with `rclone config`): never an option, nor a bare path. */
    BACKUP_REMOTE: v.pipe(
      text(),
      v.check(
        (spec) => spec === undefined || (!spec.startsWith('-') && /^[^/\\]*:/.test(spec)),
        (issue) =>
          `must be an rclone remote and folder, name:path (a remote made with rclone config, e.g. gdrive:voicetrack), got "${issue.input}"`,
      ),
    ),
  }),
  v.transform((env) => ({
    dir: env.BACKUP_DIR ?? `${env.DATA_DIR === 'memory://' ? '.data' : env.DATA_DIR}/backups`,
    keepDaily: env.BACKUP_KEEP_DAILY,
    keepMonthly: env.BACKUP_KEEP_MONTHLY,
    /** Scheduled backups from the server (off when null). */
    cron: env.BACKUP_CRON ?? null,
    /** Where each backup is copied off the machine (null: nowhere). */
    remote: env.BACKUP_REMOTE ?? null,
  })),
);

export type BackupConfig = v.InferOutput<typeof backupConfig>;

/**
 * `pnpm backup:supabase`: a hosted project's database, read with pg_dump through a connection
 * that keeps a session (the session pooler, port 5432, or the direct connection). PG_DUMP: a
 * pg_dump of the project's major version when the one on the PATH is older.
 */
export const supabaseDumpConfig = v.pipe(
  v.object({
    SUPABASE_DB_URL: v.pipe(
      text(),
      v.check(
        (raw) => raw !== undefined,
        "must be set to the project's session pooler URL (Dashboard → Connect → Session pooler: postgresql://postgres.<ref>:<password>@aws-0-<region>.pooler.supabase.com:5432/postgres)",
      ),
      v.check(
        (raw) => raw === undefined || /^postgres(?:ql)?:\/\/[^\s]+$/.test(raw),
        (issue) => `must be a postgresql:// URL, got "${String(issue.input).replace(/:[^:@/]*@/, ':…@')}"`,
      ),
      v.check(
        (raw) => raw === undefined || !/:6543(?:\/|$)/.test(raw),
        'names the transaction pooler (port 6543), which pg_dump cannot use: take the session pooler (port 5432) or the direct connection',
      ),
    ),
    PG_DUMP: textOr('pg_dump'),
  }),
  v.transform((env) => ({ url: env.SUPABASE_DB_URL as string, pgDump: env.PG_DUMP })),
);
