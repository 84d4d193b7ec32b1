/**
 * The money59 readings (issue 29), through the whole parser on Tuesday 24 November 2026: money that
 * came in or moved, not spent, beside the look-alikes that stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpentShort as read } from './testing/test-parse.ts';

describe('money not spent (money59)', () => {
  it.each([
    // A shop's name (no given name) giving money back refunds, as « Intersport m'a remboursé » does.
    ['Halfords gave me 15 back for the pump', 'refund 15.00'],
    ['Boulanger gave me 25 back for the kettle', 'refund 25.00'],
    // « on doit », "we owe": the household's debt for a service had, as « je dois » is the speaker's.
    ['on doit 45 € au jardinier pour la haie', 'spent 45.00 not_paid'],
    ['we owe the window cleaner 30', 'spent 30.00 not_paid'],
    ['on lui doit 20 €', 'loan 20.00'],
    // A contest won pays a prize: income.
    ["j'ai remporté le concours de chant, 200 €", 'income 200.00'],
    ['virement du club pour le prix du concours de belote, 80 €', 'income 80.00'],
    ['got 250 in prize money from the pub quiz', 'income 250.00'],
    // One renting the speaker's place pays rent, even « ses » euros.
    ["le couple qui loue mon garage m'a viré ses 90 €", 'income 90.00'],
    ['the student renting my spare room sent me her 380', 'income 380.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A person giving back repays.
    ['Chris gave me 20 back', 'repayment 20.00'],
    ['my brother gave me 20 back for the pizza', 'repayment 20.00'],
    ['Tom sent 20 back for the tickets', 'repayment 20.00'],
    // A bill to pay stays one; money owed to the speaker stays theirs.
    ['on doit payer 40 € de cantine', 'spent 40.00 not_paid'],
    ['Paul me doit 30 € pour le ciné', 'loan 30.00'],
    // A person's money for a thing of their own pays back.
    ["Nina m'a viré ses 20 € pour la place", 'repayment 20.00'],
    // A price is no prize, and an auction won is bought.
    ["le prix du concours d'entrée, 80 €", 'spent 80.00'],
    ["j'ai remporté l'enchère pour la commode, 90 €", 'spent 90.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
