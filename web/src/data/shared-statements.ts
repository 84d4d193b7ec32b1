/**
 * Bank statements shared to the app (the share target's `statement` files, or a statement's file
 * among the `audio` ones): kept in IndexedDB, offline too, then sent to POST /api/statements by
 * the outbox's flush (the page's, or the worker's Background Sync: each passes its sender to
 * flush.ts, the page's loaded only when a statement waits; a worker cannot load code later). A statement leaves the phone
 * once the server has imported it; sent again after a lost answer, its lines are known by their
 * identity and nothing is added twice. One shared by a page of unknown origin waits for the
 * person's « Importer » (the share sheet hides who shared it; any site can post to /share).
 */
import { MAX_STATEMENT_BYTES } from '@voicetrack/shared';
import type { StatementsApi } from './api/statements.ts';
import type { SharedStatement, VoiceTrackDb } from './db.ts';

const EXTENSIONS = /\.(ofx|qfx|qif|csv|xml)$/i;
const TYPES = new Set([
  'application/x-ofx',
  'application/vnd.intu.qfx',
  'application/qif',
  'application/x-qif',
  'text/csv',
  'application/csv',
  'text/comma-separated-values',
  'application/xml',
  'text/xml',
]);

/** What the server says of the file itself: sending it again would not change it. */
const FINAL = new Set([400, 413, 415, 422]);

/** A file a bank exports: by its name's extension, or its type when the name has none. */
export const isStatementFile = (file: File): boolean => EXTENSIONS.test(file.name) || TYPES.has(file.type);

/** Keeps a shared statement; `statement_too_big` past the server's limit (it would refuse it anyway). */
export async function keepSharedStatement(
  db: VoiceTrackDb,
  file: File,
  options: { confirm: boolean; now?: number },
): Promise<'statement' | 'statement_to_confirm' | 'statement_too_big'> {
  if (file.size > MAX_STATEMENT_BYTES) return 'statement_too_big';
  await db.statements.add({
    id: crypto.randomUUID(),
    name: file.name.slice(0, 255) || 'statement',
    type: file.type,
    data: await file.arrayBuffer(),
    sharedAt: options.now ?? Date.now(),
    state: options.confirm ? 'to_confirm' : 'waiting',
  });
  return options.confirm ? 'statement_to_confirm' : 'statement';
}

export const statementFile = (s: SharedStatement): File => new File([s.data], s.name, { type: s.type });

/** Whether a shared statement waits for the network (the page loads the sender only then). */
export const statementsWaiting = async (db: VoiceTrackDb): Promise<boolean> =>
  (await db.statements.where('state').equals('waiting').count()) > 0;

/**
 * Sends the statements that wait, oldest first; stops at the first without an answer (offline,
 * the server down: they wait for the next flush). Returns how many the server imported.
 */
export async function sendSharedStatements(db: VoiceTrackDb, bank: StatementsApi): Promise<number> {
  const waiting = await db.statements.where('state').equals('waiting').sortBy('sharedAt');
  let imported = 0;
  for (const statement of waiting) {
    const got = await bank.importStatement(statementFile(statement), '');
    if (got.kind === 'ok') {
      await db.statements.delete(statement.id);
      imported++;
    } else if (got.kind === 'refused' && got.code === 'csv_mapping_required' && got.csv)
      await db.statements.update(statement.id, { state: 'mapping', preview: got.csv });
    else if (got.kind === 'refused' && FINAL.has(got.status) && !got.code.startsWith('http_'))
      await db.statements.update(statement.id, { state: 'refused', code: got.code, message: got.message });
    // No answer, a 5xx, a limit, a phone not paired yet: it waits, and so do the ones after it.
    else break;
  }
  return imported;
}
