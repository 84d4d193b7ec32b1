/** `pnpm backup` and `pnpm restore`: all user data, portable between PGlite and PostgreSQL. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromBase64 } from '../receipts/base64.ts';
import { refusedKeptPhoto } from '../receipts/kept-photo.ts';
import type { Sql } from '../store/sql.ts';
import {
  type BackupData,
  type BackupFile,
  backupFileName,
  backupsToDelete,
  decodeBackup,
  emptyBackupData,
  encodeBackup,
} from './backup-file.ts';
import { HOUSEHOLD_DUMPS, RESTORE_HOUSEHOLDS } from './household-backup.ts';

// Every column as text (or JSON-safe), so the file is the same from PGlite and PostgreSQL.
const DUMPS: Record<keyof BackupData, string> = {
  captures: `select id::text, user_id::text, client_id::text, source, state, recorded_at::text, timezone, locale,
    transcript, outcome, browser_transcript, movement, created_at::text, updated_at::text from captures where state = 'done'
    order by created_at, id`,
  expenses: `select e.id::text, e.user_id::text, e.client_id::text, e.position, c.id::text as capture_id,
    e.amount::text, e.currency::text, e.category, e.description, e.expense_date::text, e.transcript,
    e.transcript_source, e.source, e.status, e.parsed_by, e.review_reason, e.reimbursable, e.field_stamps,
    e.provenance, e.bank_line_id::text, e.amount_before_bank, e.household_id::text, e.paid_by::text, e.split,
    e.created_at::text, e.updated_at::text
    from expenses e left join captures c on c.id = e.capture_id order by e.created_at, e.id`,
  report_deliveries: `select user_id::text, month, channel, sent_at::text from report_deliveries order by sent_at`,
  budgets: `select user_id::text, category, currency::text, amount::text, created_at::text, updated_at::text
    from budgets order by created_at, category, currency`,
  budget_alerts: `select user_id::text, month, category, currency::text, threshold, sent_at::text
    from budget_alerts order by sent_at`,
  recurring_rules: `select id::text, user_id::text, amount::text, currency::text, category, description, day_of_month,
    timezone, next_date::text, household_id::text, paid_by::text, split, created_at::text, updated_at::text
    from recurring_rules order by created_at, id`,
  push_subscriptions: `select id::text, user_id::text, endpoint, p256dh, auth, locale, created_at::text,
    updated_at::text from push_subscriptions order by created_at, id`,
  // The pair the subscriptions were made with: without it, restored devices could not be reached.
  push_vapid_keys: `select public_key, private_key, created_at::text from push_vapid_keys`,
  // What the person taught the parser by correcting it, and what their notes cost.
  learned_words: `select id::text, user_id::text, phrase, category, updated_at::text from learned_words
    order by updated_at, id`,
  provider_usage: `select id::text, user_id::text, occurred_at::text, model, kind, audio_seconds::text,
    billed_seconds::text, prompt_tokens, completion_tokens, cost_nano_usd::text from provider_usage
    order by occurred_at, id`,
  // Notes sent to the Telegram bot while a provider was down: not saved yet, still to be tried.
  telegram_pending: `select bot_id, update_id::text, payload, attempts, next_at::text, last_error, kept_at::text
    from telegram_pending order by kept_at, update_id`,
  bank_statements: `select id::text, user_id::text, format, account, account_number, file_name, first_date::text,
    last_date::text, lines, debits, credits, duplicates, refused, created_at::text from bank_statements
    order by created_at, id`,
  bank_lines: `select id::text, user_id::text, statement_id::text, line_key, file_line, direction, withdrawal,
    booking_date::text, value_date::text, amount::text, currency::text, original_amount::text,
    original_currency::text, label, category, candidates, kept_apart, ignored_at::text, created_at::text from bank_lines
    order by created_at, id`,
  bank_csv_mappings: `select user_id::text, account, mapping, updated_at::text from bank_csv_mappings
    order by updated_at, account`,
  // The photos of receipts, kept as proof with their expenses.
  receipt_photos: `select expense_id::text, user_id::text, mime_type, encode(bytes, 'base64') as bytes,
    created_at::text from receipt_photos order by created_at, expense_id`,
  ...HOUSEHOLD_DUMPS,
};

/** Statements and their lines go in before the expenses that point at the lines. */
const RESTORE_BANK = [
  [
    'bank_statements',
    `insert into bank_statements (id, user_id, format, account, account_number, file_name, first_date, last_date,
      lines, debits, credits, duplicates, refused, created_at)
    select r.id::uuid, r.user_id::uuid, r.format, r.account, r.account_number, r.file_name, r.first_date::date,
      r.last_date::date, r.lines, r.debits, r.credits, r.duplicates, r.refused, r.created_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(id text, user_id text, format text, account text,
      account_number text, file_name text, first_date text, last_date text, lines int, debits int, credits int,
      duplicates int, refused jsonb, created_at text)
    on conflict do nothing`,
  ],
  [
    'bank_lines',
    `insert into bank_lines (id, user_id, statement_id, line_key, file_line, direction, withdrawal, booking_date,
      value_date, amount, currency, original_amount, original_currency, label, category, candidates, kept_apart,
      ignored_at, created_at)
    select r.id::uuid, r.user_id::uuid, r.statement_id::uuid, r.line_key, r.file_line, r.direction, r.withdrawal,
      r.booking_date::date, r.value_date::date, r.amount::numeric, r.currency, r.original_amount::numeric,
      r.original_currency, r.label, r.category, r.candidates,
      -- The expenses a person took the line apart from (absent from older backups: none).
      coalesce(r.kept_apart, '[]'::jsonb), r.ignored_at::timestamptz, r.created_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(id text, user_id text, statement_id text, line_key text,
      file_line int, direction text, withdrawal boolean, booking_date text, value_date text, amount text,
      currency text, original_amount text, original_currency text, label text, category text, candidates jsonb,
      kept_apart jsonb, ignored_at text, created_at text)
    where exists (select 1 from bank_statements s where s.id = r.statement_id::uuid)
    on conflict do nothing`,
  ],
] as const;

