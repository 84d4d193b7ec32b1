/**
 * The moves24 readings (issue 29), through the whole parser on Tuesday 24 November 2026: money put by
 * ("away", "aside") with its store unsaid or in an LDDS, a carrier's « compensé », a particle after a
 * bare figure that counts nothing, what a person gave back to no one named, "back the 15" as money,
 * someone else's pay paid by the speaker and money taken by a bank. The look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpentShort as read } from './testing/test-parse.ts';

describe('money given back, put by, or paid as someone else’s pay', () => {
  it.each([
    // Put by, whatever the verb, the store unsaid.
    ['stashed 80 away for the summer', 'transfer 80.00'],
    ['set 45 aside for the boiler service', 'transfer 45.00'],
    // France's regulated savings accounts are stores of one's own; a carrier's « compensé » gives back.
    ['viré 120 € sur mon LDDS', 'transfer 120.00'],
    ['Transavia m’a compensé le vol annulé, 250 €', 'refund 250.00'],
    // A particle or a preposition after a bare figure counts nothing: the figure is the money.
    ['loaned Ravi 30 till Saturday', 'loan 30.00'],
    // A person gave back, to no one named: to the speaker.
    ['Amélie a rendu les 35 € du resto', 'repayment 35.00'],
    ["Hugo a rendu les 60 € qu'il devait", 'repayment 60.00'],
    ["Inès a rendu les 30 € qu'elle me devait", 'repayment 30.00'],
    // What was given back, not a day of the month.
    ['Kim paid back the 20 she owed', 'repayment 20.00'],
    // Someone else's pay, paid by the speaker; money taken by a bank.
    ['gave the babysitter her wages, 45', 'spent 45.00'],
    ['versé son salaire à la nounou, 540 €', 'spent 540.00'],
    ['12 € d’intérêts retenus par la banque', 'spent 12.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // Money gone "away" is spent or given; change handed back at a till stays change.
    ['threw 40 away on scratch cards', 'spent 40.00'],
    ['gave 20 away to the charity shop', 'spent 20.00'],
    ["la pharmacienne m'a rendu 7 € sur 20", 'spent 13.00'],
    // A person's pay received by the speaker stays income.
    ['my boss paid me my wages, 1,400', 'income 1400.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
