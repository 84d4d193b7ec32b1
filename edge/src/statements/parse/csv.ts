/**
 * CSV exports of French and other banks, read by papaparse: `;`, `,` or tab, quoted labels over
 * several lines, UTF-8 with or without BOM or Windows-1252 (decode.ts), a preamble before the
 * header, decimal comma or point, thousands with spaces, dates dd/mm/yyyy, mm/dd/yyyy or ISO, one
 * signed amount or debit and credit columns, an optional currency and original foreign amount.
 */
import {
  type CsvMapping,
  type DateOrder,
  decidedDateOrder,
  guessDateOrder,
  MAX_STATEMENT_LINES,
  maskAccountNumbers,
  type RefusedLine,
} from '@voicetrack/shared';
import Papa from 'papaparse';
import { detectLayout, type Layout, layoutFromMapping } from './csv-layout.ts';
import type { ParsedLine, ParseOptions, ParseOutcome } from './types.ts';
import { isCurrencyCode, parseAmount, readDate } from './values.ts';

interface Row {
  cells: string[];
  line: number;
}

/**
 * Rows kept past a statement's most lines, for a preamble and a header before them: the rows after
 * are only counted. A file of 800,000 short lines (under 20 MB) was read whole, every date and amount,
 * before being refused for its length: seconds of the server's one thread per request.
 */
const ROWS_KEPT = MAX_STATEMENT_LINES + 1000;

function readRows(text: string): { rows: Row[]; total: number } {
  const rows: Row[] = [];
  let total = 0;
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
    step: (result) => {
      total++;
      if (total > ROWS_KEPT) return;
      const end = result.meta.cursor;
      // The row starts where the previous one ended, past the line break(s) between them.
      let start = counted;
      while (start < text.length && (text.charCodeAt(start) === 10 || text.charCodeAt(start) === 13)) start++;
      for (let i = counted; i < start; i++) if (text.charCodeAt(i) === 10) line++;
      rows.push({ cells: result.data.map((c) => c.trim()), line });
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      counted = end;
    },
  });
  return { rows, total };
}

function preview(rows: readonly Row[]) {
  const first = rows.findIndex((r) => r.cells.filter((c) => c !== '').length >= 2);
  const header = rows[Math.max(0, first)]?.cells ?? [];
  const body = rows.slice(Math.max(0, first) + 1);
  return {
    columns: header.map(maskAccountNumbers),
    rows: body.slice(0, 5).map((r) => r.cells.map(maskAccountNumbers)),
    // Read from every row, not only the five shown: a 13th day on the 40th line decides it too.
    dateOrders: header.map((_, i) => decidedDateOrder(body.map((r) => r.cells[i] ?? ''))),
  };
}

function amountOf(cells: readonly string[], layout: Layout): number | null | 'none' {
  if (layout.amount !== null) return parseAmount(cells[layout.amount] ?? '');
  const debit = (cells[layout.debit ?? -1] ?? '').trim();
  const credit = (cells[layout.credit ?? -1] ?? '').trim();
  if (debit !== '') {
    const cents = parseAmount(debit);
    return cents === null ? null : -Math.abs(cents);
  }
  if (credit !== '') {
    const cents = parseAmount(credit);
    return cents === null ? null : Math.abs(cents);
  }
  return 'none';
}

export function parseCsv(text: string, currency: string, options: ParseOptions): ParseOutcome {
  const { rows, total } = readRows(text);
  if (rows.length === 0) return { kind: 'unreadable', message: 'This file is empty.' };
  const cellRows = rows.map((r) => r.cells);
  const mapping: CsvMapping | null | undefined = options.mapping ?? null;
  const layout =
    (mapping && layoutFromMapping(cellRows, mapping)) ??
    (mapping ? null : detectLayout(cellRows)) ??
    (!mapping && options.rememberedMapping ? layoutFromMapping(cellRows, options.rememberedMapping) : null);
  if (!layout) return { kind: 'mapping_required', preview: preview(rows) };
  const count = total - (layout.header + 1);
  if (count > MAX_STATEMENT_LINES) return { kind: 'too_long', count };

  const body = rows.slice(layout.header + 1);
  const dateOrder: DateOrder =
    mapping?.dateOrder ??
    options.rememberedMapping?.dateOrder ??
    guessDateOrder(body.map((r) => r.cells[layout.date] ?? ''));
  const lines: ParsedLine[] = [];
  const refused: RefusedLine[] = [];
  for (const { cells, line } of body) {
    const date = readDate(cells[layout.date] ?? '', dateOrder);
    const amount = amountOf(cells, layout);
    const rowCurrency = layout.currency === null ? currency : (cells[layout.currency] ?? '').toUpperCase();
    if (date === null)
      refused.push({ line, reason: `no real date ${JSON.stringify(cells[layout.date] ?? '')}` });
    else if (!isCurrencyCode(rowCurrency))
      refused.push({ line, reason: `unknown currency code ${JSON.stringify(rowCurrency)}` });
    else if (amount === 'none' || amount === 0) refused.push({ line, reason: 'no amount' });
    else if (amount === null) refused.push({ line, reason: 'no readable amount' });
    else {
      const label = [cells[layout.label] ?? '', ...layout.details.map((i) => cells[i] ?? '')]
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' ');
      const foreign = layout.originalAmount === null ? null : parseAmount(cells[layout.originalAmount] ?? '');
      const foreignCurrency =
        layout.originalCurrency === null ? '' : (cells[layout.originalCurrency] ?? '').toUpperCase();
      const hasForeign =
        foreign !== null &&
        foreign !== 0 &&
        isCurrencyCode(foreignCurrency) &&
        foreignCurrency !== rowCurrency;
      lines.push({
        line,
        accountNumber: null,
        direction: amount < 0 ? 'debit' : 'credit',
        withdrawal: amount < 0 && /\b(?:RETRAIT|ATM|WITHDRAWAL|CASH)\b/i.test(label),
        date,
        valueDate: layout.valueDate === null ? null : readDate(cells[layout.valueDate] ?? '', dateOrder),
        cents: Math.abs(amount),
        currency: rowCurrency,
        originalCents: hasForeign ? Math.abs(foreign) : null,
        originalCurrency: hasForeign ? foreignCurrency : null,
        label,
        bankRef: null,
      });
    }
  }
  return { kind: 'parsed', statement: { format: 'csv', lines, refused } };
}
