import type { CandidateExpense, Suggestion } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { bankAmountChange } from './said-expenses.ts';

const line: Suggestion = {
  id: 'l',
  date: '2026-11-24',
  amount: '44.00',
  currency: 'EUR',
  label: 'CB LE BISTROT 22/11',
  originalAmount: '47.50',
  originalCurrency: 'CHF',
  category: 'dining',
  merchant: 'Le Bistrot',
  candidates: [],
  candidateExpenses: [],
  pairable: [],
};
const said = (over: Partial<CandidateExpense> = {}): CandidateExpense => ({
  id: 'a',
  date: '2026-11-22',
  amount: '40.00',
  currency: 'EUR',
  category: 'dining',
  description: 'Resto',
  ...over,
});

describe('what a pairing would change', () => {
  it.each([
    ['40,00 € said, 44,00 € at the bank', said(), '44.00'],
    ['the same amount', said({ amount: '44.00' }), null],
    ['the same amount written otherwise', said({ amount: '44.0' }), null],
    ['francs paid abroad, a few more at the bank', said({ currency: 'CHF', amount: '45.00' }), '47.50'],
    ['a currency the line has no amount in', said({ currency: 'USD' }), null],
  ])('%s', (_name, expense, bank) => {
    expect(bankAmountChange(line, expense)).toBe(bank);
  });
});