/** Restores the tables of versions 2 to 5: each row whose key exists is kept as it is. */
const RESTORES: Record<
  Exclude<
    keyof BackupData,
    | 'captures'
    | 'expenses'
    | 'report_deliveries'
    | 'push_vapid_keys'
    | 'bank_statements'
    | 'bank_lines'
    | (typeof RESTORE_HOUSEHOLDS)[number][0]
  >,
  string
> = {
  budgets: `insert into budgets (user_id, category, currency, amount, created_at, updated_at)
    select r.user_id::uuid, r.category, r.currency, r.amount::numeric, r.created_at::timestamptz,
      r.updated_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(user_id text, category text, currency text, amount text,
      created_at text, updated_at text)
    on conflict do nothing`,
  budget_alerts: `insert into budget_alerts (user_id, month, category, currency, threshold, sent_at)
    select r.user_id::uuid, r.month, r.category, r.currency, r.threshold, r.sent_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(user_id text, month text, category text, currency text,
      threshold int, sent_at text)
    on conflict do nothing`,
  // A household's rule (absent before version 8: personal rules) after its household and members.
  recurring_rules: `insert into recurring_rules (id, user_id, amount, currency, category, description, day_of_month,
      timezone, next_date, household_id, paid_by, split, created_at, updated_at)
    select r.id::uuid, r.user_id::uuid, r.amount::numeric, r.currency, r.category, r.description, r.day_of_month,
      r.timezone, r.next_date::date, r.household_id::uuid, r.paid_by::uuid, r.split, r.created_at::timestamptz,
      r.updated_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(id text, user_id text, amount text, currency text, category text,
      description text, day_of_month int, timezone text, next_date text, household_id text, paid_by text,
      split jsonb, created_at text, updated_at text)
    on conflict do nothing`,
  push_subscriptions: `insert into push_subscriptions (id, user_id, endpoint, p256dh, auth, locale, created_at,
      updated_at)
    select r.id::uuid, r.user_id::uuid, r.endpoint, r.p256dh, r.auth, r.locale, r.created_at::timestamptz,
      r.updated_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(id text, user_id text, endpoint text, p256dh text, auth text,
      locale text, created_at text, updated_at text)
    on conflict do nothing`,
  learned_words: `insert into learned_words (id, user_id, phrase, category, updated_at)
    select r.id::uuid, r.user_id::uuid, r.phrase, r.category, r.updated_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(id text, user_id text, phrase text, category text, updated_at text)
    on conflict do nothing`,
  provider_usage: `insert into provider_usage (id, user_id, occurred_at, model, kind, audio_seconds, billed_seconds,
      prompt_tokens, completion_tokens, cost_nano_usd)
    select r.id::uuid, r.user_id::uuid, r.occurred_at::timestamptz, r.model, r.kind, r.audio_seconds::numeric,
      r.billed_seconds::numeric, r.prompt_tokens, r.completion_tokens, r.cost_nano_usd::bigint
    from jsonb_to_recordset($1::text::jsonb) as r(id text, user_id text, occurred_at text, model text, kind text,
      audio_seconds text, billed_seconds text, prompt_tokens int, completion_tokens int, cost_nano_usd text)
    on conflict do nothing`,
  bank_csv_mappings: `insert into bank_csv_mappings (user_id, account, mapping, updated_at)
    select r.user_id::uuid, r.account, r.mapping, r.updated_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(user_id text, account text, mapping jsonb, updated_at text)
    on conflict do nothing`,
  telegram_pending: `insert into telegram_pending (bot_id, update_id, payload, attempts, next_at, last_error, kept_at)
    select r.bot_id, r.update_id::bigint, r.payload, r.attempts, r.next_at::timestamptz, r.last_error,
      r.kept_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(bot_id text, update_id text, payload jsonb, attempts int,
      next_at text, last_error text, kept_at text)
    on conflict do nothing`,
  // After the expenses: a photo whose expense is not in this database (kept as it was) is skipped.
  receipt_photos: `insert into receipt_photos (expense_id, user_id, mime_type, bytes, created_at)
    select r.expense_id::uuid, r.user_id::uuid, r.mime_type, decode(r.bytes, 'base64'), r.created_at::timestamptz
    from jsonb_to_recordset($1::text::jsonb) as r(expense_id text, user_id text, mime_type text, bytes text,
      created_at text)
    where exists (select 1 from expenses e where e.id = r.expense_id::uuid)
    on conflict do nothing`,
};

