import { describe, expect, it } from 'vitest';
import { AWAITING_CONFIRMATION } from '../review.ts';
import {
  ASKED_AS_EXPENSE,
  awaitingConfirmation,
  CONFIRM_FIRST,
  largestRecentCents,
  NO_AMOUNT,
  readLocally,
  settleLocally,
} from './settle-locally.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import type { ParseOptions } from './types.ts';

const OPTIONS: ParseOptions = { ...TEST_OPTS, locale: 'fr-FR' };
const settle = (text: string, withLlm: boolean) => {
  const settled = settleLocally(text, readLocally(text, OPTIONS), withLlm);
  return (
    settled && {
      outcome: settled.outcome,
      rows: settled.expenses.map((e) => [e.amount, e.category, e.status, e.reviewReason]),
    }
  );
};

describe('what the local parser settles alone', () => {
  it.each([
    // [words, with an LLM to ask, outcome, rows]; null: ask the LLM.
    ['Douze euros cinquante au resto ce midi', false, 'saved', [['12.50', 'dining', 'saved', null]]],
    ['Douze euros cinquante au resto ce midi', true, 'saved', [['12.50', 'dining', 'saved', null]]],
    // Sure of the amount, not of the category: only a model could say more.
    ['facture 30 euros', true, null, null],
    ['facture 30 euros', false, 'saved', [['30.00', 'utilities', 'saved', null]]],
    // Between LOCAL_ONLY_MIN_CONFIDENCE and PARSER_CONFIDENT: saved when nobody else can read it.
    ['euh je crois 12 euros resto', false, 'saved', [['12.00', 'dining', 'saved', null]]],
    ['euh je crois 12 euros resto', true, null, null],
    // Below it: kept, to look at.
    [
      'je crois environ 14 euros pour un machin',
      false,
      'needs_review',
      [['14.00', 'other', 'needs_review', 'low_confidence']],
    ],
    // The parser's own flag wins over everything.
    [
      'Loyer 2 400 000 euros.',
      false,
      'needs_review',
      [['2400000.00', 'housing', 'needs_review', 'implausible_amount']],
    ],
    ['taxi hier', true, 'needs_review', [[null, 'transport', 'needs_review', NO_AMOUNT]]],
    ['blah blah', false, 'no_expense', []],
    ['   ', true, 'no_expense', []],
  ] as const)('"%s" (LLM: %s) → %s', (text, withLlm, outcome, rows) => {
    expect(settle(text, withLlm)).toEqual(outcome === null ? null : { outcome, rows });
  });

  it('dates words by the instant they were said, in their zone', () => {
    const local = readLocally('taxi hier', OPTIONS);
    expect(local.understood).toMatchObject({ date: '2026-11-23', currency: 'EUR' });
  });
});

describe('confirm first', () => {
  it('flags with the reason the rest of the app reads', () => {
    expect(CONFIRM_FIRST).toBe(AWAITING_CONFIRMATION);
  });

  it('holds every expense with an amount for the tap, and leaves the others as they are', () => {
    const parsed = {
      expenses: [
        { amount: '12.50', status: 'saved' as const, reviewReason: null },
        { amount: null, status: 'needs_review' as const, reviewReason: NO_AMOUNT },
        // Doubted too: still held, or it would count in totals before the tap.
        { amount: '666.00', status: 'needs_review' as const, reviewReason: 'implausible_amount' },
      ],
    };
    expect(awaitingConfirmation(parsed, true).expenses).toEqual([
      { amount: '12.50', status: 'needs_review', reviewReason: AWAITING_CONFIRMATION },
      { amount: null, status: 'needs_review', reviewReason: NO_AMOUNT },
      { amount: '666.00', status: 'needs_review', reviewReason: AWAITING_CONFIRMATION },
    ]);
    expect(awaitingConfirmation(parsed, false)).toBe(parsed);
  });
});

describe('the largest recent expense, as the server reads it', () => {
  const row = (
    amount: string | null,
    date: string,
    extra: Partial<{ currency: string; status: string }> = {},
  ) => ({
    amount,
    date,
    currency: 'EUR',
    status: 'saved',
    ...extra,
  });
  it.each([
    [[row('40.00', '2026-11-01'), row('12.00', '2026-11-20')], 4000],
    // Older than 90 days, another currency, waiting for review, no amount: not counted.
    [
      [
        row('900.00', '2026-08-26'),
        row('500.00', '2026-11-01', { currency: 'USD' }),
        row('300.00', '2026-11-02', { status: 'needs_review' }),
        row(null, '2026-11-03'),
        row('8.00', '2026-08-27'),
      ],
      800,
    ],
    [[], 0],
  ])('%j → %i cents', (rows, cents) => {
    expect(largestRecentCents(rows, 'EUR', '2026-11-24')).toBe(cents);
  });
});

describe('words recorded as an expense though read as none (« Enregistrer comme dépense »)', () => {
  const asked = (text: string) => {
    const settled = settleLocally(text, readLocally(text, { ...OPTIONS, asExpense: true }), false);
    return settled?.expenses.map((e) => [e.amount, e.category, e.status, e.reviewReason, e.description]);
  };
  it('keeps the first amount the words hold, to review, never « aucune dépense » again', () => {
    expect(asked('combien coûte le pass Navigo, 86 € ?')).toEqual([
      ['86.00', 'other', 'needs_review', ASKED_AS_EXPENSE, 'combien coûte le pass Navigo, 86 € ?'],
    ]);
  });
  it('keeps words with no amount to complete, and a long note shortened', () => {
    expect(asked('blah blah')).toEqual([[null, 'other', 'needs_review', NO_AMOUNT, 'blah blah']]);
    const long = `${'on en parle encore '.repeat(10)}voilà`;
    const [row] = asked(long) ?? [];
    expect(row?.[4]).toHaveLength(80);
    expect(String(row?.[4]).endsWith('…')).toBe(true);
  });
  it('changes nothing the words already read as an expense, nor words not asked for', () => {
    expect(asked('Douze euros cinquante au resto ce midi')).toEqual([
      ['12.50', 'dining', 'saved', null, 'Resto'],
    ]);
    expect(settle('combien coûte le pass Navigo, 86 € ?', false)).toEqual({
      outcome: 'no_expense',
      rows: [],
    });
    expect(settle('blah blah', false)).toEqual({ outcome: 'no_expense', rows: [] });
  });
});
