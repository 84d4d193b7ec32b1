/**
 * Which CSV column is which, read from the header the way banks write it: French (« Date
 * opération », « Libellé », « Montant(EUROS) », « Débit euros », « Crédit euros », « Devise », « Monnaie »),
 * English, German and Spanish names. A file whose header names no date, label and amount needs a
 * mapping from the person (422 csv_mapping_required), which is then remembered for the account.
 */
import { type CsvMapping, CURRENCY_HEADER, headerKey } from '@voicetrack/shared';

export interface Layout {
  header: number;
  date: number;
  valueDate: number | null;
  label: number;
  details: number[];
  amount: number | null;
  debit: number | null;
  credit: number | null;
  currency: number | null;
  originalAmount: number | null;
  originalCurrency: number | null;
}

type Role =
  | 'valueDate'
  | 'date'
  | 'debit'
  | 'credit'
  | 'originalAmount'
  | 'originalCurrency'
  | 'amount'
  | 'currency'
  | 'label'
  | 'detail';

// Tried in this order: "date valeur" is a value date before it is a date; "montant debit" a debit.
const ROLES: [Role, RegExp][] = [
  ['valueDate', /^(?:date (?:de )?valeur|dateval|value date|valuta|wertstellung)\b/],
  ['date', /^(?:date|dateop|datum|buchungstag|fecha|booking date|transaction date|posted)\b/],
  [
    'originalAmount',
    /^(?:amount foreign|amount \(?foreign|montant (?:en )?devise|original amount|montant origine)/,
  ],
  [
    'originalCurrency',
    /^(?:type foreign currency|original currency|devise (?:d )?origine|foreign currency)\b/,
  ],
  ['debit', /^(?:debit|montant debit|withdrawal|withdrawals|paid out|money out|sortie|soll)\b/],
  ['credit', /^(?:credit|montant credit|deposit|deposits|paid in|money in|entree|haben)\b/],
  ['amount', /^(?:montant|amount|betrag|importe|somme|sum)\b/],
  ['currency', CURRENCY_HEADER],
  [
    'label',
    /^(?:libelle|label|description|payee|beneficiaire|intitule|wording|narrative|merchant|nom|name|verwendungszweck|concepto|transaction description)\b/,
  ],
  ['detail', /^(?:detail|details|payment reference|reference|comment|commentaire|motif|memo)\b/],
];

function roleOf(cell: string): Role | null {
  const key = headerKey(cell);
  for (const [role, pattern] of ROLES) if (pattern.test(key)) return role;
  return null;
}

/** The header row among the first rows, and each column's role; null when it cannot be told. */
export function detectLayout(rows: readonly string[][]): Layout | null {
  for (let r = 0; r < Math.min(rows.length, 15); r++) {
    const cells = rows[r] ?? [];
    const layout: Layout = {
      header: r,
      date: -1,
      valueDate: null,
      label: -1,
      details: [],
      amount: null,
      debit: null,
      credit: null,
      currency: null,
      originalAmount: null,
      originalCurrency: null,
    };
    cells.forEach((cell, i) => {
      const role = roleOf(cell);
      if (role === 'date' && layout.date < 0) layout.date = i;
      else if (role === 'label' && layout.label < 0) layout.label = i;
      else if (role === 'detail') layout.details.push(i);
      else if (role !== null && role !== 'date' && role !== 'label' && layout[role] === null)
        layout[role] = i;
    });
    if (layout.label < 0 && layout.details.length > 0) layout.label = layout.details.shift() ?? -1;
    if (
      layout.date >= 0 &&
      layout.label >= 0 &&
      (layout.amount !== null || layout.debit !== null || layout.credit !== null)
    )
      return layout;
  }
  return null;
}

/** The layout a person's mapping describes, on the first row that has all its columns. */
export function layoutFromMapping(rows: readonly string[][], mapping: CsvMapping): Layout | null {
  const find = (cells: readonly string[], name: string | undefined) => {
    if (name === undefined) return null;
    const i = cells.findIndex((c) => headerKey(c) === headerKey(name));
    return i < 0 ? undefined : i;
  };
  for (let r = 0; r < Math.min(rows.length, 15); r++) {
    const cells = rows[r] ?? [];
    const date = find(cells, mapping.date);
    const label = find(cells, mapping.label);
    const amount = find(cells, mapping.amount);
    const debit = find(cells, mapping.debit);
    const credit = find(cells, mapping.credit);
    const currency = find(cells, mapping.currency);
    if ([date, label, amount, debit, credit, currency].some((i) => i === undefined)) continue;
    if (date == null || label == null) continue;
    return {
      header: r,
      date,
      valueDate: null,
      label,
      details: [],
      amount: amount ?? null,
      debit: debit ?? null,
      credit: credit ?? null,
      currency: currency ?? null,
      originalAmount: null,
      originalCurrency: null,
    };
  }
  return null;
}
