/**
 * Households over the Sql port: the households, their members and invites, and the devices that
 * speak for a member (local mode). Reads and a member's writes run as the owner: in Supabase mode
 * the policies keep them to the owner's households (and the explicit filters say the same, so
 * the tables' owner would get the same answer); creating and joining run as the tables' owner.
 * The bills and repayments are household-ledger-store.ts's; the port is both.
 */
import type { MemberRole } from '@voicetrack/shared';
import type { HouseholdRecord, HouseholdStore, MemberRecord, Owner } from '../ports.ts';
import { createHouseholdLedgerStore } from './household-ledger-store.ts';
import { type AsOwner, andEquals, isUuid, visibleHouseholds } from './owner-scope.ts';
import { type Sql, type SqlParam, type SqlTx, sqlBool } from './sql.ts';

interface MemberRow {
  household_id: string;
  household_name: string;
  id: string;
  name: string;
  role: string;
  user_id: string | null;
  active: boolean | string;
}

async function households(tx: SqlTx, owner: Owner, householdId?: string): Promise<HouseholdRecord[]> {
  const params: SqlParam[] = [];
  const only = andEquals(params, 'h.id', householdId, '::uuid');
  const rows = await tx.query<MemberRow>(
    `select h.id::text as household_id, h.name as household_name, m.id::text as id, m.name, m.role,
       m.user_id::text as user_id, (m.left_at is null) as active
     from households h left join household_members m on m.household_id = h.id
     where ${visibleHouseholds(owner, params)} ${only}
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
  active: sqlBool(r.active),
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

    invitation: async (codeHash) => {
      const [row] = await sql.query<{ name: string }>(
        `select h.name from household_invites i join households h on h.id = i.household_id
         where i.code_hash = $1 and i.expires_at > now()`,
        [codeHash],
      );
      return row ? { name: row.name } : null;
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
        if (!invite || !sqlBool(invite.valid)) return { kind: 'unknown_code' } as const;
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

    ...createHouseholdLedgerStore(asOwner),

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
