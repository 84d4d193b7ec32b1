import { describe, expect, it } from 'vitest';
import type { Expense } from './api.ts';
import { CATEGORIES } from './categories.ts';
import { CATEGORY_LABELS } from './category-labels.ts';
import {
  type CsvFormat,
  type CsvOptions,
  csvCell,
  csvFileName,
  csvHeader,
  csvRow,
  frenchDateTime,
} from './csv.ts';

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
  it.each([
    [
      'excel-fr',
      '\uFEFFDate;Montant;Devise;Catégorie;Description;Statut;Source;Transcription;Identifiant;Créé le;Remboursable;Foyer;Payé par;Votre part\r\n',
    ],
    [
      'standard',
      'date,amount,currency,category,description,status,source,transcript,id,client_id,created_at,reimbursable,household,paid_by,your_share\r\n',
    ],
  ] as const)('writes the %s header', (format, header) => {
    expect(csvHeader(format)).toBe(header);
  });

  const review: Partial<Expense> = { status: 'needs_review', reviewReason: 'llm_invalid' };
  it.each<[string, Partial<Expense>, CsvFormat, CsvOptions, string]>([
    [
      'French Excel: French words, JJ/MM/AAAA, decimal comma, created in Paris time',
      {},
      'excel-fr',
      {},
      '24/11/2026;1234,50;EUR;Restaurant;"Resto; ""Chez Paul""";Enregistrée;Voix;mille deux cent trente-quatre euros cinquante;e1;24/11/2026 12:30;;;;\r\n',
    ],
    [
      'French Excel: created_at in the time zone asked for, its day included',
      { createdAt: '2026-11-24T03:30:00.000000Z' },
      'excel-fr',
      { timeZone: 'America/New_York' },
      '24/11/2026;1234,50;EUR;Restaurant;"Resto; ""Chez Paul""";Enregistrée;Voix;mille deux cent trente-quatre euros cinquante;e1;23/11/2026 22:30;;;;\r\n',
    ],
    [
      'French Excel: summer time in Paris',
      { createdAt: '2026-07-01T10:05:59.999999Z', date: '2026-07-01' },
      'excel-fr',
      { timeZone: 'Europe/Paris' },
      '01/07/2026;1234,50;EUR;Restaurant;"Resto; ""Chez Paul""";Enregistrée;Voix;mille deux cent trente-quatre euros cinquante;e1;01/07/2026 12:05;;;;\r\n',
    ],
    [
      'French Excel: a typed entry to check, with no amount',
      { ...review, amount: null, source: 'text', category: 'utilities', transcript: null },
      'excel-fr',
      {},
      '24/11/2026;;EUR;Factures;"Resto; ""Chez Paul""";À vérifier;Saisie;;e1;24/11/2026 12:30;;;;\r\n',
    ],
    [
      'French Excel: an expense waiting for its confirmation',
      { ...review, reviewReason: 'awaiting_confirmation', category: 'education', description: 'livres' },
      'excel-fr',
      {},
      '24/11/2026;1234,50;EUR;Éducation;livres;À confirmer;Voix;mille deux cent trente-quatre euros cinquante;e1;24/11/2026 12:30;;;;\r\n',
    ],
    [
      'standard: keys, ISO dates and the instant as stored, whatever the time zone',
      {},
      'standard',
      { timeZone: 'America/New_York' },
      '2026-11-24,1234.50,EUR,dining,"Resto; ""Chez Paul""",saved,voice,mille deux cent trente-quatre euros cinquante,e1,c1,2026-11-24T11:30:00.000000Z,false,,,\r\n',
    ],
    [
      'standard: an entry to check, with no amount',
      { ...review, amount: null, source: 'text', transcript: null },
      'standard',
      {},
      '2026-11-24,,EUR,dining,"Resto; ""Chez Paul""",needs_review,text,,e1,c1,2026-11-24T11:30:00.000000Z,false,,,\r\n',
    ],
    [
      'French Excel: reimbursable, said so',
      { reimbursable: true },
      'excel-fr',
      {},
      '24/11/2026;1234,50;EUR;Restaurant;"Resto; ""Chez Paul""";Enregistrée;Voix;mille deux cent trente-quatre euros cinquante;e1;24/11/2026 12:30;Oui;;;\r\n',
    ],
    [
      'standard: reimbursable, as a boolean',
      { reimbursable: true },
      'standard',
      {},
      '2026-11-24,1234.50,EUR,dining,"Resto; ""Chez Paul""",saved,voice,mille deux cent trente-quatre euros cinquante,e1,c1,2026-11-24T11:30:00.000000Z,true,,,\r\n',
    ],
    [
      'French Excel: a household bill, its name, who paid and your part (decimal comma)',
      {},
      'excel-fr',
      { shared: { household: 'Coloc; rue Oberkampf', paidBy: 'Marie', share: '617.25' } },
      '24/11/2026;1234,50;EUR;Restaurant;"Resto; ""Chez Paul""";Enregistrée;Voix;mille deux cent trente-quatre euros cinquante;e1;24/11/2026 12:30;;"Coloc; rue Oberkampf";Marie;617,25\r\n',
    ],
    [
      'standard: a household bill whose asker is no member: no part',
      {},
      'standard',
      { shared: { household: '=Coloc', paidBy: 'Paul', share: null } },
      `2026-11-24,1234.50,EUR,dining,"Resto; ""Chez Paul""",saved,voice,mille deux cent trente-quatre euros cinquante,e1,c1,2026-11-24T11:30:00.000000Z,false,'=Coloc,Paul,\r\n`,
    ],
  ])('writes a row, %s', (_case, change, format, options, line) => {
    expect(csvRow({ ...expense, ...change }, format, options)).toBe(line);
  });

  it('keeps internal UUIDs out of the French export but its « Identifiant »: no « Note » of client ids', () => {
    const ids = {
      id: '0d9f6b1e-3c2a-4f7b-9a51-6e2c8d4b7a10',
      clientId: '7b3e9c2d-1f4a-4e8b-b6c5-2a9d0e1f3c47',
    };
    const header = csvHeader('excel-fr').replace('\uFEFF', '').trim().split(';');
    const cells = csvRow({ ...expense, ...ids, description: 'Resto' }, 'excel-fr')
      .trim()
      .split(';');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(header.filter((_, i) => uuid.test(cells[i] ?? ''))).toEqual(['Identifiant']);
    expect(header).not.toContain('Note');
  });

  it('names every category in French as the app does', () => {
    const names = CATEGORIES.map((category) => csvRow({ ...expense, category }, 'excel-fr').split(';')[3]);
    expect(names).toEqual(CATEGORIES.map((c) => CATEGORY_LABELS.fr[c]));
    expect(new Set(names).size).toBe(CATEGORIES.length);
  });

  it.each([
    ['excel-fr', { from: '2026-11-01', to: '2026-11-30' }, 'dépenses-2026-11-01-2026-11-30.csv'],
    ['standard', { from: '2026-11-01', to: '2026-11-30' }, 'expenses-2026-11-01-2026-11-30.csv'],
    ['excel-fr', {}, 'dépenses-début-fin.csv'],
    ['standard', { to: '2026-11-30' }, 'expenses-start-2026-11-30.csv'],
    ['standard', { from: '2026-11-01' }, 'expenses-2026-11-01-end.csv'],
    ['excel-fr', { to: '2026-11-30' }, 'dépenses-début-2026-11-30.csv'],
  ] as const)('names the %s file of %j %s', (format, range, name) => {
    expect(csvFileName(format, range)).toBe(name);
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

describe('csv sources', () => {
  it.each([
    ['voice', 'Voix'],
    ['text', 'Saisie'],
    ['recurring', 'Récurrente'],
  ] as const)('names the source %s "%s" in French and keeps its key in the standard export', (source, fr) => {
    const row = { ...expense, source, description: 'Netflix', transcript: null };
    expect(csvRow(row, 'excel-fr').split(';')[6]).toBe(fr);
    expect(csvRow(row, 'standard').split(',')[6]).toBe(source);
  });
});

describe('frenchDateTime', () => {
  it('writes an instant as JJ/MM/AAAA HH:MM in the zone asked for, and leaves what is no instant as it is', () => {
    expect(frenchDateTime('2026-11-24T23:30:00Z', 'Europe/Paris')).toBe('25/11/2026 00:30');
    expect(frenchDateTime('2026-11-24T23:30:00Z', 'America/Los_Angeles')).toBe('24/11/2026 15:30');
    expect(frenchDateTime('not a date', 'Europe/Paris')).toBe('not a date');
  });
});
