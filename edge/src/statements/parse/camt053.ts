/**
 * ISO 20022 camt.053 (BankToCustomerStatement), versions .001.02 to .001.08 and later ones of the
 * same shape. What changed between them and is read here: Sts a bare code (.02–.06) or a choice
 * <Sts><Cd> (.07+); parties <Cdtr><Nm> (.02–.07) or <Cdtr><Pty><Nm> (.08+); TxDtls' own Amt
 * (.04+). Booked entries only: a pending one (PDNG) gets its final identity when booked. A batch
 * (several TxDtls with their own amounts) is one line per transaction.
 */
import type { RefusedLine } from '@voicetrack/shared';
import type { ParsedLine, ParseOutcome } from './types.ts';
import { isCurrencyCode, lineNumbersOf, parseAmount, readCompactDate } from './values.ts';
import { at, attribute, declaresEntities, list, parseXml, text, UNSAFE_XML, type XmlValue } from './xml.ts';

/** Where each entry starts (a namespace prefix allowed): its line number, and the count a file is refused by. */
export const CAMT_ENTRY = /<(?:\w+:)?Ntry[\s>]/;

export function isCamt053(head: string): boolean {
  return /camt\.053\.001\.\d{2}/.test(head) || /<(?:\w+:)?BkToCstmrStmt[\s>]/.test(head);
}

function dateOf(node: XmlValue | undefined): string | null {
  const value = text(at(node, 'Dt')) ?? text(at(node, 'DtTm'));
  if (value === null) return null;
  // 2026-11-28 or 2026-11-28T09:14:00+01:00: the bank's own day, as written.
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? readCompactDate(value.slice(0, 10).replaceAll('-', '')) : null;
}

function statusOf(entry: XmlValue): string | null {
  return text(at(entry, 'Sts', 'Cd')) ?? text(at(entry, 'Sts', 'Prtry')) ?? text(at(entry, 'Sts'));
}

function partyName(details: XmlValue | undefined, role: 'Cdtr' | 'Dbtr'): string | null {
  return text(at(details, 'RltdPties', role, 'Pty', 'Nm')) ?? text(at(details, 'RltdPties', role, 'Nm'));
}

function labelOf(entry: XmlValue, details: XmlValue | undefined, debit: boolean, own: boolean): string {
  const additional = text(at(entry, 'AddtlNtryInf'));
  if (additional && !own) return additional;
  const party = partyName(details, debit ? 'Cdtr' : 'Dbtr');
  const remittance = list(at(details, 'RmtInf', 'Ustrd'))
    .map((u) => text(u))
    .filter((u): u is string => Boolean(u));
  const parts = [party, ...remittance].filter((p): p is string => Boolean(p));
  if (parts.length > 0) return parts.join(' ');
  return additional ?? text(at(details, 'AddtlTxInf')) ?? '';
}

function amountOf(node: XmlValue | undefined): { cents: number | null; currency: string | null } {
  if (node === undefined) return { cents: null, currency: null };
  const raw = text(node);
  // ISO 20022 amounts are xs:decimal: a point, no sign, no thousands separator.
  const cents = raw !== null && /^\d+(?:\.\d{1,2})?$/.test(raw.trim()) ? parseAmount(raw) : null;
  return { cents, currency: attribute(node, 'Ccy') };
}

function isWithdrawal(entry: XmlValue, label: string): boolean {
  const family = text(at(entry, 'BkTxCd', 'Domn', 'Fmly', 'SubFmlyCd'));
  return family === 'CWDL' || /\b(?:RETRAIT|ATM|WITHDRAWAL)\b/i.test(label);
}

