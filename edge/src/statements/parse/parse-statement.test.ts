/** Every fixture of tests/fixtures/statements, each written to its format's specification, read. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatement } from './parse-statement.ts';
import type { ParsedLine, ParseOutcome } from './types.ts';
import { parseAmount } from './values.ts';

const dir = new URL('../../../../tests/fixtures/statements/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const parsed = (outcome: ParseOutcome) => {
  if (outcome.kind !== 'parsed')
    throw new Error(`expected a parsed statement, got ${JSON.stringify(outcome)}`);
  return outcome.statement;
};
const brief = (l: ParsedLine) =>
  `${l.date} ${l.direction === 'debit' ? '-' : '+'}${l.cents} ${l.currency}${l.originalCurrency ? ` (${l.originalCents} ${l.originalCurrency})` : ''}${l.withdrawal ? ' cash' : ''} ${l.label}`;

describe('reading statements', () => {
  it.each([
    [
      'camt053-v02-card-sepa-salary.xml',
      'camt053',
      [
        '2026-11-05 -1999 EUR PRLV SEPA FREE MOBILE',
        '2026-11-12 -999 EUR PRLV SEPA NETFLIX.COM',
        '2026-11-23 -6000 EUR cash RETRAIT DAB 22/11 PARIS 11 CARTE 4974',
        '2026-11-25 -1250 EUR CB LE PETIT ZINC 24/11 CARTE 4974',
        '2026-11-27 +245000 EUR VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE NOVEMBRE 2026',
        '2026-11-30 -4210 EUR CB CARREFOUR 28/11 CARTE 4974',
      ],
    ],
    [
      'camt053-v03-ntryref-only-othr-account.xml',
      'camt053',
      [
        '2026-11-14 -6480 CHF Migros Genève Achat Migros Genève',
        '2026-11-20 -1815 CHF CFF SBB Billet Genève-Lausanne',
      ],
    ],
    [
      'camt053-v04-no-references-identical-entries.xml',
      'camt053',
      [
        '2026-11-27 -250 EUR CB BOULANGERIE PAUL 26/11 CARTE 4974',
        '2026-11-27 -250 EUR CB BOULANGERIE PAUL 26/11 CARTE 4974',
      ],
    ],
    [
      'camt053-v05-batch-booking.xml',
      'camt053',
      [
        '2026-11-10 -5400 EUR EDF EDF ECHEANCE NOVEMBRE',
        '2026-11-10 -1099 EUR SPOTIFY Spotify Premium',
        '2026-11-10 -2141 EUR MUTUELLE GENERALE Cotisation mutuelle',
      ],
    ],
    [
      'camt053-v06-foreign-currency-card.xml',
      'camt053',
      ['2026-11-18 -4635 EUR (5000 USD) CB UBER TRIP NEW YORK 16/11 USD 50,00 CARTE 4974'],
    ],
    [
      'camt053-v07-status-choice-pending.xml',
      'camt053',
      ['2026-11-21 -890 EUR CB PHARMACIE DU MARCHE 20/11 CARTE 4974'],
    ],
    [
      'camt053-v08-party-choice-prefixed-two-accounts.xml',
      'camt053',
      [
        '2026-11-29 -7500 EUR Dr Martin Cabinet dentaire Consultation 28/11',
        '2026-11-29 +3990 EUR ZALANDO SE Remboursement commande 1029',
        '2026-11-29 -5520 EUR TOTALENERGIES STATION A6',
      ],
    ],
    [
      'ofx102-sgml-cp1252-crlf-comma-decimal.ofx',
      'ofx',
      [
        '2026-11-05 -1999 EUR PRLV SEPA FREE MOBILE FACTURE NOVEMBRE',
        '2026-11-04 -320 EUR CB CAFÉ DE LA GARE 03/11 CARTE 4974',
        '2026-11-23 -6000 EUR cash RETRAIT DAB 22/11 PARIS 11 CARTE 4974',
        '2026-11-25 -1250 EUR CB LE PETIT ZINC 24/11 CARTE 4974',
        '2026-11-27 +245000 EUR VIR SEPA RECU /DE ACME SAS SALAIRE NOVEMBRE 2026',
        '2026-11-30 -4210 EUR CB CARREFOUR 28/11 CARTE 4974',
        '2026-11-30 -3500 EUR PRLV SEPA SOCIÉTÉ GÉNÉRALE ASSURANCES HABITATION ÉCHÉANCE 11',
      ],
    ],
    [
      'ofx103-qfx-creditcard-closing-tags.qfx',
      'ofx',
      [
        '2026-11-14 -999 USD NETFLIX.COM LOS GATOS CA',
        '2026-11-20 -123456 USD APPLE STORE #R102 NEW YORK NY',
        '2026-11-25 +50000 USD PAYMENT THANK YOU',
      ],
    ],
    [
      'ofx211-xml-origcurrency-same-fitid-two-accounts.ofx',
      'ofx',
      [
        '2026-11-18 -4635 EUR (5000 USD) UBER TRIP NEW YORK CARTE 4974 USD 50,00',
        '2026-11-29 +3990 EUR REMBOURSEMENT ZALANDO SE',
        '2026-11-21 -890 EUR CB PHARMACIE DU MARCHE 20/11 LIBELLÉ & RÉFÉRENCE',
        '2026-11-30 +312 EUR INTERETS LIVRET A',
      ],
    ],
    [
      'qif-bank-us-dates-apostrophe-year-splits.qif',
      'qif',
      [
        '2026-11-05 -1999 EUR FREE MOBILE Forfait novembre',
        '2026-11-24 -1250 EUR LE PETIT ZINC',
        '2026-11-27 +245000 EUR ACME SAS Salary',
        '2026-11-28 -4210 EUR CARREFOUR Courses',
        '2026-12-01 -123456 EUR APPLE STORE',
      ],
    ],
    [
      'qif-ccard-european-dates-identical-lines.qif',
      'qif',
      [
        '2026-11-26 -250 EUR BOULANGERIE PAUL',
        '2026-11-26 -250 EUR BOULANGERIE PAUL',
        '2026-11-27 -123456 EUR FNAC PARIS Télévision',
        '2026-11-28 +3990 EUR REMBOURSEMENT ZALANDO',
      ],
    ],
    [
      'csv-fr-preamble-semicolon-cp1252-signed.csv',
      'csv',
      [
        '2026-11-30 -4210 EUR CB CARREFOUR 28/11 CARTE 4974',
        '2026-11-27 +245000 EUR VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE',
        '2026-11-25 -1250 EUR CB LE PETIT ZINC 24/11 CARTE 4974',
        '2026-11-05 -1999 EUR PRLV SEPA FREE MOBILE',
        '2026-11-04 -320 EUR CB CAFÉ DE LA GARE 03/11 CARTE 4974',
      ],
    ],
    [
      'csv-fr-debit-credit-bom-multiline-labels-nbsp-thousands.csv',
      'csv',
      [
        '2026-11-30 -4210 EUR PAIEMENT PAR CARTE CARREFOUR 28/11',
        '2026-11-27 +245000 EUR VIREMENT EN VOTRE FAVEUR ACME SAS SALAIRE',
        '2026-11-20 -105400 EUR PRELEVEMENT EDF CLIENTS PARTICULIERS',
        '2026-11-24 -1250 EUR PAIEMENT PAR CARTE LE PETIT ZINC 24/11',
      ],
    ],
    [
      'csv-fr-iso-dates-quoted-semicolon.csv',
      'csv',
      [
        '2026-11-28 -4210 EUR CARTE 28/11/26 CARREFOUR CB*4974',
        '2026-11-27 +245000 EUR VIR SEPA ACME SAS',
        '2026-11-24 -1250 EUR CARTE 24/11/26 LE PETIT ZINC CB*4974',
      ],
    ],
    [
      'csv-en-comma-point-iso-foreign-amount.csv',
      'csv',
      [
        '2026-11-16 -4635 EUR (5000 USD) Uber',
        '2026-11-20 -890 EUR Pharmacie du Marché',
        '2026-11-27 +245000 EUR ACME SAS Salary November',
      ],
    ],
  ])('reads %s', (file, format, lines) => {
    const statement = parsed(parseStatement(read(file), 'EUR'));
    expect(statement.format).toBe(format);
    expect(statement.lines.map(brief)).toEqual(lines);
  });

  it('reads the month templates, French and Irish, as the same month in each bank’s words', () => {
    const month = (file: string) =>
      parsed(
        parseStatement(
          new TextEncoder().encode(
            readFileSync(new URL(file, dir), 'utf8').replaceAll('__MONTH__', '2026-11'),
          ),
          'EUR',
        ),
      );
    const fr = month('camt053-v02-month.template.xml');
    const ie = month('camt053-v02-month-en-ie.template.xml');
    expect(ie.lines.map(brief)).toEqual([
      '2026-11-05 -1999 EUR DD VODAFONE IRELAND',
      '2026-11-12 -999 EUR POS NETFLIX.COM CARD 4974',
      '2026-11-23 -6000 EUR cash ATM DAME STREET DUBLIN CARD 4974',
      '2026-11-25 -1250 EUR POS LE PETIT ZINC CARD 4974',
      '2026-11-27 +245000 EUR SEPA CREDIT /FRM ACME LTD /REF SALARY',
      '2026-11-28 -4210 EUR POS TESCO STORES CARD 4974',
    ]);
    // Amounts, days and kinds alike: the screenshots' English month says the French one's numbers.
    const same = (l: ParsedLine) => [l.date, l.direction, l.cents, l.withdrawal];
    expect(ie.lines.map(same)).toEqual(fr.lines.map(same));
    expect(ie.refused).toEqual([]);
  });

  it('gives each line the line of the file where its entry starts, and refuses the bad ones by line', () => {
    const camt = parsed(parseStatement(read('bad/camt053-half-good-bad-currency-date-amount.xml'), 'EUR'));
    expect(camt.lines.map((l) => [l.line, l.cents])).toEqual([
      [9, 420],
      [33, 730],
    ]);
    expect(camt.refused).toEqual([
      { line: 15, reason: 'unknown currency code "EURO"' },
      { line: 21, reason: 'no real booking date' },
      { line: 27, reason: 'no readable amount' },
    ]);
    const csv = parsed(parseStatement(read('bad/csv-half-good-impossible-dates-currencies.csv'), 'EUR'));
    expect(csv.lines.map((l) => [l.line, l.cents])).toEqual([
      [2, 420],
      [6, 730],
    ]);
    expect(csv.refused.map((r) => r.line)).toEqual([3, 4, 5]);
  });

  it('skips an entry the bank has not booked yet, saying so', () => {
    const statement = parsed(parseStatement(read('camt053-v07-status-choice-pending.xml'), 'EUR'));
    expect(statement.refused).toEqual([{ line: 18, reason: expect.stringContaining('PDNG') }]);
  });

  it('keeps the bank identity of each line: AcctSvcrRef, else NtryRef, else none; FITID', () => {
    expect(parsed(parseStatement(read('camt053-v02-card-sepa-salary.xml'), 'EUR')).lines[0]?.bankRef).toBe(
      'asr:2026110500017',
    );
    expect(
      parsed(parseStatement(read('camt053-v03-ntryref-only-othr-account.xml'), 'EUR')).lines[0],
    ).toMatchObject({
      bankRef: 'ntry:N-0001',
      accountNumber: '0012-345678-90',
    });
    expect(
      parsed(parseStatement(read('camt053-v04-no-references-identical-entries.xml'), 'EUR')).lines[0]
        ?.bankRef,
    ).toBeNull();
    const ofx = parsed(parseStatement(read('ofx211-xml-origcurrency-same-fitid-two-accounts.ofx'), 'EUR'));
    expect(ofx.lines.filter((l) => l.bankRef === 'fitid:0001').map((l) => l.accountNumber)).toEqual([
      '30006 12345678901',
      '30006 98765432109',
    ]);
  });

  it('asks for a mapping when the columns are not named, then reads it with one', () => {
    const file = read('csv-unknown-layout-needs-mapping.csv');
    expect(parseStatement(file, 'EUR')).toEqual({
      kind: 'mapping_required',
      preview: {
        columns: ['Quand', 'Quoi', 'Combien', 'Monnaie'],
        rows: [
          ['28/11/2026', 'Carrefour Market', '-42.10', 'EUR'],
          ['24/11/2026', 'Le Petit Zinc', '-12.50', 'EUR'],
          ['16/11/2026', 'Uber New York', '-50.00', 'USD'],
        ],
        dateOrders: ['dmy', null, null, null],
      },
    });
    const mapping = { date: 'Quand', label: 'Quoi', amount: 'Combien', currency: 'Monnaie' };
    const statement = parsed(parseStatement(file, 'EUR', { mapping }));
    expect(statement.lines.map(brief)).toEqual([
      '2026-11-28 -4210 EUR Carrefour Market',
      '2026-11-24 -1250 EUR Le Petit Zinc',
      '2026-11-16 -5000 USD Uber New York',
    ]);
  });

  it('reads each line in the currency a « Monnaie » or « Devise » column names, else in the account’s', () => {
    const lines = '28/11/2026,Carrefour Market,-42.10,EUR\n16/11/2026,Uber New York,-50.00,USD\n';
    for (const header of ['Monnaie', 'Devise', 'Currency']) {
      const file = new TextEncoder().encode(`Date,Libellé,Montant,${header}\n${lines}`);
      expect(parsed(parseStatement(file, 'EUR')).lines.map(brief)).toEqual([
        '2026-11-28 -4210 EUR Carrefour Market',
        '2026-11-16 -5000 USD Uber New York',
      ]);
    }
    // No currency column: the account's currency, whatever the label says.
    const plain = new TextEncoder().encode('Date,Libellé,Montant\n16/11/2026,Uber New York USD,-50.00\n');
    expect(parsed(parseStatement(plain, 'EUR')).lines.map(brief)).toEqual([
      '2026-11-16 -5000 EUR Uber New York USD',
    ]);
  });

  it('tells the mapping form the dates are month first from a 13th day past the rows it shows, and reads them as the mapping says', () => {
    // Six April days a US bank writes month first; only the last one (13) can tell.
    const days = [1, 2, 3, 6, 7, 13];
    const csv = `When,What,How much\n${days.map((d) => `04/${String(d).padStart(2, '0')}/2026,Corner Deli,-4.50`).join('\n')}\n`;
    const file = new TextEncoder().encode(csv);
    const asked = parseStatement(file, 'USD');
    if (asked.kind !== 'mapping_required') throw new Error(asked.kind);
    expect(asked.preview.rows).toHaveLength(5);
    expect(asked.preview.rows.map((r) => r[0])).not.toContain('04/13/2026');
    expect(asked.preview.dateOrders).toEqual(['mdy', null, null]);
    const mapping = { date: 'When', label: 'What', amount: 'How much' };
    const us = parsed(parseStatement(file, 'USD', { mapping: { ...mapping, dateOrder: 'mdy' } }));
    expect(us.lines.map((l) => l.date)).toEqual(days.map((d) => `2026-04-${String(d).padStart(2, '0')}`));
    // Told day first, the same file reads other days and refuses the 13th month.
    const dayFirst = parsed(parseStatement(file, 'USD', { mapping: { ...mapping, dateOrder: 'dmy' } }));
    expect(dayFirst.lines.map((l) => l.date)[0]).toBe('2026-01-04');
    expect(dayFirst.refused).toEqual([{ line: 7, reason: 'no real date "04/13/2026"' }]);
  });

  it.each([
    ['-1 234,56', -123456],
    ['1,234.56', 123456],
    ['1.234,56', 123456],
    ['(12.50)', -1250],
    ['12.50-', -1250],
    ['+3,20 €', 320],
    ["1'234.50", 123450],
    ['1,234', 123400],
    ['0,001', null],
    ['douze', null],
    ['', null],
  ])('reads the amount %j as %j cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });
});

describe('hostile statements', () => {
  it.each([
    'bad/camt053-billion-laughs.xml',
    'bad/camt053-external-entity.template.xml',
    'bad/ofx211-external-entity.template.ofx',
  ])('refuses %s as unsafe before any entity is read', (file) => {
    const outcome = parseStatement(read(file), 'EUR');
    expect(outcome.kind).toBe('unsafe');
  });
});

describe('hostile values in a statement', () => {
  const csv = (rows: string[]) => new TextEncoder().encode(`Date;Libellé;Montant\n${rows.join('\n')}\n`);
  const ofx = (date: string, account = '12345') =>
    new TextEncoder().encode(
      `OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>${account}</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>${date}<TRNAMT>-3.00<FITID>A1<NAME>PAIN</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`,
    );

  it('reads a year as written: 0000 and 0001 are no 2000 and 2001', () => {
    const read = parsed(
      parseStatement(csv(['01/01/0001;A;-1,00', '01/01/0000;B;-1,00', '05/12/26;C;-1,00']), 'EUR'),
    );
    expect(read.lines.map(brief)).toEqual(['2026-12-05 -100 EUR C']);
    expect(read.refused).toEqual([
      { line: 2, reason: 'no real date "01/01/0001"' },
      { line: 3, reason: 'no real date "01/01/0000"' },
    ]);
    expect(parsed(parseStatement(ofx('00000101'), 'EUR')).refused).toEqual([
      { line: 4, reason: 'no real posting date (DTPOSTED)' },
    ]);
    expect(parsed(parseStatement(ofx('20261205'), 'EUR')).lines.map(brief)).toEqual([
      '2026-12-05 -300 EUR PAIN',
    ]);
  });

  it('refuses alone a line whose label is longer than the 1,000 characters a bank line keeps', () => {
    const read = parsed(
      parseStatement(csv(['05/12/2026;PAIN;-1,00', `05/12/2026;${'A'.repeat(2_000_000)};-4,00`]), 'EUR'),
    );
    expect(read.lines.map(brief)).toEqual(['2026-12-05 -100 EUR PAIN']);
    expect(read.refused).toEqual([{ line: 3, reason: 'a label of 2000000 characters (at most 1000)' }]);
  });

  it('keeps no account number longer than 80 characters (an IBAN has 34)', () => {
    const [line] = parsed(parseStatement(ofx('20261205', '9'.repeat(200)), 'EUR')).lines;
    expect(line?.accountNumber).toBeNull();
    expect(
      parsed(parseStatement(ofx('20261205', 'FR7630006000011234567890189'), 'EUR')).lines[0]?.accountNumber,
    ).toBe('FR7630006000011234567890189');
  });
});
