/**
 * The backup file: gzip-compressed JSON with a format name, a version, the schema it was taken
 * from, row counts and a SHA-256 of the data. Reading checks all of them before anything is
 * written, so a truncated or altered file is refused whole.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

export const BACKUP_FORMAT = 'voicetrack-backup';
/**
 * 2 added budgets, their alerts, recurring rules, push subscriptions and the VAPID keys; 3 the
 * learned words, the cost ledger, the Telegram updates kept to try again, and the expenses'
 * `reimbursable` and `field_stamps`; 4 bank statements, their lines (labels and account numbers
 * kept whole: they are the person's data), the CSV mappings, and the expenses' `bank_line_id`;
 * 5 the photos of receipts, kept with their expenses;
 * 6 households, their members and repayments, and the expenses' `household_id`, `paid_by`, `split`;
 * 7 households' budgets and the alerts already sent for them;
 * 8 the recurring rules' `household_id`, `paid_by` and `split` (a household's rule). Read by any
 * version too: bank lines' `kept_apart` and expenses' `amount_before_bank` (pairings by hand; none
 * when absent).
 */
export const BACKUP_VERSION = 8;

const V1_TABLES = ['captures', 'expenses', 'report_deliveries'] as const;
const V2_TABLES = [
  ...V1_TABLES,
  'budgets',
  'budget_alerts',
  'recurring_rules',
  'push_subscriptions',
  'push_vapid_keys',
] as const;
const V3_TABLES = [...V2_TABLES, 'learned_words', 'provider_usage', 'telegram_pending'] as const;
const V4_TABLES = [...V3_TABLES, 'bank_statements', 'bank_lines', 'bank_csv_mappings'] as const;
const V5_TABLES = [...V4_TABLES, 'receipt_photos'] as const;
const V6_TABLES = [...V5_TABLES, 'households', 'household_members', 'settlements'] as const;
export const BACKUP_TABLES = [...V6_TABLES, 'household_budgets', 'household_budget_alerts'] as const;
const TABLES_OF: Record<number, readonly BackupTable[]> = {
  1: V1_TABLES,
  2: V2_TABLES,
  3: V3_TABLES,
  4: V4_TABLES,
  5: V5_TABLES,
  6: V6_TABLES,
  7: BACKUP_TABLES,
  8: BACKUP_TABLES,
};
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type BackupData = Record<BackupTable, Record<string, unknown>[]>;

/** An empty backup, every table present. */
export const emptyBackupData = (): BackupData =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupData;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** Migrations applied in the source database. */
  schema: string[];
  counts: Record<keyof BackupData, number>;
  sha256: string;
  data: BackupData;
}

export class BackupError extends Error {}

const digest = (data: BackupData) => createHash('sha256').update(JSON.stringify(data)).digest('hex');

export function encodeBackup(data: BackupData, schema: string[], createdAt: Date): Buffer {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: createdAt.toISOString(),
    schema,
    counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t].length])) as Record<BackupTable, number>,
    sha256: digest(data),
    data,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function decodeBackup(bytes: Buffer): BackupFile {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new BackupError(`not a complete gzip file (truncated or corrupted): ${(error as Error).message}`);
  }
  let file: BackupFile;
  try {
    file = JSON.parse(text) as BackupFile;
  } catch {
    throw new BackupError('the backup does not contain valid JSON');
  }
  if (file?.format !== BACKUP_FORMAT) throw new BackupError('this file is not a VoiceTrack backup');
  // An older backup was taken before the later tables existed: it restores with them empty.
  const tables = TABLES_OF[file.version];
  if (!tables) {
    throw new BackupError(
      `backup version ${String(file.version)} is not supported (this build reads 1 to ${BACKUP_VERSION})`,
    );
  }
  const data = file.data;
  if (!data || !tables.every((t) => Array.isArray(data[t]))) {
    throw new BackupError('the backup is missing tables');
  }
  if (digest(data) !== file.sha256)
    throw new BackupError('the backup checksum does not match: the file was altered');
  for (const table of tables) {
    if (file.counts?.[table] !== data[table].length)
      throw new BackupError(`the backup row count of ${table} does not match`);
  }
  return { ...file, data: { ...emptyBackupData(), ...data } };
}

/** Names sort by time: voicetrack-20261124-213000.json.gz (UTC), `-2`… when that second is taken. */
export function backupFileName(at: Date, copy = 1, kind: 'json' | 'supabase' = 'json'): string {
  const iso = at.toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
  const suffix = copy > 1 ? `-${copy}` : '';
  return kind === 'json'
    ? `voicetrack-${stamp}${suffix}.json.gz`
    : `voicetrack-supabase-${stamp}${suffix}.sql.gz`;
}

/** `pnpm backup:supabase`'s files, apart from `pnpm backup`'s (their own retention, never restored by `pnpm restore`). */
export const SUPABASE_DUMP_NAME = /^voicetrack-supabase-(\d{8})-(\d{6})(?:-(\d+))?\.sql\.gz$/;

/** `pnpm backup`'s files. */
export const BACKUP_NAME = /^voicetrack-(\d{8})-(\d{6})(?:-(\d+))?\.json\.gz$/;

/** Names of one kind (BACKUP_NAME's by default), newest first. */
function byAge(names: readonly string[], kind: RegExp) {
  return names
    .map((name) => ({ name, m: kind.exec(name) }))
    .filter((b): b is { name: string; m: RegExpExecArray } => b.m !== null)
    .map(({ name, m }) => ({
      name,
      day: m[1] as string,
      key: `${m[1]}${m[2]}${(m[3] ?? '1').padStart(6, '0')}`,
    }))
    .sort((a, b) => (a.key < b.key ? 1 : -1));
}

/** The newest backup among names, or null. */
export const newestBackup = (names: readonly string[], kind = BACKUP_NAME): string | null =>
  byAge(names, kind)[0]?.name ?? null;

/**
 * Which backups to delete: keep every backup of the last `daily` days that have one (so a second
 * backup of the day never deletes the first), and the newest of each of the last `monthly`
 * months; everything older goes. Other files in the directory are never touched.
 */
export function backupsToDelete(
  names: readonly string[],
  daily: number,
  monthly: number,
  kind = BACKUP_NAME,
): string[] {
  const ours = byAge(names, kind);
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  for (const { name, day } of ours) {
    if (days.has(day) || days.size < daily) {
      days.add(day);
      keep.add(name);
    }
    const month = day.slice(0, 6);
    if (!months.has(month) && months.size < monthly) {
      months.add(month);
      keep.add(name);
    }
  }
  return ours.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
