/**
 * The photos of receipts, one per expense (written with the expense by the capture store).
 * Bytes cross the Sql port as base64 text, as every value does as text.
 */
import type { ReceiptImageType } from '@voicetrack/shared';
import type { ReceiptPhotoStore } from '../ports.ts';
import { fromBase64, toBase64 } from '../receipts/base64.ts';
import { type AsOwner, isUuid, ownerFilter } from './owner-scope.ts';
import type { SqlParam } from './sql.ts';

export function createReceiptPhotoStore(asOwner: AsOwner): ReceiptPhotoStore {
  return {
    get: (owner, expenseId) =>
      asOwner(owner, async (tx) => {
        if (!isUuid(expenseId)) return null;
        const params: SqlParam[] = [expenseId];
        const rows = await tx.query<{ mime_type: string; base64: string }>(
          `select p.mime_type, encode(p.bytes, 'base64') as base64 from receipt_photos p
           where p.expense_id = $1::uuid and ${ownerFilter(owner, params, 'p')}`,
          params,
        );
        const row = rows[0];
        if (!row) return null;
        return {
          mimeType: row.mime_type as ReceiptImageType,
          bytes: fromBase64(row.base64),
        };
      }),

    delete: (owner, expenseId) =>
      asOwner(owner, async (tx) => {
        if (!isUuid(expenseId)) return false;
        const params: SqlParam[] = [expenseId];
        // The expense's updated_at moves too, so other devices hear the change.
        const rows = await tx.query<{ n: string }>(
          `with gone as (
             delete from receipt_photos p where p.expense_id = $1::uuid and ${ownerFilter(owner, params, 'p')}
             returning p.expense_id
           ), touched as (
             update expenses e set updated_at = now() from gone where e.id = gone.expense_id returning 1
           )
           select (select count(*) from gone)::text as n`,
          params,
        );
        return Number(rows[0]?.n ?? 0) > 0;
      }),

    import: async (owner, rows) => {
      let imported = 0;
      // One photo per statement: a photo may be megabytes, an import holds hundreds.
      for (const row of rows) {
        imported += await asOwner(owner, async (tx) => {
          const params: SqlParam[] = [row.clientId, row.position, row.mimeType, toBase64(row.bytes)];
          const inserted = await tx.query<{ one: number }>(
            `insert into receipt_photos (expense_id, user_id, mime_type, bytes)
             select e.id, e.user_id, $3, decode($4, 'base64') from expenses e
             where e.client_id = $1::uuid and e.position = $2 and ${ownerFilter(owner, params, 'e')}
             on conflict (expense_id) do nothing
             returning 1 as one`,
            params,
          );
          return inserted.length;
        });
      }
      return imported;
    },
  };
}
