import type { Expense, Household, RecurringRule } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { ruleFieldsOf } from './rule-fields.ts';
import { choiceOf, ruleShareLine, splitChoices, splitOf } from './rule-words.ts';

const NB = '\u00a0';
const marie = 'a0000000-0000-4000-8000-000000000001';
const paul = 'a0000000-0000-4000-8000-000000000002';
const householdId = 'b0000000-0000-4000-8000-000000000000';
const home = (me: string): Household => ({
  id: householdId,
  name: 'Coloc',
  me,
  members: [
    { id: marie, name: 'Marie', role: 'owner' },
    { id: paul, name: 'Paul', role: 'member' },
  ],
});
const rent = (over: Partial<RecurringRule> = {}): RecurringRule => ({
  id: 'r1',
  amount: '800.00',
  currency: 'EUR',
  category: 'housing',
  description: 'Loyer',
  dayOfMonth: 1,
  timezone: 'Europe/Paris',
  nextDate: '2026-12-01',
  createdAt: '',
  updatedAt: '',
  householdId,
  paidBy: paul,
  split: { kind: 'equal' },
  shares: [
    { memberId: marie, cents: 40000 },
    { memberId: paul, cents: 40000 },
  ],
  ...over,
});

describe('a household’s recurring rule in words, from this phone’s side', () => {
  it.each([
    ['Paul pays, fr', paul, 'fr', `partagé · toi 400,00${NB}€, Marie 400,00${NB}€`],
    ['Marie reads it, fr', marie, 'fr', `partagé · toi 400,00${NB}€, Paul 400,00${NB}€ · payé par Paul`],
    ['Paul pays, en', paul, 'en', 'shared · you €400.00, Marie €400.00'],
    ['Marie reads it, en', marie, 'en', 'shared · you €400.00, Paul €400.00 · paid by Paul'],
  ] as const)('%s', (_name, me, lang, line) => {
    expect(ruleShareLine(rent(), home(me), lang)).toBe(line);
  });

  it('names only who bears a part, and says nothing of a personal rule', () => {
    const forMarie = rent({
      split: { kind: 'only', memberId: marie },
      shares: [{ memberId: marie, cents: 80000 }],
    });
    expect(ruleShareLine(forMarie, home(marie), 'fr')).toBe(`partagé · toi 800,00${NB}€ · payé par Paul`);
    const { householdId: _h, paidBy: _p, split: _s, shares: _sh, ...personal } = rent();
    expect(ruleShareLine(personal, home(marie), 'fr')).toBeNull();
  });

  it('says why a rule is paused, in both languages', () => {
    const paused = rent({ shares: undefined, pausedReason: 'payer_left' });
    expect(ruleShareLine(paused, home(marie), 'fr')).toBe(
      `En pause${NB}: la personne qui la payait a quitté le foyer. Modifie-la pour choisir qui paie.`,
    );
    expect(ruleShareLine({ ...paused, pausedReason: 'bearers_left' }, home(marie), 'en')).toBe(
      'Paused: nobody left in the household bears it. Edit it to split it again.',
    );
  });

  it('offers equal, just for me and for each other member, and keeps shares set elsewhere', () => {
    expect(splitChoices(home(marie), 'fr', { kind: 'equal' })).toEqual([
      { value: 'equal', label: 'À parts égales' },
      { value: `only:${marie}`, label: 'Pour moi seul' },
      { value: `only:${paul}`, label: 'Pour Paul' },
    ]);
    const shares = { kind: 'shares', shares: { [marie]: 2, [paul]: 1 } } as const;
    expect(splitChoices(home(paul), 'en', shares).map((c) => c.label)).toEqual([
      'Equally',
      'Just for me',
      'For Marie',
      'As set (shares)',
    ]);
    expect(choiceOf(shares)).toBe('kept');
    expect(splitOf('kept', shares)).toEqual(shares);
    expect(splitOf(choiceOf({ kind: 'only', memberId: paul }), undefined)).toEqual({
      kind: 'only',
      memberId: paul,
    });
    expect(splitOf('equal', shares)).toEqual({ kind: 'equal' });
  });

  it('makes a household’s rule from a household’s bill: its payer, and « pour X » when one bore it all', () => {
    const bill = {
      amount: '48.00',
      currency: 'EUR',
      category: 'dining',
      description: 'Resto',
      date: '2026-11-24',
      householdId,
      paidBy: marie,
      split: [
        { memberId: marie, cents: 2400 },
        { memberId: paul, cents: 2400 },
      ],
    } as Expense;
    expect(ruleFieldsOf(bill).shared).toEqual({ householdId, paidBy: marie, split: { kind: 'equal' } });
    const forPaul = { ...bill, split: [{ memberId: paul, cents: 4800 }] };
    expect(ruleFieldsOf(forPaul).shared?.split).toEqual({ kind: 'only', memberId: paul });
    const { householdId: _h, paidBy: _p, split: _s, ...personal } = bill;
    expect(ruleFieldsOf(personal as Expense).shared).toBeUndefined();
  });
});
