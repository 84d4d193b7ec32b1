/**
 * Households over the Sql port. Reads and a member's writes run as the owner: in Supabase mode
 * the policies keep them to the owner's households (and the explicit filters say the same, so
 * the tables' owner would get the same answer); creating and joining run as the tables' owner.
 */
import type { MemberRole, Repayment, SharedBill } from '@voicetrack/shared';
import { decimalToCents } from '@voicetrack/shared';
import type { HouseholdRecord, HouseholdStore, MemberRecord, Owner } from '../ports.ts';
import { type AsOwner, isUuid } from './owner-scope.ts';
import { readSplit } from './split-column.ts';
import type { Sql, SqlParam, SqlTx } from './sql.ts';

interface MemberRow {
  household_id: string;
  household_name: string;
  id: string;
  name: string;
  role: string;
  user_id: string | null;
  active: boolean | string;
}

const truthy = (b: boolean | string) => b === true || b === 't' || b === 'true';

/** `and <column> = $n` with the value pushed, or nothing when there is no value. */
function andEquals(params: SqlParam[], column: string, value: string | undefined, cast = ''): string {
  if (value === undefined) return '';
  params.push(value);
  return `and ${column} = $${params.length}${cast}`;
}

/** Households visible to the owner: their active memberships (local mode: every household). */
function visible(owner: Owner, params: SqlParam[]): string {
  if (owner.userId === null) return 'true';
  params.push(owner.userId);
  return `h.id in (select household_id from household_members where user_id = $${params.length}::uuid and left_at is null)`;
}

async function households(tx: SqlTx, owner: Owner, householdId?: string): Promise<HouseholdRecord[]> {
  const params: SqlParam[] = [];
  const only = andEquals(params, 'h.id', householdId, '::uuid');
  const rows = await tx.query<MemberRow>(
    `select h.id::text as household_id, h.name as household_name, m.id::text as id, m.name, m.role,
       m.user_id::text as user_id, (m.left_at is null) as active
     from households h left join household_members m on m.household_id = h.id
     where ${visible(owner, params)} ${only}
     order by h.created_at, h.id, m.joined_at, m.id`,
    params,
  );
  const byId = new Map<string, HouseholdRecord>();
  for (const r of rows) {
    let h = byId.get(r.household_id);
    if (!h) {
      h = { id: r.household_id, name: r.household_name, members: [] };
      byId.set(r.household_id, h);
    }
    if (r.id) h.members.push(toMember(r));
  }
  return [...byId.values()];
}

const toMember = (r: MemberRow): MemberRecord => ({
  id: r.id,
  name: r.name,
  role: r.role as MemberRole,
  userId: r.user_id,
  active: truthy(r.active),
});

