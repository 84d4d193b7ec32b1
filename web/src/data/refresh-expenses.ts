/**
 * The server's list into the phone's copy of the expenses (the page reads it after a change event,
 * a flush, or at start). A reading is a moment of the server's: one taken before a change landed
 * in the copy (a note's rows, an edit's answer, a delete) is older than that change and is not
 * written over it (markLanded, db.ts): the list is read again instead.
 */
import type { Expense, ExpenseList } from '@voicetrack/shared';
import type { Answer } from './api/answer.ts';
import type { ApiClient } from './api/client.ts';
import { asLeftHere } from './as-left.ts';
import { landedCount, type VoiceTrackDb } from './db.ts';
import { pairingNeedOf, readPairingNeed, savePairingNeed } from './pairing-state.ts';

/** Readings overtaken by a change after which the copy is left as it is (the change's own refresh follows). */
const READINGS = 3;

/**
 * The server's latest expenses into the phone's copy, so the list is right offline too, with the
 * bills of the households this phone's person is in (`householdIds`: they are in nobody's personal
 * list; kept for each, so a switch between households works offline). A refusal of this phone
 * (not paired, revoked) is remembered for the page to say at once; a list read forgets it. true
 * when the server answered.
 */
export async function refreshExpenses(
  db: VoiceTrackDb,
  api: ApiClient,
  householdIds: readonly string[] = [],
): Promise<boolean> {
  for (let reading = 1; reading <= READINGS; reading++) {
    const before = await landedCount(db);
    const [got, ...bills] = await Promise.all([
      api.listExpenses(),
      ...householdIds.map((id) => api.listExpenses(id)),
    ]);
    if (got.kind === 'refused') {
      const need = pairingNeedOf(got);
      if (need) await savePairingNeed(db, need);
    }
    if (got.kind !== 'ok') return false;
    if (await readPairingNeed(db)) await savePairingNeed(db, null);
    // A household's bills unread (offline a moment, or no longer a member): its rows stay as they were.
    const households = new Map(householdIds.map((id, i) => [id, okList(bills[i])]));
    const written = await db.transaction('rw', [db.expenses, db.ops, db.notes, db.meta], async () => {
      // A change landed while the list was on its way: this reading is older than it.
      if ((await landedCount(db)) !== before) return false;
      await writeList(db, got.value, households);
      return true;
    });
    if (written) return true;
  }
  return true;
}

/**
 * Inside the reading's transaction: the lists into the copy, as the person left them here (the
 * changes not sent yet on top, a note deleted or changed before its answer landed: as-left.ts).
 */
async function writeList(
  db: VoiceTrackDb,
  personal: ExpenseList,
  households: ReadonlyMap<string, ExpenseList | null>,
): Promise<void> {
  const list = mergedLists(personal, [...households.values()]);
  list.expenses = asLeftHere(list.expenses, { ops: await db.ops.toArray(), notes: await db.notes.toArray() });
  const fresh = new Set(list.expenses.map((e) => e.id));
  // Anything not in its list was deleted elsewhere: when the list is complete, every row; when
  // it is one page of more, those not older than its oldest row. Personal rows are judged by
  // the personal list, a household's bills by the household's (when it was read).
  const gone = (await db.expenses.toArray()).filter((e: Expense) => {
    if (fresh.has(e.id)) return false;
    // A bill of a household this phone's person is no longer in goes.
    const from = !e.householdId
      ? personal
      : households.has(e.householdId)
        ? households.get(e.householdId)
        : EMPTY;
    if (!from) return false;
    const oldest = from.nextCursor === null ? undefined : from.expenses.at(-1)?.date;
    return !oldest || e.date >= oldest;
  });
  await db.expenses.bulkDelete(gone.map((e) => e.id));
  await db.expenses.bulkPut(list.expenses);
}

const EMPTY: ExpenseList = { expenses: [], nextCursor: null };

const okList = (got: Answer<ExpenseList> | undefined): ExpenseList | null =>
  got?.kind === 'ok' ? got.value : null;

/** One list of the personal expenses and the households' bills (each id once). */
function mergedLists(personal: ExpenseList, households: ReadonlyArray<ExpenseList | null>): ExpenseList {
  const expenses = [...personal.expenses];
  const ids = new Set(expenses.map((e) => e.id));
  for (const e of households.flatMap((h) => h?.expenses ?? [])) {
    if (ids.has(e.id)) continue;
    ids.add(e.id);
    expenses.push(e);
  }
  return { expenses, nextCursor: personal.nextCursor };
}
