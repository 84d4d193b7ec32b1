/**
 * OFX and QFX: 1.x (SGML, closing tags optional) and 2.x (XML), read by ofx-js. Its header says the
 * charset (decode.ts). A 2.x file that declares a DTD or entities is refused before reading, as
 * every XML statement. Bank and credit-card statements; several accounts in one file. FITID is the
 * line's identity, with its account. TRNAMT may use a decimal comma (OFX 1.0.2 §3.2.9.1 allows it).
 */
import type { RefusedLine } from '@voicetrack/shared';
import { parseSync } from 'ofx-js';
import type { ParsedLine, ParseOutcome } from './types.ts';
import { isCurrencyCode, lineNumbersOf, parseAmount, readCompactDate } from './values.ts';
import { declaresEntities, decodeEntities, UNSAFE_XML } from './xml.ts';

type Node = Record<string, unknown>;

/** Where each transaction starts: its line number, and the count a file is refused by. */
export const OFX_ENTRY = /<STMTTRN>/i;

export function isOfx(head: string): boolean {
  return /^\s*OFXHEADER\s*:/i.test(head) || /<\?OFX\b/i.test(head) || /<OFX>/i.test(head);
}

const asList = (value: unknown): Node[] =>
  value === undefined || value === null
    ? []
    : (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' && v !== null);
const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? decodeEntities(value.trim()) : null;

/** Every statement response of the file with its currency, account and transactions. */
function statements(ofx: Node): { currency: string | null; account: string | null; transactions: Node[] }[] {
  const found: { currency: string | null; account: string | null; transactions: Node[] }[] = [];
  for (const [set, wrapper, response, from] of [
    ['BANKMSGSRSV1', 'STMTTRNRS', 'STMTRS', 'BANKACCTFROM'],
    ['CREDITCARDMSGSRSV1', 'CCSTMTTRNRS', 'CCSTMTRS', 'CCACCTFROM'],
  ] as const) {
    for (const messages of asList(ofx[set]))
      for (const transaction of asList(messages[wrapper]))
        for (const statement of asList(transaction[response])) {
          const account = asList(statement[from])[0];
          const list = asList(statement.BANKTRANLIST)[0];
          const id = account ? [str(account.BANKID), str(account.ACCTID)].filter(Boolean).join(' ') : '';
          found.push({
            currency: str(statement.CURDEF),
            account: id || null,
            transactions: asList(list?.STMTTRN),
          });
        }
  }
  return found;
}

/** ORIGCURRENCY: TRNAMT is in CURDEF, converted at CURRATE (CURDEF per unit of CURSYM). */
function original(t: Node, cents: number): { cents: number | null; currency: string | null } {
  const orig = asList(t.ORIGCURRENCY)[0];
  const rate = Number(str(orig?.CURRATE)?.replace(',', '.'));
  const currency = str(orig?.CURSYM);
  if (!orig || !currency || !isCurrencyCode(currency) || !(rate > 0)) return { cents: null, currency: null };
  return { cents: Math.round(cents / rate), currency };
}

export function parseOfx(text: string): ParseOutcome {
  if (declaresEntities(text)) return { kind: 'unsafe', message: UNSAFE_XML };
  let ofx: Node;
  try {
    ofx = parseSync(text).OFX as Node;
  } catch {
    return { kind: 'unreadable', message: 'This OFX file could not be read (its tags do not nest).' };
  }
  if (!ofx || typeof ofx !== 'object')
    return { kind: 'unreadable', message: 'This OFX file holds no <OFX> element.' };
  const found = statements(ofx);
  if (found.length === 0)
    return { kind: 'unreadable', message: 'This OFX file holds no bank or card statement.' };
  const positions = lineNumbersOf(text, OFX_ENTRY);
  const lines: ParsedLine[] = [];
  const refused: RefusedLine[] = [];
  let n = 0;
  for (const statement of found) {
    for (const t of statement.transactions) {
      const line = positions[n++] ?? 0;
      const amount = parseAmount(str(t.TRNAMT) ?? '');
      // CURRENCY (not ORIGCURRENCY): the amount is in that currency rather than CURDEF.
      const currency = str(asList(t.CURRENCY)[0]?.CURSYM) ?? statement.currency;
      const date = readCompactDate(str(t.DTPOSTED) ?? '');
      const fitid = str(t.FITID);
      if (date === null) refused.push({ line, reason: 'no real posting date (DTPOSTED)' });
      else if (currency === null || !isCurrencyCode(currency))
        refused.push({ line, reason: `unknown currency code ${JSON.stringify(currency ?? '')}` });
      else if (amount === null || amount === 0) refused.push({ line, reason: 'no readable amount (TRNAMT)' });
      else {
        const cents = Math.abs(amount);
        const name = str(t.NAME) ?? str(asList(t.PAYEE)[0]?.NAME);
        const memo = str(t.MEMO);
        const label = [name, memo && memo !== name ? memo : null].filter(Boolean).join(' ');
        const orig = original(t, cents);
        const type = str(t.TRNTYPE);
        lines.push({
          line,
          accountNumber: statement.account,
          direction: amount < 0 ? 'debit' : 'credit',
          withdrawal:
            amount < 0 && (type === 'ATM' || type === 'CASH' || /\b(?:RETRAIT|WITHDRAWAL)\b/i.test(label)),
          date,
          valueDate: readCompactDate(str(t.DTUSER) ?? ''),
          cents,
          currency,
          originalCents: orig.cents,
          originalCurrency: orig.currency,
          label,
          bankRef: fitid ? `fitid:${fitid}` : null,
        });
      }
    }
  }
  return { kind: 'parsed', statement: { format: 'ofx', lines, refused } };
}
