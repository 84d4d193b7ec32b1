/**
 * `pnpm backup:supabase`: a hosted Supabase project's data (the app's tables and the accounts
 * they belong to) dumped with pg_dump through SUPABASE_DB_URL (the session pooler) into
 * BACKUP_DIR as voicetrack-supabase-YYYYMMDD-HHMMSS.sql.gz, kept as `pnpm backup` keeps its own,
 * and with BACKUP_REMOTE sent off the machine the same way. Exit 2 on a configuration error,
 * 1 when pg_dump or the remote failed (a dump that could not be sent stays here).
 */
import { SUPABASE_DUMP_NAME } from '../backup/backup-file.ts';
import { sendOffSite } from '../backup/off-site.ts';
import { rcloneRemote } from '../backup/remote.ts';
import { DumpError, dumpSupabase } from '../backup/supabase-dump.ts';
import { backupConfig, supabaseDumpConfig } from '../config/backup.ts';
import { ConfigError, readConcern } from '../config/env.ts';

const say = (message: string, code: number): never => {
  process.stderr.write(`backup:supabase: ${message}\n`);
  process.exit(code);
};

try {
  // Everything this process writes is for its user alone.
  process.umask(0o077);
  const backup = readConcern(backupConfig, process.env);
  const project = readConcern(supabaseDumpConfig, process.env);
  const keep = { daily: backup.keepDaily, monthly: backup.keepMonthly };
  const dumped = await dumpSupabase(project, backup.dir, keep);
  const offSite = backup.remote
    ? await sendOffSite(rcloneRemote(backup.remote), backup.dir, keep, SUPABASE_DUMP_NAME)
    : null;
  process.stdout.write(`${JSON.stringify({ ...dumped, ...(offSite ? { offSite } : {}) })}\n`);
  if (offSite && 'error' in offSite)
    say(
      `written to ${dumped.file}, but not sent to ${offSite.remote}: ${offSite.error}. ` +
        'It stays here, and goes with the next dump once the remote answers.',
      1,
    );
} catch (error) {
  if (error instanceof ConfigError) say(error.message, 2);
  if (error instanceof DumpError) say(`${error.message}. Nothing was written.`, 1);
  throw error;
}