export async function takeBackup(sql: Sql): Promise<{ bytes: Buffer; counts: Record<string, number> }> {
  const data: BackupData = emptyBackupData();
  // One transaction: a consistent snapshot even while notes keep arriving.
  const schema = await sql.transaction(async (tx) => {
    await tx.exec('set transaction isolation level repeatable read');
    for (const table of Object.keys(DUMPS) as (keyof BackupData)[])
      data[table] = await tx.query(DUMPS[table]);
    const rows = await tx.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by 1',
    );
    return rows.map((r) => r.version);
  });
  const bytes = encodeBackup(data, schema, new Date());
  return { bytes, counts: { captures: data.captures.length, expenses: data.expenses.length } };
}

export async function writeBackup(
  sql: Sql,
  dir: string,
  keep: { daily: number; monthly: number },
): Promise<{ file: string; deleted: string[]; counts: Record<string, number> }> {
  // Every expense and the push key: for the owner's eyes only, whatever the umask.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { bytes, counts } = await takeBackup(sql);
  const file = writeNewFile(dir, new Date(), bytes);
  const deleted = backupsToDelete(readdirSync(dir), keep.daily, keep.monthly);
  for (const name of deleted) rmSync(join(dir, name));
  return { file, deleted, counts };
}

/** Writes the backup under a name no other backup has: never over one taken the same second. */
function writeNewFile(dir: string, at: Date, bytes: Buffer): string {
  for (let copy = 1; ; copy++) {
    const file = join(dir, backupFileName(at, copy));
    try {
      // `wx` fails if the name exists. A partial file (a crash mid-write) is refused by restore's checks.
      writeFileSync(file, bytes, { flag: 'wx', mode: 0o600 });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Restores a backup into an empty or existing database: rows whose key exists (the note's
 * clientId, the expense's clientId and position) are kept as they are, so restoring twice adds
 * nothing. The file is fully checked first; the restore is one transaction.
 */
/** A backup file read and checked whole (gzip, format, version, checksum, counts); throws BackupError. */
export const readBackupFile = (path: string): BackupFile => decodeBackup(readFileSync(path));

/** A backup's photo row that may be decoded: one kept before the pixel limit may say a huge picture (its expense is restored). */
const decodable = (row: Record<string, unknown>): boolean =>
  typeof row.bytes !== 'string' || !refusedKeptPhoto(fromBase64(row.bytes));

export async function restoreBackup(
  sql: Sql,
  file: BackupFile,
): Promise<{ captures: number; expenses: number }> {
  return sql.transaction(async (tx) => {
    const captures = await tx.query(
      `insert into captures (id, user_id, client_id, source, state, recorded_at, timezone, locale, transcript, outcome,
         browser_transcript, movement, created_at, updated_at)
       select r.id::uuid, r.user_id::uuid, r.client_id::uuid, r.source, r.state, r.recorded_at::timestamptz, r.timezone,
         r.locale, r.transcript, r.outcome, r.browser_transcript, r.movement, r.created_at::timestamptz,
         r.updated_at::timestamptz
       from jsonb_to_recordset($1::text::jsonb) as r(id text, user_id text, client_id text, source text, state text,
         recorded_at text, timezone text, locale text, transcript text, outcome text, browser_transcript text,
         movement jsonb, created_at text, updated_at text)
       on conflict do nothing returning 1 as one`,
      [JSON.stringify(file.data.captures)],
    );
    for (const [table, statement] of [...RESTORE_BANK, ...RESTORE_HOUSEHOLDS])
      await tx.query(statement, [JSON.stringify(file.data[table])]);
    const expenses = await tx.query(
      `insert into expenses (id, user_id, client_id, position, capture_id, amount, currency, category, description,
         expense_date, transcript, transcript_source, source, status, parsed_by, review_reason, reimbursable,
         field_stamps, provenance, bank_line_id, amount_before_bank, household_id, paid_by, split, created_at,
         updated_at)
       select r.id::uuid, r.user_id::uuid, r.client_id::uuid, r.position,
         (select c.id from captures c where c.client_id = r.client_id::uuid
            and c.user_id is not distinct from r.user_id::uuid),
         r.amount::numeric, r.currency, r.category, r.description, r.expense_date::date, r.transcript,
         r.transcript_source, r.source, r.status, r.parsed_by, r.review_reason,
         -- Absent from backups before version 3.
         coalesce(r.reimbursable, false), coalesce(r.field_stamps, '{}'::jsonb), r.provenance,
         -- The line it was matched with, when the line came back too (absent before version 4).
         (select l.id from bank_lines l where l.id = r.bank_line_id::uuid
            and not exists (select 1 from expenses x where x.bank_line_id = l.id)),
         -- The amount said before a pairing took the bank's, for its undo (absent from older backups).
         r.amount_before_bank,
         -- A household's bill (absent before version 6).
         r.household_id::uuid, r.paid_by::uuid, r.split,
         r.created_at::timestamptz, r.updated_at::timestamptz
       from jsonb_to_recordset($1::text::jsonb) as r(id text, user_id text, client_id text, position int,
         capture_id text, amount text, currency text, category text, description text, expense_date text,
         transcript text, transcript_source text, source text, status text, parsed_by text, review_reason text,
         reimbursable boolean, field_stamps jsonb, provenance jsonb, bank_line_id text, amount_before_bank jsonb,
         household_id text,
         paid_by text, split jsonb, created_at text, updated_at text)
       on conflict do nothing returning 1 as one`,
      [JSON.stringify(file.data.expenses)],
    );
    await tx.query(
      `insert into report_deliveries (user_id, month, channel, sent_at)
       select r.user_id::uuid, r.month, r.channel, r.sent_at::timestamptz
       from jsonb_to_recordset($1::text::jsonb) as r(user_id text, month text, channel text, sent_at text)
       on conflict do nothing`,
      [JSON.stringify(file.data.report_deliveries)],
    );
    // The backup's VAPID pair, unless this database already has devices subscribed with its own.
    const [keys] = file.data.push_vapid_keys;
    if (keys) {
      await tx.query(
        `insert into push_vapid_keys (id, public_key, private_key, created_at) values (true, $1, $2, $3::text::timestamptz)
         on conflict (id) do update set public_key = excluded.public_key, private_key = excluded.private_key,
           created_at = excluded.created_at
         where not exists (select 1 from push_subscriptions)`,
        [String(keys.public_key), String(keys.private_key), String(keys.created_at)],
      );
    }
    for (const [table, statement] of Object.entries(RESTORES)) {
      const rows = file.data[table as keyof typeof RESTORES];
      await tx.query(statement, [JSON.stringify(table === 'receipt_photos' ? rows.filter(decodable) : rows)]);
    }
    return { captures: captures.length, expenses: expenses.length };
  });
}
