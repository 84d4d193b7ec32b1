/**
 * Households' money over the Sql port: the shared bills balances are computed from, and the
 * repayments between members (settle, the JSON export and import). Everything runs as the owner:
 * in Supabase mode the policies keep it to the owner's households. Part of the households' port
 * (HouseholdStore), with household-store.ts's members and invites.
 */
import type { Repayment, SharedBill } from '@voicetrack/shared';
import { decimalToCents } from '@voicetrack/shared';
import type { HouseholdStore, SettlementRecord } from '../ports.ts';
import { type AsOwner, andEquals, visibleHouseholds } from './owner-scope.ts';
import { readSplit } from './split-column.ts';
import type { SqlParam } from './sql.ts';

export type HouseholdLedgerStore = Pick<
  HouseholdStore,
  'bills' | 'repayments' | 'settle' | 'settlements' | 'importSettlements'
>;

export function createHouseholdLedgerStore(asOwner: AsOwner): HouseholdLedgerStore {
  return {
    bills: (owner, householdId, currency) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [householdId];
        const rows = await tx.query<{ paid_by: string; currency: string; split: string }>(
          `select e.paid_by::text as paid_by, e.currency::text as currency, e.split::text as split
           from expenses e where e.household_id = $1::uuid and e.status = 'saved' and e.amount is not null
           ${andEquals(params, 'e.currency', currency)}
           order by e.created_at, e.id`,
          params,
        );
        return rows.map(
          (r): SharedBill => ({ paidBy: r.paid_by, currency: r.currency, split: readSplit(r.split) }),
        );
      }),

    repayments: (owner, householdId, currency) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [householdId];
        const rows = await tx.query<SettlementRow>(
          `select ${SETTLEMENT_COLUMNS} from settlements s where s.household_id = $1::uuid
           ${andEquals(params, 's.currency', currency)}
           order by s.created_at, s.id`,
          params,
        );
        return rows.map(toRepayment);
      }),

    settle: (owner, householdId, r) =>
      asOwner(owner, async (tx) => {
        const [row] = await tx.query<SettlementRow>(
          `insert into settlements as s (household_id, user_id, from_member, to_member, amount, currency)
           values ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::numeric / 100, $6)
           returning ${SETTLEMENT_COLUMNS}`,
          [householdId, owner.userId, r.fromMemberId, r.toMemberId, r.cents, r.currency],
        );
        return toSettlement(row as SettlementRow);
      }),

    settlements: (owner) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [];
        const rows = await tx.query<SettlementRow>(
          `select ${SETTLEMENT_COLUMNS} from settlements s join households h on h.id = s.household_id
           where ${visibleHouseholds(owner, params)} order by s.created_at, s.id`,
          params,
        );
        return rows.map(toSettlement);
      }),

    importSettlements: async (owner, rows) => {
      if (rows.length === 0) return { imported: 0, duplicates: 0 };
      const inserted = await asOwner(
        owner,
        (tx) =>
          tx.query<{ id: string }>(
            `insert into settlements (id, household_id, user_id, from_member, to_member, amount, currency, created_at)
             select r.id, r.household_id, $1::uuid, r.from_member, r.to_member, r.cents::numeric / 100, r.currency,
               coalesce(r.created_at::timestamptz, now())
             from jsonb_to_recordset($2::text::jsonb) as r(id uuid, household_id uuid, from_member uuid,
               to_member uuid, cents bigint, currency text, created_at text)
             on conflict (id) do nothing returning id::text as id`,
            [
              owner.userId,
              JSON.stringify(
                rows.map((r) => ({
                  id: r.id,
                  household_id: r.householdId,
                  from_member: r.fromMemberId,
                  to_member: r.toMemberId,
                  cents: r.cents,
                  currency: r.currency,
                  created_at: r.createdAt ?? null,
                })),
              ),
            ],
          ),
        true,
      );
      return { imported: inserted.length, duplicates: rows.length - inserted.length };
    },
  };
}

const SETTLEMENT_COLUMNS = `s.id::text as id, s.household_id::text as household_id, s.from_member::text as from_member,
  s.to_member::text as to_member, s.amount::text as amount, s.currency::text as currency,
  to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at`;

interface SettlementRow {
  id: string;
  household_id: string;
  from_member: string;
  to_member: string;
  amount: string;
  currency: string;
  created_at: string;
}

const toRepayment = (r: SettlementRow): Repayment => ({
  fromMemberId: r.from_member,
  toMemberId: r.to_member,
  cents: decimalToCents(r.amount) ?? 0,
  currency: r.currency,
});

const toSettlement = (s: SettlementRow): SettlementRecord => ({
  ...toRepayment(s),
  id: s.id,
  householdId: s.household_id,
  createdAt: s.created_at,
});
