/**
 * Devices and personal tokens, one-time codes, linked Telegram chats. What a request does for
 * its owner runs as that owner (RLS in Supabase mode); finding whose token or code this is runs
 * as the tables' owner, since nobody is known yet — by digest only, so the lookup needs the
 * secret itself.
 */
import type { DeviceRecord, DeviceStore, PairingStore, TelegramChatStore } from '../ports.ts';
import { type AsOwner, isUuid, ownerFilter } from './owner-scope.ts';
import type { Sql, SqlParam } from './sql.ts';

const DEVICE_COLUMNS = `d.id::text as id, d.name, d.scope,
  to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at,
  to_char(d.last_used_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as last_used_at`;

interface DeviceRow {
  id: string;
  name: string;
  scope: 'capture' | 'full';
  created_at: string;
  last_used_at: string | null;
}

const toDevice = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  name: r.name,
  scope: r.scope,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
});

export function createDeviceStore(asOwner: AsOwner, sql: Sql): DeviceStore {
  return {
    create: (owner, device) =>
      asOwner(owner, async (tx) => {
        const rows = await tx.query<DeviceRow>(
          `insert into devices as d (user_id, name, token_hash, scope, open_door) values ($1, $2, $3, $4, $5)
           returning ${DEVICE_COLUMNS}`,
          [owner.userId, device.name, device.tokenHash, device.scope, device.openDoor],
        );
        return toDevice(rows[0] as DeviceRow);
      }),

    list: (owner) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [];
        const rows = await tx.query<DeviceRow>(
          `select ${DEVICE_COLUMNS} from devices d where ${ownerFilter(owner, params, 'd')} order by d.created_at, d.id`,
          params,
        );
        return rows.map(toDevice);
      }),

    revoke: async (owner, id) => {
      if (!isUuid(id)) return false;
      return asOwner(owner, async (tx) => {
        const params: SqlParam[] = [id];
        const rows = await tx.query<{ id: string }>(
          `delete from devices d where d.id = $1::uuid and ${ownerFilter(owner, params, 'd')} returning d.id::text as id`,
          params,
        );
        return rows.length === 1;
      });
    },

    authenticate: async (tokenHash) => {
      // One round trip; the write happens at most once a minute per device.
      const rows = await sql.query<{
        id: string;
        user_id: string | null;
        token_hash: string;
        scope: 'capture' | 'full';
        open_door: boolean;
      }>(
        `with found as (select id, user_id, token_hash, scope, open_door, last_used_at from devices where token_hash = $1),
         touched as (
           update devices d set last_used_at = now() from found
           where d.id = found.id and (found.last_used_at is null or found.last_used_at < now() - interval '1 minute')
           returning d.id
         )
         select id::text as id, user_id::text as user_id, token_hash, scope, open_door,
           (select count(*) from touched) as touched from found`,
        [tokenHash],
      );
      const row = rows[0];
      return row
        ? {
            deviceId: row.id,
            userId: row.user_id,
            tokenHash: row.token_hash,
            scope: row.scope,
            openDoor: row.open_door === true,
          }
        : null;
    },
  };
}

export function createPairingStore(asOwner: AsOwner, sql: Sql): PairingStore {
  return {
    create: (owner, code) =>
      asOwner(owner, async (tx) => {
        await tx.query(
          `insert into pairing_codes (code_hash, user_id, purpose, name, expires_at, person)
           values ($1, $2, $3, $4, $5::text::timestamptz, $6)`,
          [code.codeHash, owner.userId, code.purpose, code.name, code.expiresAt, code.person ?? null],
        );
      }),

    redeem: async (codeHash, purpose) => {
      // Deleted as it is read: a code works once, even for two requests at the same instant.
      const rows = await sql.query<{
        user_id: string | null;
        name: string | null;
        person: string | null;
        valid: boolean;
      }>(
        `delete from pairing_codes where code_hash = $1 and purpose = $2
         returning user_id::text as user_id, name, person, expires_at > now() as valid`,
        [codeHash, purpose],
      );
      // Codes expired long ago go too (nobody else cleans them).
      await sql.query(`delete from pairing_codes where expires_at < now() - interval '1 day'`);
      const row = rows[0];
      return row?.valid ? { userId: row.user_id, name: row.name, person: row.person } : null;
    },
  };
}

export function createTelegramChatStore(sql: Sql): TelegramChatStore {
  return {
    link: async (chatId, userId) => {
      await sql.query(
        `insert into telegram_chats (chat_id, user_id) values ($1::text::bigint, $2::uuid)
         on conflict (chat_id) do update set user_id = excluded.user_id, linked_at = now()`,
        [chatId, userId],
      );
    },
    unlink: async (chatId) => {
      const rows = await sql.query(
        `delete from telegram_chats where chat_id = $1::text::bigint returning 1 as one`,
        [chatId],
      );
      return rows.length > 0;
    },
    userOf: async (chatId) => {
      const rows = await sql.query<{ user_id: string }>(
        `select user_id::text as user_id from telegram_chats where chat_id = $1::text::bigint`,
        [chatId],
      );
      return rows[0]?.user_id ?? null;
    },
  };
}
