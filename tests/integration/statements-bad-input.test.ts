/**
 * Bad statements change nothing and get a clear answer: too big (413), an XML bomb or external
 * entities (422, nothing expanded, nothing fetched), a half-good file (the good lines in, the bad
 * ones listed by line), an unknown CSV layout (422 with its columns, then a mapping remembered per
 * account), and a database failure mid-import (nothing half-imported).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_STATEMENT_BYTES, MAX_STATEMENT_LINES, StatementImportSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { imported, refusedWith, statementFile, upload } from '../support/statements.ts';

let app: TestApp;
let bait: Server;
let baitUrl: string;
const baitHits: string[] = [];

const stored = async () => {
  const [row] = await app.sql.query<{ statements: number; lines: number }>(
    `select (select count(*) from bank_statements)::int as statements, (select count(*) from bank_lines)::int as lines`,
  );
  return row;
};

beforeAll(async () => {
  app = await startTestApp();
  // A server an external entity would reach: it counts every request and serves a secret.
  bait = createServer((req, res) => {
    baitHits.push(req.url ?? '');
    res.end('<!ENTITY leaked "TOP-SECRET">TOP-SECRET');
  });
  await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
  baitUrl = `http://127.0.0.1:${(bait.address() as AddressInfo).port}/x`;
});
afterAll(async () => {
  await app.close();
  await new Promise((resolve) => bait.close(resolve));
});

describe('bad statements', () => {
  it('answers 413 past 20 MB and stores nothing', async () => {
    const big = new Uint8Array(MAX_STATEMENT_BYTES + 1).fill(0x41);
    const { status, body } = await refusedWith(await upload(app, big));
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
    expect(await stored()).toEqual({ statements: 0, lines: 0 });
  });

  const csvOf = (count: number) =>
    'dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;accountLabel;accountbalance\n' +
    '2026-11-28;;CB;;;;-1;;;;\n'.repeat(count);
  const ofxOf = (count: number) =>
    'OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nCHARSET:1252\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKTRANLIST>\n' +
    '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261128<TRNAMT>-1.00<FITID>F<NAME>CB</STMTTRN>\n'.repeat(count) +
    '</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n';

  it.each([
    ['one CSV line more than the limit', 'releve.csv', csvOf, MAX_STATEMENT_LINES + 1],
    ['800,000 CSV lines (a CSV of a million lines is over 20 MB)', 'releve.csv', csvOf, 800_000],
    ['an OFX file of 180,000 entries (18 MB)', 'releve.ofx', ofxOf, 180_000],
  ])('answers 413 for %s and stores nothing', async (_name, fileName, make, count) => {
    const text = make(count);
    expect(text.length).toBeLessThan(MAX_STATEMENT_BYTES);
    const { status, body } = await refusedWith(await upload(app, text, {}, fileName));
    expect(status).toBe(413);
    expect(body.error).toEqual({
      code: 'payload_too_large',
      message: `A statement may hold at most 50000 lines; this one has ${count}: send it in parts (a year at a time).`,
    });
    expect(await stored()).toEqual({ statements: 0, lines: 0 });
  });

  it('refuses an XML bomb without expanding it', async () => {
    const { status, body } = await refusedWith(
      await upload(app, statementFile('bad/camt053-billion-laughs.xml')),
    );
    expect(status).toBe(422);
    expect(body.error.code).toBe('statement_unsafe');
    expect(body.error.message).toContain('Nothing in it was expanded or fetched');
    expect(await stored()).toEqual({ statements: 0, lines: 0 });
  });

  it.each([
    ['camt.053', 'bad/camt053-external-entity.template.xml'],
    ['OFX 2', 'bad/ofx211-external-entity.template.ofx'],
  ])('refuses external entities in %s without fetching or reading anything', async (_format, file) => {
    const text = new TextDecoder().decode(statementFile(file)).replaceAll('__XXE_URL__', baitUrl);
    const res = await upload(app, text);
    const raw = await res.clone().text();
    expect(res.status).toBe(422);
    expect((await refusedWith(res)).body.error.code).toBe('statement_unsafe');
    expect(baitHits).toEqual([]);
    expect(raw).not.toContain('TOP-SECRET');
    expect(raw).not.toContain('root:');
    expect(await stored()).toEqual({ statements: 0, lines: 0 });
  });

  it('imports the good lines of a half-good file and lists the bad ones by line number', async () => {
    const camt = await imported(app, 'bad/camt053-half-good-bad-currency-date-amount.xml', { account: 'A' });
    expect(camt).toMatchObject({ lines: 2, debits: 2 });
    expect(camt.refused).toEqual([
      { line: 15, reason: 'unknown currency code "EURO"' },
      { line: 21, reason: 'no real booking date' },
      { line: 27, reason: 'no readable amount' },
    ]);
    const csv = await imported(app, 'bad/csv-half-good-impossible-dates-currencies.csv', { account: 'B' });
    expect(csv).toMatchObject({ lines: 2, debits: 2 });
    expect(csv.refused).toEqual([
      { line: 3, reason: 'no real date "31/02/2026"' },
      { line: 4, reason: 'unknown currency code "EURO"' },
      { line: 5, reason: 'no readable amount' },
    ]);
  });

  it('refuses alone a line longer than a bank line keeps, and a year 0001, and imports the rest', async () => {
    // Before: a 2 MB label refused the whole file, 400 « The database refused a value of this
    // request. », and « 01/01/0001 » was imported as 2001-01-01.
    const before = await stored();
    const rows = [
      '05/12/2026;PAIN;-3,00',
      `05/12/2026;${'A'.repeat(2_000_000)};-4,00`,
      '01/01/0001;VIEUX;-5,00',
    ];
    const res = await upload(app, `Date;Libellé;Montant\n${rows.join('\n')}\n`, { account: 'L' }, 'long.csv');
    expect(res.status).toBe(201);
    const body = v.parse(StatementImportSchema, await res.json());
    expect(body).toMatchObject({ lines: 1, debits: 1 });
    expect(body.refused).toEqual([
      { line: 3, reason: 'a label of 2000000 characters (at most 1000)' },
      { line: 4, reason: 'no real date "01/01/0001"' },
    ]);
    expect(await stored()).toEqual({
      statements: (before?.statements ?? 0) + 1,
      lines: (before?.lines ?? 0) + 1,
    });
  });

  it('asks for a CSV mapping, imports with it, and remembers it for the account', async () => {
    const file = statementFile('csv-unknown-layout-needs-mapping.csv');
    const first = await refusedWith(await upload(app, file, { account: 'Carte' }, 'export.csv'));
    expect(first.status).toBe(422);
    expect(first.body.error.code).toBe('csv_mapping_required');
    expect(first.body.error.csv?.columns).toEqual(['Quand', 'Quoi', 'Combien', 'Monnaie']);
    expect(first.body.error.csv?.rows).toHaveLength(3);
    const mapping = JSON.stringify({ date: 'Quand', label: 'Quoi', amount: 'Combien', currency: 'Monnaie' });
    const res = await upload(app, file, { account: 'Carte', mapping }, 'export.csv');
    expect(res.status).toBe(201);
    expect(v.parse(StatementImportSchema, await res.json())).toMatchObject({
      format: 'csv',
      lines: 3,
      debits: 3,
    });
    // The next file of this account needs no mapping; another account still does.
    expect(await imported(app, 'csv-unknown-layout-needs-mapping.csv', { account: 'Carte' })).toMatchObject({
      duplicates: 3,
    });
    expect((await upload(app, file, { account: 'Autre' }, 'export.csv')).status).toBe(422);
    const bad = await refusedWith(await upload(app, file, { mapping: '{"date":"Quand"}' }, 'export.csv'));
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
  });

  it('leaves nothing half-imported when the database fails mid-way, and imports whole the next time', async () => {
    await app.sql.exec(`
      create function fail_on_netflix() returns trigger language plpgsql as $$
      begin
        if new.label like '%NETFLIX%' then raise exception 'the server died here'; end if;
        return new;
      end $$;
      create trigger fail_on_netflix before insert on bank_lines for each row execute function fail_on_netflix();`);
    const before = await stored();
    const res = await upload(app, statementFile('camt053-v02-card-sepa-salary.xml'), { account: 'Z' });
    expect(res.status).toBe(500);
    expect(await stored()).toEqual(before);
    await app.sql.exec('drop trigger fail_on_netflix on bank_lines; drop function fail_on_netflix();');
    expect(await imported(app, 'camt053-v02-card-sepa-salary.xml', { account: 'Z' })).toMatchObject({
      lines: 6,
      duplicates: 0,
    });
  });
});
