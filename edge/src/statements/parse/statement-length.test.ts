import { MAX_STATEMENT_LINES } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { parseStatement } from './parse-statement.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'Date;Libellé;Montant\n';
const row = (i: number) => `28/11/2026;CB ${i % 97};-${(i % 50) + 1},00\n`;
const csv = (preamble: string, count: number) =>
  preamble + HEADER + Array.from({ length: count }, (_, i) => row(i)).join('');

describe('a CSV statement longer than a statement may hold', () => {
  it('is counted, not read: its body lines past a preamble and the header', () => {
    const outcome = parseStatement(
      bytes(csv('Compte courant n° 0001\n\n', MAX_STATEMENT_LINES + 2500)),
      'EUR',
    );
    expect(outcome).toEqual({ kind: 'too_long', count: MAX_STATEMENT_LINES + 2500 });
  });

  it('counts an entry whose quoted label runs over two lines once', () => {
    const text = `${csv('', MAX_STATEMENT_LINES)}28/11/2026;"VIR SEPA\nLOYER";-850,00\n`;
    expect(parseStatement(bytes(text), 'EUR')).toEqual({ kind: 'too_long', count: MAX_STATEMENT_LINES + 1 });
  });

  it('is read whole at exactly the most lines, the last one too', () => {
    const outcome = parseStatement(bytes(csv('', MAX_STATEMENT_LINES)), 'EUR');
    expect(outcome.kind).toBe('parsed');
    if (outcome.kind !== 'parsed') return;
    expect(outcome.statement.lines).toHaveLength(MAX_STATEMENT_LINES);
    expect(outcome.statement.lines.at(-1)).toMatchObject({ line: MAX_STATEMENT_LINES + 1, cents: 5000 });
  });
});

const ofx = (count: number) =>
  'OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nCHARSET:1252\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>' +
  '<CURDEF>EUR<BANKACCTFROM><BANKID>30004<ACCTID>0001</BANKACCTFROM><BANKTRANLIST>\n' +
  Array.from(
    { length: count },
    (_, i) =>
      `<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261128<TRNAMT>-${(i % 50) + 1}.00<FITID>F${i}<NAME>CB ${i % 97}</STMTTRN>\n`,
  ).join('') +
  '</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n';
const camt = (count: number, prefix = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${prefix}Document xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><${prefix}BkToCstmrStmt><${prefix}Stmt>` +
  `<${prefix}Acct><${prefix}Id><${prefix}IBAN>FR7630004000031234567890143</${prefix}IBAN></${prefix}Id><${prefix}Ccy>EUR</${prefix}Ccy></${prefix}Acct>\n` +
  Array.from(
    { length: count },
    (_, i) =>
      `<${prefix}Ntry><${prefix}Amt Ccy="EUR">${(i % 50) + 1}.00</${prefix}Amt><${prefix}CdtDbtInd>DBIT</${prefix}CdtDbtInd>` +
      `<${prefix}BookgDt><${prefix}Dt>2026-11-28</${prefix}Dt></${prefix}BookgDt><${prefix}NtryRef>R${i}</${prefix}NtryRef>` +
      `<${prefix}NtryDtls><${prefix}TxDtls><${prefix}RmtInf><${prefix}Ustrd>CB ${i % 97}</${prefix}Ustrd></${prefix}RmtInf></${prefix}TxDtls></${prefix}NtryDtls></${prefix}Ntry>\n`,
  ).join('') +
  `</${prefix}Stmt></${prefix}BkToCstmrStmt></${prefix}Document>\n`;
const qif = (count: number) =>
  `!Type:Bank\n${Array.from({ length: count }, (_, i) => `D28/11/2026\nT-${(i % 50) + 1}.00\nPCB ${i % 97}\n^\n`).join('')}`;

describe('an OFX, camt.053 or QIF statement longer than a statement may hold', () => {
  for (const [format, make] of [
    ['OFX', ofx],
    ['camt.053', camt],
    ['camt.053 with a namespace prefix', (n: number) => camt(n, 'ns2:')],
    ['QIF', qif],
  ] as const) {
    it(`${format}: its entries are counted before the file is read`, () => {
      expect(parseStatement(bytes(make(MAX_STATEMENT_LINES + 1)), 'EUR')).toEqual({
        kind: 'too_long',
        count: MAX_STATEMENT_LINES + 1,
      });
    });
  }

  it('reads each counted entry as one line: a file of 2,000 entries gives 2,000 lines', () => {
    for (const text of [ofx(2000), camt(2000), camt(2000, 'ns2:'), qif(2000)]) {
      const outcome = parseStatement(bytes(text), 'EUR');
      expect(outcome.kind).toBe('parsed');
      if (outcome.kind !== 'parsed') continue;
      expect(outcome.statement.refused).toEqual([]);
      expect(outcome.statement.lines).toHaveLength(2000);
      expect(outcome.statement.lines.at(-1)).toMatchObject({ cents: 5000, label: 'CB 59' });
    }
  });

  it('is read whole at exactly the most entries (QIF, the quickest to read)', () => {
    const outcome = parseStatement(bytes(qif(MAX_STATEMENT_LINES)), 'EUR');
    expect(outcome.kind).toBe('parsed');
    if (outcome.kind !== 'parsed') return;
    expect(outcome.statement.lines).toHaveLength(MAX_STATEMENT_LINES);
    expect(outcome.statement.lines.at(-1)).toMatchObject({ cents: 5000, label: 'CB 44' });
  }, 20_000);
});
