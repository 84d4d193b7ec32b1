import { describe, expect, it } from 'vitest';
import { type LedgerExpense, ofxStatement, qifRecord } from './ledger-export.ts';

const expense = (description: string): LedgerExpense => ({
  id: '0b9a3c1e-8f7d-4c2a-9e1b-5d6f7a8b9c0d',
  date: '2026-12-05',
  amount: '3.20',
  currency: 'EUR',
  category: 'groceries',
  description,
});

describe('a description that tries to write records of its own', () => {
  it('stays one QIF record: line breaks become spaces, a leading ^ goes', () => {
    const qif = qifRecord(expense('Pain\r\n^\r\nD01/01/2026\r\nT-1000000.00\nPVirement'), 'fr');
    expect(qif.split('\r\n')).toEqual([
      'D12/05/2026',
      'T-3.20',
      'PPain  ^  D01/01/2026  T-1000000.00 PVirement',
      'LCourses',
      'N0b9a3c1e-8f7d-4c2a-9e1b-5d6f7a8b9c0d',
      '^',
      '',
    ]);
    expect(qifRecord(expense('^Pain'), 'fr')).toContain('\r\nPPain\r\n');
  });

  it('stays one OFX transaction: its tags are text', () => {
    const ofx = ofxStatement(
      'EUR',
      [expense('</NAME><TRNAMT>-999</TRNAMT><NAME>x')],
      { from: '2026-12-05', to: '2026-12-05' },
      'fr',
    );
    expect(ofx.match(/<TRNAMT>/g)).toHaveLength(1);
    expect(ofx).toContain('<NAME>&lt;/NAME&gt;&lt;TRNAMT&gt;-999&lt;/TRNAMT&gt;&lt;NAM</NAME>');
  });
});
