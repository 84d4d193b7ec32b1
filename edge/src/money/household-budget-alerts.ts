/**
 * Household budgets' alerts: after a write, each budget of the households the writer is in is
 * compared with the household's bills of the month (whole); a threshold newly reached is claimed
 * once for the household (not once per member) and announced to every current member's devices.
 * Local mode: the server's devices, Telegram and e-mail, as a personal alert.
 */
import type { BudgetAlert } from '@voicetrack/shared';
import type { HouseholdBudget, HouseholdBudgetStore, HouseholdStore, Owner } from '../ports.ts';
import { userOwner } from '../ports.ts';
import { announce, type BudgetAlertDeps, claimReached } from './budget-alerts.ts';

export interface HouseholdAlertDeps extends Omit<BudgetAlertDeps, 'budgets'> {
  households: HouseholdStore;
  householdBudgets: HouseholdBudgetStore;
}

export async function checkHouseholdBudgetAlerts(
  deps: HouseholdAlertDeps,
  owner: Owner,
  month: string,
): Promise<BudgetAlert[]> {
  const budgets = await deps.householdBudgets.listMine(owner);
  const byHousehold = new Map<string, HouseholdBudget[]>();
  for (const b of budgets) byHousehold.set(b.householdId, [...(byHousehold.get(b.householdId) ?? []), b]);
  const all: BudgetAlert[] = [];
  for (const [householdId, list] of byHousehold) {
    const household = await deps.households.get(owner, householdId);
    if (!household) continue;
    const spending = await deps.householdBudgets.monthSpending(owner, householdId, month);
    const alerts = await claimReached(list, spending, month, (key) =>
      deps.householdBudgets.claimAlert(owner, householdId, key),
    );
    // Every current member: their own devices, under their own policies (Supabase mode).
    const recipients =
      owner.userId === null
        ? [owner]
        : household.members.flatMap((m) => (m.active && m.userId ? [userOwner(m.userId)] : []));
    for (const alert of alerts)
      await Promise.all(
        recipients.map((r) => announce(deps, r, alert, { id: household.id, name: household.name })),
      );
    all.push(...alerts);
  }
  return all;
}