export function parseCamt053(xml: string): ParseOutcome {
  if (declaresEntities(xml)) return { kind: 'unsafe', message: UNSAFE_XML };
  let doc: ReturnType<typeof parseXml>;
  try {
    doc = parseXml(xml, ['Stmt', 'Ntry', 'TxDtls', 'Ustrd', 'Bal']);
  } catch {
    return { kind: 'unreadable', message: 'This camt.053 file is not well-formed XML.' };
  }
  const statements = list(at(doc, 'Document', 'BkToCstmrStmt', 'Stmt'));
  if (statements.length === 0)
    return { kind: 'unreadable', message: 'This camt.053 file holds no statement (BkToCstmrStmt/Stmt).' };
  const entryLines = lineNumbersOf(xml, CAMT_ENTRY);
  const lines: ParsedLine[] = [];
  const refused: RefusedLine[] = [];
  let n = 0;
  for (const statement of statements) {
    const account =
      text(at(statement, 'Acct', 'Id', 'IBAN')) ?? text(at(statement, 'Acct', 'Id', 'Othr', 'Id'));
    for (const entry of list(at(statement, 'Ntry'))) {
      const line = entryLines[n++] ?? 0;
      const status = statusOf(entry);
      if (status !== null && status !== 'BOOK') {
        refused.push({
          line,
          reason: `entry not booked yet (${status}): import it once the bank has booked it`,
        });
        continue;
      }
      const direction = text(at(entry, 'CdtDbtInd'));
      if (direction !== 'DBIT' && direction !== 'CRDT') {
        refused.push({ line, reason: 'no credit/debit indicator (CdtDbtInd)' });
        continue;
      }
      const date = dateOf(at(entry, 'BookgDt')) ?? dateOf(at(entry, 'ValDt'));
      if (date === null) {
        refused.push({ line, reason: 'no real booking date' });
        continue;
      }
      const entryAmount = amountOf(at(entry, 'Amt'));
      if (entryAmount.currency === null || !isCurrencyCode(entryAmount.currency)) {
        refused.push({ line, reason: `unknown currency code ${JSON.stringify(entryAmount.currency ?? '')}` });
        continue;
      }
      if (entryAmount.cents === null || entryAmount.cents <= 0) {
        refused.push({ line, reason: 'no readable amount' });
        continue;
      }
      const servicerRef = text(at(entry, 'AcctSvcrRef'));
      const entryRef = text(at(entry, 'NtryRef'));
      const ref = servicerRef ? `asr:${servicerRef}` : entryRef ? `ntry:${entryRef}` : null;
      const details = list(at(entry, 'NtryDtls', 'TxDtls'));
      const split = details.length > 1 && details.every((d) => amountOf(at(d, 'Amt')).cents !== null);
      const parts = split ? details : [details[0]];
      parts.forEach((part, k) => {
        const own = split ? amountOf(at(part, 'Amt')) : entryAmount;
        const partDirection = split ? (text(at(part, 'CdtDbtInd')) ?? direction) : direction;
        const debit = partDirection === 'DBIT';
        const label = labelOf(entry, part, debit, split).trim();
        const instructed = amountOf(
          at(part, 'AmtDtls', 'InstdAmt', 'Amt') ?? at(entry, 'AmtDtls', 'InstdAmt', 'Amt'),
        );
        const foreign =
          instructed.cents !== null &&
          instructed.currency !== null &&
          instructed.currency !== own.currency &&
          isCurrencyCode(instructed.currency);
        lines.push({
          line,
          accountNumber: account,
          direction: debit ? 'debit' : 'credit',
          withdrawal: debit && isWithdrawal(entry, label),
          date,
          valueDate: dateOf(at(entry, 'ValDt')),
          cents: own.cents ?? entryAmount.cents ?? 0,
          currency: own.currency ?? entryAmount.currency ?? '',
          originalCents: foreign ? instructed.cents : null,
          originalCurrency: foreign ? instructed.currency : null,
          label,
          bankRef: ref === null ? null : split ? `${ref}#${k}` : ref,
        });
      });
    }
  }
  return { kind: 'parsed', statement: { format: 'camt053', lines, refused } };
}
