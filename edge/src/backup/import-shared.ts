/**
 * The household part of a JSON import. A bill goes back into its household when the importer may
 * see that household (a member of it; local mode: the server's) and its payer and shares are that
 * household's members. A bill of a household the importer is not in here (another server, another
 * account, a household they left) is never forced into anyone's ledger: it becomes the importer's
 * own expense at the exporter's part (the file's `me`), the household fields dropped; when that
 * part is nothing (« c'est pour Paul ») it is left out. Repayments are restored only into a
 * household the importer is in, between its members; the others are left out. So are a household's
 * budgets: set where the importer is a member and the household has none for that category and
 * currency (one it has is kept as it is), never elsewhere.
 */
import {
  centsToDecimal,
  decimalToCents,
  type ExportedExpense,
  ExportedHouseholdBudgetSchema,
  ExportedHouseholdSchema,
  type ExportedRule,
  ExportedSettlementSchema,
  type ImportCounts,
  type ImportReport,
  namedMembers,
} from '@voicetrack/shared';
import { myHouseholds } from '../households/my-households.ts';
import { recurringClientId } from '../money/recurring-runner.ts';
import type { HouseholdBudgetStore, HouseholdStore, Owner } from '../ports.ts';
import { validRows } from './valid-rows.ts';

export async function sortSharedRows(
  households: HouseholdStore,
  owner: Owner,
  valid: { rows: ExportedExpense[]; indices: number[] },
  fileHouseholds: readonly unknown[] | undefined,
): Promise<{ rows: ExportedExpense[]; refused: ImportCounts['refused']; shared?: ImportReport['shared'] }> {
  if (!valid.rows.some((r) => r.householdId)) return { rows: valid.rows, refused: [] };
  const mine = await myHouseholds(households, owner);
  const exporterIn = new Map(
    validRows(ExportedHouseholdSchema, fileHouseholds ?? []).rows.map((h) => [h.id, h.me] as const),
  );
  const shared = { bills: 0, personal: 0, notMine: 0 };
  const rows: ExportedExpense[] = [];
  const refused: ImportCounts['refused'] = [];
  valid.rows.forEach((row, i) => {
    const { householdId, paidBy, split, ...personal } = row;
    if (!householdId || !paidBy || !split) {
      rows.push(row);
      return;
    }
    const here = mine.get(householdId);
    if (here) {
      const members = new Set(here.record.members.map((m) => m.id));
      if (members.has(paidBy) && split.every((s) => members.has(s.memberId))) {
        rows.push(row);
        shared.bills++;
      } else
        refused.push({
          index: valid.indices[i] ?? i,
          reason: 'paidBy or split names someone who is not a member of this household',
        });
      return;
    }
    const me = exporterIn.get(householdId);
    const cents = split.filter((s) => s.memberId === me).reduce((n, s) => n + s.cents, 0);
    if (me === undefined || cents === 0 || row.amount === null) {
      shared.notMine++;
      return;
    }
    rows.push({ ...personal, amount: centsToDecimal(cents) });
    shared.personal++;
  });
  return { rows, refused, shared };
}

export async function importSettlements(
  households: HouseholdStore,
  owner: Owner,
  input: readonly unknown[],
): Promise<NonNullable<ImportReport['settlements']>> {
  const valid = validRows(ExportedSettlementSchema, input).rows;
  const mine = valid.length > 0 ? await myHouseholds(households, owner) : new Map();
  const restorable = valid.flatMap((s) => {
    const members = new Set(mine.get(s.householdId)?.record.members.map((m: { id: string }) => m.id));
    const cents = decimalToCents(s.amount);
    if (
      !members.has(s.fromMemberId) ||
      !members.has(s.toMemberId) ||
      s.fromMemberId === s.toMemberId ||
      !cents
    )
      return [];
    return [{ ...s, cents }];
  });
  const done = await households.importSettlements(owner, restorable);
  return { ...done, skipped: input.length - restorable.length };
}

/**
 * The rules of a JSON import, as bills are: a household's rule goes back into its household when
 * the importer is a member of it here and its payer and the members its split names are
 * (refused, by index, when they are not); otherwise it becomes the importer's own rule at the
 * exporter's part of its next bill (the file's `shares`), under an id of its own derived from the
 * rule's (importing twice makes it once), or is left out when that part is nothing.
 */
export async function sortSharedRules(
  households: HouseholdStore,
  owner: Owner,
  valid: { rows: ExportedRule[]; indices: number[] },
  fileHouseholds: readonly unknown[] | undefined,
): Promise<{ rows: ExportedRule[]; refused: ImportCounts['refused']; shared?: ImportReport['sharedRules'] }> {
  if (!valid.rows.some((r) => r.householdId)) return { rows: valid.rows, refused: [] };
  const mine = await myHouseholds(households, owner);
  const exporterIn = new Map(
    validRows(ExportedHouseholdSchema, fileHouseholds ?? []).rows.map((h) => [h.id, h.me] as const),
  );
  const shared = { rules: 0, personal: 0, notMine: 0 };
  const rows: ExportedRule[] = [];
  const refused: ImportCounts['refused'] = [];
  for (const [i, row] of valid.rows.entries()) {
    const { householdId, paidBy, split, shares, pausedReason: _paused, ...personal } = row;
    if (!householdId || !paidBy || !split) {
      rows.push(personal);
      continue;
    }
    const here = mine.get(householdId);
    if (here) {
      const active = new Set(here.record.members.filter((m) => m.active).map((m) => m.id));
      if (active.has(paidBy) && namedMembers(split).every((id) => active.has(id))) {
        rows.push({ ...personal, householdId, paidBy, split });
        shared.rules++;
      } else
        refused.push({
          index: valid.indices[i] ?? i,
          reason: 'paidBy or split names someone who is not a member of this household',
        });
      continue;
    }
    const me = exporterIn.get(householdId);
    const cents = (shares ?? []).filter((s) => s.memberId === me).reduce((n, s) => n + s.cents, 0);
    if (me === undefined || cents === 0) {
      shared.notMine++;
      continue;
    }
    rows.push({
      ...personal,
      id: await recurringClientId(row.id, 'personal'),
      amount: centsToDecimal(cents),
    });
    shared.personal++;
  }
  return { rows, refused, shared };
}

export async function importHouseholdBudgets(
  households: HouseholdStore,
  budgets: HouseholdBudgetStore,
  owner: Owner,
  input: readonly unknown[],
  max: number,
): Promise<NonNullable<ImportReport['householdBudgets']>> {
  const valid = validRows(ExportedHouseholdBudgetSchema, input).rows;
  const mine = valid.length > 0 ? await myHouseholds(households, owner) : new Map();
  const kept = new Map<string, Set<string>>();
  const counts = { imported: 0, duplicates: 0, skipped: input.length - valid.length };
  for (const { householdId, ...budget } of valid) {
    if (!mine.has(householdId)) {
      counts.skipped++;
      continue;
    }
    let has = kept.get(householdId);
    if (!has) {
      has = new Set((await budgets.list(owner, householdId)).map((b) => `${b.category} ${b.currency}`));
      kept.set(householdId, has);
    }
    const key = `${budget.category} ${budget.currency}`;
    if (has.has(key)) {
      counts.duplicates++;
      continue;
    }
    // A household at its most budgets takes no more: the others are left out.
    if (await budgets.put(owner, householdId, budget, max)) {
      has.add(key);
      counts.imported++;
    } else counts.skipped++;
  }
  return counts;
}
