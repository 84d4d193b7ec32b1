import type { Expense, Household, RecurringRule } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { ruleFieldsOf } from './rule-fields.ts';
import {
  choiceOf,
  readWeights,
  ruleShareLine,
  splitChoices,
  splitOf,
  startingWeights,
  weightsLine,
  weightTexts,
} from './rule-words.ts';

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

  it('offers equal, just for me, for each other member, by shares and by percentage', () => {
    expect(splitChoices(home(marie), 'fr')).toEqual([
      { value: 'equal', label: 'À parts égales' },
      { value: `only:${marie}`, label: 'Pour moi seul' },
      { value: `only:${paul}`, label: 'Pour Paul' },
      { value: 'shares', label: 'En parts' },
      { value: 'percent', label: 'En pourcentages' },
    ]);
    expect(splitChoices(home(paul), 'en').map((c) => c.label)).toEqual([
      'Equally',
      'Just for me',
      'For Marie',
      'By shares',
      'By percentage',
    ]);
    const shares = { kind: 'shares', shares: { [marie]: 2, [paul]: 1 } } as const;
    const ids = [marie, paul];
    expect(choiceOf(shares)).toBe('shares');
    // The rule's own shares come back; another kind starts from one share each, or equal percentages.
    expect(splitOf('shares', shares, ids)).toEqual(shares);
    expect(splitOf('percent', shares, ids)).toEqual({
      kind: 'percent',
      percents: { [marie]: 50, [paul]: 50 },
    });
    expect(splitOf('shares', undefined, ids)).toEqual({ kind: 'shares', shares: { [marie]: 1, [paul]: 1 } });
    expect(splitOf(choiceOf({ kind: 'only', memberId: paul }), undefined, ids)).toEqual({
      kind: 'only',
      memberId: paul,
    });
    expect(splitOf('equal', shares, ids)).toEqual({ kind: 'equal' });
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

describe('a rule split by shares or percentages, as typed', () => {
  const ids = [marie, paul];
  const read = (kind: 'shares' | 'percent', m: string, p: string, lang: 'fr' | 'en' = 'fr') =>
    readWeights(kind, { [marie]: m, [paul]: p }, ids, lang);

  it('reads shares and percentages into the API’s split, and says them back in words', () => {
    const two = read('shares', '2', '1');
    expect(two).toEqual({ split: { kind: 'shares', shares: { [marie]: 2, [paul]: 1 } } });
    if ('split' in two) expect(weightsLine(two.split, home(marie), 'fr')).toBe('Moi 2 parts / Paul 1 part');
    const pct = read('percent', '33,33', '66.67');
    expect(pct).toEqual({ split: { kind: 'percent', percents: { [marie]: 33.33, [paul]: 66.67 } } });
    if ('split' in pct) expect(weightsLine(pct.split, home(paul), 'en')).toBe('Marie 33.33% / Me 66.67%');
    // An empty field is no share.
    expect(read('shares', '3', '')).toEqual({ split: { kind: 'shares', shares: { [marie]: 3, [paul]: 0 } } });
  });

  it('says in words what is wrong before anything is saved', () => {
    expect(read('percent', '60', '30')).toEqual({
      problem: `Les pourcentages font 90${NB}% en tout${NB}: il faut 100${NB}%.`,
    });
    expect(read('percent', '60', '50,5', 'en')).toEqual({
      problem: 'The percentages add up to 110.5%: they must make 100%.',
    });
    expect(read('percent', '101', '0')).toEqual({
      problem: 'Un pourcentage va de 0 à 100, avec au plus deux décimales.',
    });
    expect(read('percent', '33,333', '66,667', 'en')).toEqual({
      problem: 'A percentage is from 0 to 100, with at most two decimals.',
    });
    expect(read('shares', '1,5', '1')).toEqual({ problem: 'Une part est un nombre entier de 0 à 1000.' });
    expect(read('shares', '1001', '1', 'en')).toEqual({
      problem: 'A share is a whole number from 0 to 1000.',
    });
    expect(read('shares', '0', '0')).toEqual({ problem: 'Donne une part à au moins une personne.' });
  });

  it('starts percentages equal and whole, the first ones taking what is left', () => {
    expect(startingWeights('percent', ['a', 'b', 'c'])).toEqual({
      kind: 'percent',
      percents: { a: 34, b: 33, c: 33 },
    });
    expect(weightTexts({ kind: 'percent', percents: { [marie]: 33.5, [paul]: 66.5 } }, ids, 'fr')).toEqual({
      [marie]: '33,5',
      [paul]: '66,5',
    });
  });
});
