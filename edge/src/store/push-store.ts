/** Web Push subscriptions per user, and the server's VAPID key pair (one row, made once). */
import type { PushStore, StoredPushSubscription, VapidKeys } from '../ports.ts';
import { type AsOwner, isUuid, ownerFilter } from './owner-scope.ts';
import type { Sql, SqlParam } from './sql.ts';

/**
 * Devices one person may have: each alert is one POST per device, so a client registering
 * thousands of endpoints must not turn one alert into thousands of requests. The least recently
 * registered goes first.
 */
export const MAX_SUBSCRIPTIONS_PER_USER = 20;

const SUBSCRIPTION_COLUMNS = `s.id::text as id, s.endpoint, s.p256dh, s.auth, s.locale,
  to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "createdAt"`;

export function createPushStore(asOwner: AsOwner, sql: Sql): PushStore {
  return {
    subscribe: (owner, sub) =>
      asOwner(
        owner,
        async (tx) => {
          const [row] = await tx.query<StoredPushSubscription & { created: string }>(
            `insert into push_subscriptions as s (user_id, endpoint, p256dh, auth, locale) values ($1, $2, $3, $4, $5)
           on conflict on constraint push_subscriptions_key do update
             set p256dh = excluded.p256dh, auth = excluded.auth, locale = excluded.locale
           returning ${SUBSCRIPTION_COLUMNS}, (s.xmax = 0)::text as created`,
            [owner.userId, sub.endpoint, sub.p256dh, sub.auth, sub.locale],
          );
          if (!row) throw new Error('the subscription was not written');
          const params: SqlParam[] = [MAX_SUBSCRIPTIONS_PER_USER];
          await tx.query(
            `delete from push_subscriptions s where s.id in (
             select s.id from push_subscriptions s where ${ownerFilter(owner, params, 's')}
             order by s.updated_at desc, s.id desc offset $1)`,
            params,
          );
          const { created, ...subscription } = row;
          return { subscription, created: created === 'true' };
        },
        true,
      ),

    unsubscribe: (owner, endpoint) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [endpoint];
        const rows = await tx.query(
          `delete from push_subscriptions s where s.endpoint = $1 and ${ownerFilter(owner, params, 's')}
           returning 1 as one`,
          params,
        );
        return rows.length > 0;
      }),

    list: (owner) =>
      asOwner(owner, (tx) => {
        const params: SqlParam[] = [];
        return tx.query<StoredPushSubscription>(
          `select ${SUBSCRIPTION_COLUMNS} from push_subscriptions s where ${ownerFilter(owner, params, 's')}
           order by s.created_at, s.id`,
          params,
        );
      }),

    remove: async (owner, id) => {
      if (!isUuid(id)) return;
      await asOwner(owner, (tx) => {
        const params: SqlParam[] = [id];
        return tx.query(
          `delete from push_subscriptions s where s.id = $1 and ${ownerFilter(owner, params, 's')}`,
          params,
        );
      });
    },

    // The server's own connection, never a user's role: the private key is nobody's to read.
    vapidKeys: async (make) => {
      const read = () =>
        sql.query<VapidKeys>(
          `select public_key as "publicKey", private_key as "privateKey" from push_vapid_keys where id`,
        );
      const [stored] = await read();
      if (stored) return stored;
      const made = await make();
      // Two instances starting at once: the first insert wins, both then read the same pair.
      await sql.query(
        `insert into push_vapid_keys (id, public_key, private_key) values (true, $1, $2) on conflict (id) do nothing`,
        [made.publicKey, made.privateKey],
      );
      const [kept] = await read();
      if (!kept) throw new Error('the VAPID keys were not stored');
      return kept;
    },
  };
}
