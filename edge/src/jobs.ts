/**
 * Work a long-running process does on a clock: the Node server (server.ts) schedules each job;
 * Supabase has no clock (kept Telegram updates are tried again after each webhook update, and
 * recurring expenses are made before the answers that show money). wire.ts lists them.
 */

import type { SyncOutcome } from './actual/sync-to-actual.ts';
import type { ActualConfig } from './config/actual.ts';
import type { BackupConfig } from './config/backup.ts';
import type { Config } from './config.ts';
import type { Money } from './money/money.ts';
import type { Logger } from './observe/logger.ts';
import { LOCAL_OWNER, type Store } from './ports.ts';
import { reportSettings } from './report/run-report.ts';
import { sendDueReports } from './report/schedule.ts';
import { type PendingDeps, retryPending } from './telegram/pending.ts';

export type JobName =
  | 'vapid keys'
  | 'monthly report'
  | 'backups'
  | 'actual sync'
  | 'recurring expenses'
  | 'telegram retries'
  | 'statistics';

/**
 * What a backup run says (backup/run-backup.ts, Node only: wire.ts and this file stay free of
 * node:*): the file, what retention deleted, and how sending it off the machine went.
 */
export interface BackupReport {
  file: string;
  deleted: readonly string[];
  offSite?: { remote: string; sent: readonly string[]; error?: string } | undefined;
}

export interface Job {
  name: JobName;
  /** A cron pattern (croner's; six fields for seconds) in `timeZone`; null: once, before the server listens. */
  cron: string | null;
  timeZone?: string | undefined;
  /** Also once at start, without waiting for it (catching up after a stop). */
  runAtStart?: boolean;
  /** How many things it did (expenses made, updates handled…); a failure is logged, never thrown. */
  run(): Promise<number>;
}

/** A job whose failure is logged (the next run tries again) and counts as nothing done. */
export function job(logger: Logger, spec: Omit<Job, 'run'> & { run(): Promise<number>; done?: string }): Job {
  const { done, run, ...when } = spec;
  return {
    ...when,
    run: async () => {
      try {
        const count = await run();
        if (done && count > 0) logger.log('info', done, { count });
        return count;
      } catch (error) {
        logger.log('error', `${spec.name} failed`, { error: String(error) });
        return 0;
      }
    },
  };
}

/** The jobs this configuration turns on, over the parts wire.ts built. */
export function listJobs(
  config: Config,
  parts: {
    store: Store;
    money: Money;
    logger: Logger;
    telegram: PendingDeps | null;
    /** Node: takes a backup (BACKUP_DIR, then BACKUP_REMOTE); without it, no backup job. */
    runBackup?: ((backup: BackupConfig) => Promise<BackupReport>) | undefined;
    /** Node: pushes the saved expenses into Actual Budget; without it, no sync job. */
    syncActual?: ((actual: ActualConfig) => Promise<SyncOutcome>) | undefined;
  },
): Job[] {
  const { store, money, logger, telegram, runBackup, syncActual } = parts;
  const { report, backup, recurring, actual } = config;
  const jobs: Job[] = [
    // The VAPID pair is made at first start (and kept in the database), not on the first push.
    job(logger, {
      name: 'vapid keys',
      cron: null,
      run: async () => {
        await money.vapidKeys();
        return 1;
      },
    }),
  ];
  if (report.cron) {
    const settings = reportSettings(config);
    const schedule = { timeZone: report.timeZone, channels: report.channels, store, owner: LOCAL_OWNER };
    jobs.push(
      job(logger, {
        name: 'monthly report',
        cron: report.cron,
        timeZone: report.timeZone,
        run: async () => (await sendDueReports({ ...schedule, settings, logger }, new Date())).length,
      }),
    );
  }
  if (backup.cron && runBackup) {
    jobs.push(
      job(logger, {
        name: 'backups',
        cron: backup.cron,
        timeZone: report.timeZone,
        run: async () => {
          const { file, deleted, offSite } = await runBackup(backup);
          logger.log('info', 'backup written', { file, deleted: deleted.length });
          if (offSite?.error !== undefined)
            logger.log('error', 'backup kept here, not sent off the machine', {
              file,
              remote: offSite.remote,
              error: offSite.error,
            });
          else if (offSite)
            logger.log('info', 'backup sent', { remote: offSite.remote, sent: offSite.sent.length });
          return 1;
        },
      }),
    );
  }
  // ACTUAL_SYNC_CRON: the saved expenses into Actual Budget (pnpm sync:actual's run).
  if (actual?.cron && syncActual)
    jobs.push(
      job(logger, {
        name: 'actual sync',
        cron: actual.cron,
        run: async () => {
          const outcome = await syncActual(actual);
          logger.log('info', 'actual sync done', { ...outcome });
          return 1;
        },
      }),
    );
  // Several instances may make recurring expenses at once: each month's expense is one row.
  if (recurring.cron)
    jobs.push(
      job(logger, {
        name: 'recurring expenses',
        cron: recurring.cron,
        timeZone: report.timeZone,
        runAtStart: true,
        done: 'recurring expenses made',
        run: async () => (await money.runner.runAll()).length,
      }),
    );
  // PGlite has no autovacuum: its tables are vacuumed and analyzed at start and when they changed
  // enough (store/statistics.ts); on the PostgreSQL server autovacuum does it and there is no job.
  if (store.kind === 'pglite')
    jobs.push(
      job(logger, {
        name: 'statistics',
        cron: '*/5 * * * *',
        runAtStart: true,
        done: 'tables vacuumed or analyzed',
        run: async () => {
          const { vacuumed, analyzed } = await store.statistics.refresh();
          return new Set([...vacuumed, ...analyzed]).size;
        },
      }),
    );
  if (telegram && config.telegram)
    jobs.push(
      job(logger, {
        name: 'telegram retries',
        cron: config.telegram.retryCron,
        done: 'telegram updates handled on retry',
        run: () => retryPending(telegram),
      }),
    );
  return jobs;
}
