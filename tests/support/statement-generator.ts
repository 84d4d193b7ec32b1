/**
 * A large camt.053.001.02 statement made at run time (the bench's 10,000 lines, a test's 1,000) and
 * the expenses a person would have said for part of it, written straight into the database.
 */
import type { Owner } from '@voicetrack/edge/ports.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { centsToDecimal as euros } from '@voicetrack/shared';

/** A bank line's label, the words a person says for it, and its category. */
export const MERCHANTS = [
  ['CB CARREFOUR', 'Courses Carrefour', 'groceries'],
  ['CB MONOPRIX', 'Monoprix', 'groceries'],
  ['CB LE PETIT ZINC', 'Le Petit Zinc', 'dining'],
  ['CB SNCF INTERNET', 'Billet SNCF', 'transport'],
  ['PRLV SEPA FREE MOBILE', 'Forfait Free', 'utilities'],
  ['CB PHARMACIE DU MARCHE', 'Pharmacie', 'health'],
  ['CB FNAC', 'Fnac', 'shopping'],
  ['CB UGC CINE CITE', 'Cinéma', 'leisure'],
] as const;

export interface GeneratedLine {
  date: string;
  cents: number;
  merchant: (typeof MERCHANTS)[number];
}

const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);

/** n debits over two years, amounts from 1.00 to 300.00 (many repeated, as real spending). */
export function generateLines(n: number): GeneratedLine[] {
  return Array.from({ length: n }, (_, i) => ({
    date: day(i),
    cents: 100 + ((i * 7919) % 29_900),
    merchant: MERCHANTS[i % MERCHANTS.length] ?? MERCHANTS[0],
  }));
}

export function camt053(lines: readonly GeneratedLine[]): string {
  const entries = lines.map(
    (l, i) => `<Ntry><Amt Ccy="EUR">${euros(l.cents)}</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>${l.date}</Dt></BookgDt><ValDt><Dt>${l.date}</Dt></ValDt><AcctSvcrRef>GEN-${i}</AcctSvcrRef>
<AddtlNtryInf>${l.merchant[0]} ${l.date.slice(8, 10)}/${l.date.slice(5, 7)} CARTE 4974</AddtlNtryInf></Ntry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>GEN</MsgId><CreDtTm>2026-12-01T00:00:00Z</CreDtTm></GrpHdr>
<Stmt><Id>GEN</Id><CreDtTm>2026-12-01T00:00:00Z</CreDtTm>
<Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-01</Dt></Dt></Bal>
${entries.join('\n')}
</Stmt></BkToCstmrStmt></Document>
`;
}

/**
 * The expenses said for the lines where `said(i)`, one to two days before the bank's date, plus
 * `extra` expenses the bank never shows (cash). One statement per 1,000 rows.
 */
export async function seedSaidExpenses(
  sql: Sql,
  owner: Owner,
  lines: readonly GeneratedLine[],
  said: (i: number) => boolean,
  extra = 0,
): Promise<number> {
  const rows: { amount: string; category: string; description: string; date: string }[] = lines.flatMap(
    (l, i) => {
      if (!said(i)) return [];
      const date = new Date(Date.parse(`${l.date}T00:00:00Z`) - (i % 2) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return [{ amount: euros(l.cents), category: l.merchant[2], description: l.merchant[1], date }];
    },
  );
  for (let i = 0; i < extra; i++)
    rows.push({ amount: euros(333 + i), category: 'dining', description: 'Café', date: day(i) });
  for (let i = 0; i < rows.length; i += 1000) {
    await sql.query(
      `insert into expenses (user_id, client_id, amount, currency, category, description, expense_date, source)
       select $1::uuid, gen_random_uuid(), r.amount::numeric, 'EUR', r.category, r.description, r.date::date, 'text'
       from jsonb_to_recordset($2::text::jsonb) as r(amount text, category text, description text, date text)`,
      [owner.userId, JSON.stringify(rows.slice(i, i + 1000))],
    );
  }
  return rows.length;
}
