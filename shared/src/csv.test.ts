import { describe, expect, it } from 'vitest';
import type { Expense } from './api.ts';
import { csvCell, csvHeader, csvRow } from './csv.ts';

const expense: Expense = {
  id: 'e1',
  clientId: 'c1',
  position: 0,
  amount: '1234.50',
  currency: 'EUR',
  category: 'dining',
  description: 'Resto; "Chez Paul"',
  date: '2026-11-24',
  transcript: 'mille deux cent trente-quatre euros cinquante',
  source: 'voice',
  status: 'saved',
  parsedBy: 'local',
  reviewReason: null,
  createdAt: '2026-11-24T11:30:00.000000Z',
  updatedAt: '2026-11-24T11:30:00.000000Z',
};

describe('csv', () => {
  it('writes French Excel CSV: BOM, semicolons, decimal comma', () => {
    expect(csvHeader('excel-fr').startsWith('\uFEFFdate;amount;currency')).toBe(true);
    expect(csvRow(expense, 'excel-fr')).toBe(
      '2026-11-24;1234,50;EUR;dining;"Resto; ""Chez Paul""";saved;voice;mille deux cent trente-quatre euros cinquante;e1;c1;2026-11-24T11:30:00.000000Z\r\n',
    );
  });

  it('writes standard CSV with commas and a decimal point', () => {
    expect(csvHeader('standard').startsWith('date,amount')).toBe(true);
    expect(csvRow(expense, 'standard')).toContain('2026-11-24,1234.50,EUR,dining,"Resto; ""Chez Paul"""');
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+33 6 12', "'+33 6 12"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    [' =1+1', "' =1+1"],
    ['\u00A0=1+1', "'\u00A0=1+1"],
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\u202E=1+1', "'\u202E=1+1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\u0001=1+1', "'\u0001=1+1"],
    ['\uFEFF@SUM(A1)', "'\uFEFF@SUM(A1)"],
    [' plain', ' plain'],
    ['plain', 'plain'],
    ['multi\nline', '"multi\nline"'],
  ])('neutralises %j', (input, output) => {
    expect(csvCell(input, ';')).toBe(output);
  });
});
