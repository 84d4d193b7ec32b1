/**
 * Statements and their lines. An import is one transaction: the statement, its lines not known yet
 * (by key, once per person: `on conflict do nothing`), then the matching of the dates they cover.
 * A server that dies half-way leaves nothing of it; the same file sent again then imports whole.
 */
import type { CsvMapping, StatementFormat, StatementSummary } from '@voicetrack/shared';
import type { StatementStore } from '../ports.ts';
import { lockOwner, rematchWindow } from './bank-match.ts';
import { amountSaidBack } from './bank-pairing.ts';
import { type AsOwner, isUuid, ownerFilter } from './owner-scope.ts';
import type { SqlParam } from './sql.ts';

/** Rows per insert statement: one JSON parameter each, well under any driver's limit. */
const CHUNK = 2000;

interface SummaryRow {
  id: string;
  format: StatementFormat;
  account: string;
  account_number: string | null;
  file_name: string | null;
  first_date: string | null;
  last_date: string | null;
  lines: number | string;
  debits: number | string;
  credits: number | string;
  created_at: string;
}

const centsToText = (cents: number | null) => (cents === null ? null : (cents / 100).toFixed(2));

export function createStatementStore(asOwner: AsOwner): StatementStore {
  return {
    import: (owner, statement, lines, match) =>
      asOwner(
        owner,
        async (tx) => {
          await lockOwner(tx, owner);
          const dates = lines.flatMap((l) => [l.date, ...(l.valueDate ? [l.valueDate] : [])]).sort();
          const first = dates[0] ?? null;
          const last = dates.at(-1) ?? null;
          const [row] = await tx.query<{ id: string }>(
            `insert into bank_statements (user_id, format, account, account_number, file_name, first_date, last_date, refused)
             values ($1::uuid, $2, $3, $4, $5, $6::text::date, $7::text::date, $8::text::jsonb) returning id::text as id`,
            [
              owner.userId,
              statement.format,
              statement.account,
              statement.accountNumber,
              statement.fileName,
              first,
              last,
              JSON.stringify(statement.refused),
            ],
          );
          const statementId = row?.id ?? '';
          let debits = 0;
          let credits = 0;
          const inserted = new Set<string>();
          for (let i = 0; i < lines.length; i += CHUNK) {
            const chunk = lines.slice(i, i + CHUNK).map((l) => ({
              identity: l.identity,
              file_line: l.fileLine,
              direction: l.direction,
              withdrawal: l.withdrawal,
              date: l.date,
              value_date: l.valueDate,
              amount: centsToText(l.cents),
              currency: l.currency,
              original_amount: centsToText(l.originalCents),
              original_currency: l.originalCurrency,
              label: l.label,
              category: l.category,
            }));
            const rows = await tx.query<{ id: string; direction: string }>(
              `with ins as (
                 insert into bank_lines (user_id, statement_id, line_key, file_line, direction, withdrawal,
                   booking_date, value_date, amount, currency, original_amount, original_currency, label, category)
                 select $1::uuid, $2::uuid, encode(sha256(convert_to(r.identity, 'UTF8')), 'hex'), r.file_line, r.direction, r.withdrawal, r.date::date,
                   r.value_date::date, r.amount::numeric, r.currency, r.original_amount::numeric,
                   r.original_currency, r.label, r.category
                 from jsonb_to_recordset($3::text::jsonb) as r(identity text, file_line int, direction text,
                   withdrawal boolean, date text, value_date text, amount text, currency text,
                   original_amount text, original_currency text, label text, category text)
                 on conflict on constraint bank_lines_key do nothing
                 returning id, direction
               ) select id::text as id, direction from ins`,
              [owner.userId, statementId, JSON.stringify(chunk)],
            );
            for (const r of rows) {
              inserted.add(r.id);
              if (r.direction === 'debit') debits++;
              else credits++;
            }
          }
          const duplicates = lines.length - debits - credits;
          await tx.query(
            `update bank_statements set lines = $2, debits = $3, credits = $4, duplicates = $5 where id = $1::uuid`,
            [statementId, debits + credits, debits, credits, duplicates],
          );
          // Nothing new (the same statement again): nothing of it to match nor count. (The
          // month's reconciliation matches its window again when it is read.)
          const rematch =
            first && last && inserted.size > 0
              ? await rematchWindow(tx, owner, first, last, match, inserted)
              : { matched: 0, open: 0 };
          return { statementId, inserted: { debits, credits }, duplicates, rematch };
        },
        true,
      ),

    list: (owner) =>
      asOwner(owner, async (tx): Promise<StatementSummary[]> => {
        const params: SqlParam[] = [];
        const rows = await tx.query<SummaryRow>(
          `select s.id::text as id, s.format, s.account, s.account_number, s.file_name,
             s.first_date::text as first_date, s.last_date::text as last_date, s.lines, s.debits, s.credits,
             to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at
           from bank_statements s where ${ownerFilter(owner, params, 's')}
           order by s.created_at desc, s.id desc limit 200`,
          params,
        );
        return rows.map((r) => ({
          id: r.id,
          format: r.format,
          account: r.account,
          accountNumber: r.account_number,
          fileName: r.file_name,
          firstDate: r.first_date,
          lastDate: r.last_date,
          lines: Number(r.lines),
          debits: Number(r.debits),
          credits: Number(r.credits),
          createdAt: r.created_at,
        }));
      }),

    delete: async (owner, id) => {
      if (!isUuid(id)) return false;
      return asOwner(owner, async (tx) => {
        // Its pairings go with its lines: an expense that took a line's amount gets the one said back.
        const back: SqlParam[] = [id, new Date().toISOString()];
        await tx.query(
          `update expenses e set bank_line_id = null, updated_at = now(), ${amountSaidBack('$2')}
           where e.amount_before_bank is not null and e.bank_line_id in (
             select l.id from bank_lines l join bank_statements s on s.id = l.statement_id
             where s.id = $1::uuid and ${ownerFilter(owner, back, 's')})`,
          back,
        );
        const params: SqlParam[] = [id];
        const rows = await tx.query(
          `delete from bank_statements s where s.id = $1::uuid and ${ownerFilter(owner, params, 's')} returning s.id`,
          params,
        );
        return rows.length > 0;
      });
    },

    mapping: (owner, account) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [account];
        const [row] = await tx.query<{ mapping: string }>(
          `select m.mapping::text as mapping from bank_csv_mappings m
           where m.account = $1 and ${ownerFilter(owner, params, 'm')}`,
          params,
        );
        return row ? (JSON.parse(row.mapping) as CsvMapping) : null;
      }),

    rememberMapping: async (owner, account, mapping) => {
      await asOwner(owner, (tx) =>
        tx.query(
          `insert into bank_csv_mappings as m (user_id, account, mapping) values ($1::uuid, $2, $3::text::jsonb)
           on conflict on constraint bank_csv_mappings_key
           do update set mapping = excluded.mapping, updated_at = now()`,
          [owner.userId, account, JSON.stringify(mapping)],
        ),
      );
    },
  };
}