export function createHouseholdStore(asOwner: AsOwner, sql: Sql): HouseholdStore {
  return {
    create: ({ name, founder, invite }) =>
      sql.transaction(async (tx) => {
        const [h] = await tx.query<{ id: string }>(
          `insert into households (name) values ($1) returning id::text as id`,
          [name],
        );
        const householdId = (h as { id: string }).id;
        let memberId: string | null = null;
        if (founder) {
          const [m] = await tx.query<{ id: string }>(
            `insert into household_members (household_id, user_id, name, role) values ($1::uuid, $2::uuid, $3, 'owner')
             returning id::text as id`,
            [householdId, founder.userId, founder.name],
          );
          memberId = m?.id ?? null;
        }
        await tx.query(
          `insert into household_invites (code_hash, household_id, expires_at) values ($1, $2::uuid, $3::text::timestamptz)`,
          [invite.codeHash, householdId, invite.expiresAt],
        );
        return { householdId, memberId };
      }),

    addInvite: async (householdId, invite) => {
      await sql.query(
        `insert into household_invites (code_hash, household_id, expires_at) values ($1, $2::uuid, $3::text::timestamptz)`,
        [invite.codeHash, householdId, invite.expiresAt],
      );
    },

    join: (codeHash, member, maxMembers) =>
      sql.transaction(async (tx) => {
        // Deleted as it is read: a code works once.
        const [invite] = await tx.query<{ household_id: string; valid: boolean | string }>(
          `delete from household_invites where code_hash = $1
           returning household_id::text as household_id, expires_at > now() as valid`,
          [codeHash],
        );
        await tx.query(`delete from household_invites where expires_at < now() - interval '1 day'`);
        if (!invite || !truthy(invite.valid)) return { kind: 'unknown_code' } as const;
        const householdId = invite.household_id;
        const [count] = await tx.query<{ n: string; mine: string }>(
          `select count(*)::text as n, count(*) filter (where user_id = $2::uuid)::text as mine
           from household_members where household_id = $1::uuid and left_at is null`,
          [householdId, member.userId],
        );
        if (Number(count?.mine ?? 0) > 0) return { kind: 'already_member', householdId } as const;
        if (Number(count?.n ?? 0) >= maxMembers) return { kind: 'full' } as const;
        const [m] = await tx.query<{ id: string }>(
          `insert into household_members (household_id, user_id, name) values ($1::uuid, $2::uuid, $3)
           returning id::text as id`,
          [householdId, member.userId, member.name],
        );
        return { kind: 'joined', householdId, memberId: (m as { id: string }).id } as const;
      }),

    list: (owner) => asOwner(owner, (tx) => households(tx, owner)),

    get: async (owner, householdId) => {
      if (!isUuid(householdId)) return null;
      const [h] = await asOwner(owner, (tx) => households(tx, owner, householdId));
      return h ?? null;
    },

    removeMember: async (owner, householdId, memberId) => {
      if (!isUuid(householdId) || !isUuid(memberId)) return false;
      return asOwner(owner, async (tx) => {
        const rows = await tx.query<{ id: string }>(
          `update household_members set left_at = now()
           where id = $1::uuid and household_id = $2::uuid and left_at is null returning id::text as id`,
          [memberId, householdId],
        );
        // Their device (local mode) no longer speaks for them.
        if (rows.length === 1 && owner.userId === null)
          await tx.query(`update devices set member_id = null where member_id = $1::uuid`, [memberId]);
        return rows.length === 1;
      });
    },

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
        const s = row as SettlementRow;
        return { ...toRepayment(s), id: s.id, householdId: s.household_id, createdAt: s.created_at };
      }),

    settlements: (owner) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [];
        const rows = await tx.query<SettlementRow>(
          `select ${SETTLEMENT_COLUMNS} from settlements s join households h on h.id = s.household_id
           where ${visible(owner, params)} order by s.created_at, s.id`,
          params,
        );
        return rows.map((s) => ({
          ...toRepayment(s),
          id: s.id,
          householdId: s.household_id,
          createdAt: s.created_at,
        }));
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

    person: (name, householdName) =>
      sql.transaction(async (tx) => {
        await tx.query(`select pg_advisory_xact_lock(7263030)`);
        let [h] = await tx.query<{ id: string }>(
          `select id::text as id from households order by created_at, id limit 1`,
        );
        h ??= (
          await tx.query<{ id: string }>(
            `insert into households (name) values ($1) returning id::text as id`,
            [householdName],
          )
        )[0];
        const householdId = (h as { id: string }).id;
        const [found] = await tx.query<{ id: string }>(
          `select id::text as id from household_members
           where household_id = $1::uuid and user_id is null and left_at is null and lower(name) = lower($2)`,
          [householdId, name],
        );
        if (found) return { householdId, memberId: found.id };
        const [{ n } = { n: '0' }] = await tx.query<{ n: string }>(
          `select count(*)::text as n from household_members where household_id = $1::uuid and left_at is null`,
          [householdId],
        );
        const [m] = await tx.query<{ id: string }>(
          `insert into household_members (household_id, name, role) values ($1::uuid, $2, $3) returning id::text as id`,
          [householdId, name, n === '0' ? 'owner' : 'member'],
        );
        return { householdId, memberId: (m as { id: string }).id };
      }),

    tieDevice: async (deviceId, memberId) => {
      await sql.query(`update devices set member_id = $2::uuid where id = $1::uuid`, [deviceId, memberId]);
    },

    memberOfDevice: async (deviceId) => {
      if (!isUuid(deviceId)) return null;
      const [row] = await sql.query<{ member_id: string | null }>(
        `select d.member_id::text as member_id from devices d
         join household_members m on m.id = d.member_id and m.left_at is null where d.id = $1::uuid`,
        [deviceId],
      );
      return row?.member_id ?? null;
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
