/**
 * Telegram updates kept to be tried again, read as the tables' owner: nobody is known before an
 * update is read. Taking an update holds it for a lease, so two servers never try it at once.
 */
import type { PendingUpdate, TelegramPendingStore } from '../ports.ts';
import type { Sql } from './sql.ts';

interface PendingRow {
  update_id: string;
  payload: unknown;
  attempts: number;
  kept_at: string;
}

const toPending = (r: PendingRow): PendingUpdate => ({
  updateId: Number(r.update_id),
  // postgres.js parses jsonb; PGlite too. Text, should a driver hand it over as such.
  update: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
  attempts: r.attempts,
  keptAt: r.kept_at,
});

export function createTelegramPendingStore(sql: Sql): TelegramPendingStore {
  return {
    keep: async (botId, updateId, update, error) => {
      const rows = await sql.query<{ kept: boolean }>(
        `insert into telegram_pending (bot_id, update_id, payload, last_error)
         values ($1, $2::text::bigint, $3::text::jsonb, $4)
         on conflict (bot_id, update_id) do nothing returning true as kept`,
        [botId, String(updateId), JSON.stringify(update), error.slice(0, 500)],
      );
      return rows.length === 1;
    },

    take: async (botId, limit, leaseSeconds) => {
      const rows = await sql.query<PendingRow>(
        `update telegram_pending p set next_at = now() + make_interval(secs => $3)
         from (select update_id from telegram_pending where bot_id = $1 and next_at <= now()
               order by next_at, update_id limit $2 for update skip locked) due
         where p.bot_id = $1 and p.update_id = due.update_id
         returning p.update_id::text as update_id, p.payload, p.attempts,
           to_char(p.kept_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as kept_at`,
        [botId, limit, leaseSeconds],
      );
      return rows.map(toPending).sort((a, b) => a.updateId - b.updateId);
    },

    done: async (botId, updateId) => {
      await sql.query('delete from telegram_pending where bot_id = $1 and update_id = $2::text::bigint', [
        botId,
        String(updateId),
      ]);
    },

    failed: async (botId, updateId, error, delaySeconds) => {
      await sql.query(
        `update telegram_pending set attempts = attempts + 1, last_error = $3,
           next_at = now() + make_interval(secs => $4)
         where bot_id = $1 and update_id = $2::text::bigint`,
        [botId, String(updateId), error.slice(0, 500), delaySeconds],
      );
    },
  };
}
