/** Idempotency-Key answers over the Sql port, per owner (RLS in Supabase mode). */
import type { IdempotencyStore, KeyClaim } from '../ports/idempotency.ts';
import { type AsOwner, ownerFilter } from './owner-scope.ts';
import type { SqlParam } from './sql.ts';

interface KeyRow {
  fingerprint: string;
  state: 'pending' | 'done';
  status: number | null;
  content_type: string | null;
  body: string | null;
  stale: boolean;
}

export function createIdempotencyStore(asOwner: AsOwner): IdempotencyStore {
  return {
    begin: (owner, key, fingerprint, leaseSeconds) =>
      asOwner(
        owner,
        async (tx): Promise<KeyClaim> => {
          const old: SqlParam[] = [];
          await tx.query(
            `delete from idempotency_keys k where ${ownerFilter(owner, old, 'k')} and k.created_at < now() - interval '1 day'`,
            old,
          );
          const inserted = await tx.query(
            `insert into idempotency_keys (user_id, key, fingerprint) values ($1, $2, $3)
             on conflict on constraint idempotency_keys_key do nothing returning 1 as one`,
            [owner.userId, key, fingerprint],
          );
          if (inserted.length > 0) return { kind: 'started' };
          const params: SqlParam[] = [key, leaseSeconds];
          const [row] = await tx.query<KeyRow>(
            `select k.fingerprint, k.state, k.status, k.content_type, k.body,
               k.created_at < now() - make_interval(secs => $2) as stale
             from idempotency_keys k where k.key = $1 and ${ownerFilter(owner, params, 'k')} for update`,
            params,
          );
          if (!row) return { kind: 'pending' };
          if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
          if (row.state === 'done')
            return {
              kind: 'answered',
              answer: {
                status: Number(row.status),
                contentType: row.content_type ?? '',
                body: row.body ?? '',
              },
            };
          if (!row.stale) return { kind: 'pending' };
          const again: SqlParam[] = [key];
          await tx.query(
            `update idempotency_keys k set created_at = now() where k.key = $1 and ${ownerFilter(owner, again, 'k')}`,
            again,
          );
          return { kind: 'started' };
        },
        true,
      ),

    finish: async (owner, key, answer) => {
      await asOwner(owner, (tx) => {
        const params: SqlParam[] = [key, answer.status, answer.contentType, answer.body];
        return tx.query(
          `update idempotency_keys k set state = 'done', status = $2, content_type = $3, body = $4
           where k.key = $1 and ${ownerFilter(owner, params, 'k')}`,
          params,
        );
      });
    },

    abandon: async (owner, key) => {
      await asOwner(owner, (tx) => {
        const params: SqlParam[] = [key];
        return tx.query(
          `delete from idempotency_keys k where k.key = $1 and ${ownerFilter(owner, params, 'k')} and k.state = 'pending'`,
          params,
        );
      });
    },
  };
}
