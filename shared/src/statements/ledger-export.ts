/**
 * VoiceTrack's expenses as the bank files other ledgers read (YNAB, HomeBank, GnuCash, Firefly
 * III's importer, Actual): OFX 1.0.2 (SGML, every element closed, which both SGML and XML-minded
 * readers accept) and QIF. Each expense is a debit whose OFX FITID is its id, stable across
 * exports, so importing twice doubles nothing there; the QIF carries the id as its number (N).
 * Only saved expenses with an amount; one OFX statement per currency. Pure: the caller streams.
 * A household's bill is written at the person's part, with the household and the whole bill in
 * its memo (« Coloc — 24,00 sur 48,00 EUR »): what left their pocket, and where it came from.
 */
import * as v from 'valibot';
import { IsoDateSchema } from '../api.ts';
import type { Category } from '../categories.ts';
import { CATEGORY_LABELS, type LabelLang } from '../category-labels.ts';

export const LedgerExportQuerySchema = v.strictObject({
  from: v.optional(IsoDateSchema),
  to: v.optional(IsoDateSchema),
  /** The language of the categories written (QIF's L, OFX's MEMO): fr by default. */
  lang: v.optional(v.picklist(['fr', 'en'])),
});

export interface LedgerExpense {
  id: string;
  date: string;
  amount: string;
  currency: string;
  category: Category;
  description: string;
  /** A household's bill: `amount` is the person's part, `whole` the bill's. */
  shared?: { household: string; whole: string } | undefined;
}

/** « Coloc — 24,00 sur 48,00 EUR », "Coloc — 24.00 of 48.00 EUR": a bill's part, in the memo. */
export function sharedMemo(e: LedgerExpense, lang: LabelLang): string {
  if (!e.shared) return '';
  const n = (amount: string) => (lang === 'fr' ? amount.replace('.', ',') : amount);
  const of = lang === 'fr' ? 'sur' : 'of';
  return `${e.shared.household} — ${n(e.amount)} ${of} ${n(e.shared.whole)} ${e.currency}`;
}

const sgml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** OFX 1.x NAME is at most 32 characters; control characters never go into a bank file. */
const clean = (s: string, max: number) =>
  s
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, max);
const compact = (date: string) => date.replaceAll('-', '');

export function ofxHeader(now: Date): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return [
    'OFXHEADER:100',
    'DATA:OFXSGML',
    'VERSION:102',
    'SECURITY:NONE',
    'ENCODING:UTF-8',
    'CHARSET:NONE',
    'COMPRESSION:NONE',
    'OLDFILEUID:NONE',
    'NEWFILEUID:NONE',
    '',
    '<OFX>',
    '<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>',
    `<DTSERVER>${stamp}</DTSERVER><LANGUAGE>FRA</LANGUAGE></SONRS></SIGNONMSGSRSV1>`,
    '<BANKMSGSRSV1>',
    '',
  ].join('\r\n');
}

const memoOf = (e: LedgerExpense, lang: LabelLang) => {
  const memo = `${CATEGORY_LABELS[lang][e.category]} — ${e.description}`;
  return e.shared ? `${memo} — ${sharedMemo(e, lang)}` : memo;
};

/** One statement (STMTTRNRS) holding the expenses of one currency, as account VOICETRACK-<CUR>. */
export function ofxStatement(
  currency: string,
  expenses: readonly LedgerExpense[],
  range: { from: string; to: string },
  lang: LabelLang,
): string {
  const rows = expenses.map((e) =>
    [
      '<STMTTRN><TRNTYPE>DEBIT</TRNTYPE>',
      `<DTPOSTED>${compact(e.date)}</DTPOSTED>`,
      `<TRNAMT>-${e.amount}</TRNAMT>`,
      `<FITID>${e.id}</FITID>`,
      `<NAME>${sgml(clean(e.description || CATEGORY_LABELS[lang][e.category], 32))}</NAME>`,
      `<MEMO>${sgml(clean(memoOf(e, lang), 255))}</MEMO>`,
      '</STMTTRN>',
    ].join(''),
  );
  return [
    `<STMTTRNRS><TRNUID>${currency}</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>`,
    `<STMTRS><CURDEF>${currency}</CURDEF>`,
    `<BANKACCTFROM><BANKID>VOICETRACK</BANKID><ACCTID>VOICETRACK-${currency}</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>`,
    `<BANKTRANLIST><DTSTART>${compact(range.from)}</DTSTART><DTEND>${compact(range.to)}</DTEND>`,
    ...rows,
    '</BANKTRANLIST>',
    '</STMTRS></STMTTRNRS>',
    '',
  ].join('\r\n');
}

export const OFX_FOOTER = '</BANKMSGSRSV1>\r\n</OFX>\r\n';

export const QIF_HEADER = '!Type:Bank\r\n';

/** One QIF record: D as Quicken writes it (MM/DD/YYYY), T negative, P, L the category, N the id. */
export function qifRecord(e: LedgerExpense, lang: LabelLang): string {
  const [y, m, d] = e.date.split('-');
  const line = (s: string) => clean(s, 255).replace(/^\^/, '');
  return [
    `D${m}/${d}/${y}`,
    `T-${e.amount}`,
    `P${line(e.description || CATEGORY_LABELS[lang][e.category])}`,
    `L${line(CATEGORY_LABELS[lang][e.category])}`,
    `N${e.id}`,
    // M: the currency when not the euro, and a household's bill's part (« Coloc — 24,00 sur 48,00 EUR »).
    ...(e.shared ? [`M${line(sharedMemo(e, lang))}`] : e.currency === 'EUR' ? [] : [`M${e.currency}`]),
    '^',
    '',
  ].join('\r\n');
}
