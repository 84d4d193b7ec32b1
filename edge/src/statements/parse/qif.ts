/**
 * QIF (Quicken Interchange Format). No npm parser for it is kept up (the few published are
 * abandoned and read US dates only), and the grammar is one field per line: a letter, its value,
 * `^` ending a record. So it is read here, by hand. Bank, Cash, CCard and Oth accounts; splits
 * (S/E/$) belong to their transaction, whose T is the total. Dates come as Quicken writes them
 * (11/28'26, 11/28/2026) or as European banks do (28.11.2026, 28/11/2026): the order is taken from
 * the whole file, day first when no date can tell.
 */
import { guessDateOrder, type RefusedLine } from '@voicetrack/shared';
import type { ParsedLine, ParseOutcome } from './types.ts';
import { parseAmount, readDate } from './values.ts';

export function isQif(head: string): boolean {
  return /^\s*!(?:Type|Account|Option)/i.test(head);
}

interface QifRecord {
  line: number;
  fields: Map<string, string>;
}

const NOT_TRANSACTIONS = /^!Type:(?:Cat|Class|Memorized|Invst|Prices|Security)/i;

export function parseQif(text: string, currency: string): ParseOutcome {
  const records: QifRecord[] = [];
  let current: QifRecord | null = null;
  let skipping = false;
  const rows = text.split(/\r\n|\r|\n/);
  rows.forEach((raw, i) => {
    const row = raw.trimEnd();
    if (row === '') return;
    if (row.startsWith('!')) {
      if (/^!Account/i.test(row)) skipping = true;
      else if (/^!Type:/i.test(row)) skipping = NOT_TRANSACTIONS.test(row);
      current = null;
      return;
    }
    if (row.startsWith('^')) {
      if (current && !skipping && current.fields.size > 0) records.push(current);
      // After an !Account block's ^, the transactions of the next !Type follow.
      current = null;
      return;
    }
    if (skipping) return;
    current ??= { line: i + 1, fields: new Map() };
    const code = row.charAt(0);
    // Split lines (S, E, $) repeat: the transaction's own T is its total; keep the first of each.
    if (!current.fields.has(code)) current.fields.set(code, row.slice(1).trim());
  });
  if (current !== null && (current as QifRecord).fields.size > 0 && !skipping) records.push(current);
  if (records.length === 0) return { kind: 'unreadable', message: 'This QIF file holds no transaction.' };

  const order = guessDateOrder(records.map((r) => r.fields.get('D') ?? ''));
  const lines: ParsedLine[] = [];
  const refused: RefusedLine[] = [];
  for (const { line, fields } of records) {
    const date = readDate(fields.get('D') ?? '', order);
    const amount = parseAmount(fields.get('T') ?? fields.get('U') ?? '');
    if (date === null)
      refused.push({ line, reason: `no real date ${JSON.stringify(fields.get('D') ?? '')}` });
    else if (amount === null || amount === 0) refused.push({ line, reason: 'no readable amount (T)' });
    else {
      const payee = fields.get('P') ?? '';
      const memo = fields.get('M') ?? '';
      const label = [payee, memo && memo !== payee ? memo : ''].filter(Boolean).join(' ');
      lines.push({
        line,
        accountNumber: null,
        direction: amount < 0 ? 'debit' : 'credit',
        withdrawal: amount < 0 && /\b(?:RETRAIT|ATM|WITHDRAWAL)\b/i.test(label),
        date,
        valueDate: null,
        cents: Math.abs(amount),
        currency,
        originalCents: null,
        originalCurrency: null,
        label,
        bankRef: null,
      });
    }
  }
  return { kind: 'parsed', statement: { format: 'qif', lines, refused } };
}
