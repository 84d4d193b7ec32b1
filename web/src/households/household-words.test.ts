import type { Balances, Household } from '@voicetrack/shared';
import { summarizeMonth } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { readProvisional } from '../expenses/provisional-reading.ts';
import { readReceiptProvisional } from '../expenses/receipt-reading.ts';
import { splitLine, transferLines } from './household-words.ts';
import { scopeExpenses } from './month-scope.ts';

const NB = '\u00a0';
const marie = 'a0000000-0000-4000-8000-000000000001';
const paul = 'a0000000-0000-4000-8000-000000000002';
const lea = 'a0000000-0000-4000-8000-000000000003';
const home = (me: string, ...more: Array<{ id: string; name: string }>): Household => ({
  id: 'h0000000-0000-4000-8000-000000000000',
  name: 'Coloc',
  me,
  members: [
    { id: marie, name: 'Marie', role: 'owner' },
    { id: paul, name: 'Paul', role: 'member' },
    ...more.map((m) => ({ ...m, role: 'member' as const })),
  ],
});
const balances = (transfers: Balances['transfers']): Balances => ({ balances: [], transfers });

describe('who owes whom, in words from this phone’s side', () => {
  it.each([
    ['Marie, owed', marie, 'fr', `Paul te doit 24,00${NB}€`],
    ['Paul, owing', paul, 'fr', `Tu dois 24,00${NB}€ à Marie`],
    ['Léa, looking on', lea, 'fr', `Paul doit 24,00${NB}€ à Marie`],
    ['Marie, owed (en)', marie, 'en', 'Paul owes you €24.00'],
    ['Paul, owing (en)', paul, 'en', 'You owe Marie €24.00'],
  ] as const)('%s', (_who, me, lang, says) => {
    const h = home(me, { id: lea, name: 'Léa' });
    const [line] = transferLines(
      balances([{ fromMemberId: paul, toMemberId: marie, amount: '24.00', currency: 'EUR' }]),
      h,
      lang,
    );
    expect(line?.says.replace(/\u202f/g, NB)).toBe(says);
  });

  it('asks « Régler » in the person’s words, never « toi a remboursé »', () => {
    const t = [{ fromMemberId: paul, toMemberId: marie, amount: '24.00', currency: 'EUR' }];
    expect(transferLines(balances(t), home(paul), 'fr')[0]?.ask).toBe(
      `Tu as remboursé 24,00${NB}€ à Marie${NB}?`,
    );
    expect(transferLines(balances(t), home(marie), 'fr')[0]?.ask).toBe(
      `Paul t’a remboursé 24,00${NB}€${NB}?`,
    );
  });

  it('keeps currencies apart, and names a member who left by the name the balances give', () => {
    const gone = 'a0000000-0000-4000-8000-000000000009';
    const lines = transferLines(
      {
        balances: [{ memberId: gone, name: 'Zoé', net: '-10.00', currency: 'GBP' }],
        transfers: [
          { fromMemberId: paul, toMemberId: marie, amount: '0.29', currency: 'EUR' },
          { fromMemberId: gone, toMemberId: marie, amount: '10.00', currency: 'GBP' },
        ],
      },
      home(marie),
      'en',
    );
    expect(lines.map((l) => l.says)).toEqual(['Paul owes you €0.29', 'Zoé owes you £10.00']);
  });
});

describe('a shared bill’s line', () => {
  const bill = {
    amount: '10.00',
    currency: 'EUR',
    paidBy: paul,
    split: [
      { memberId: marie, cents: 334 },
      { memberId: paul, cents: 333 },
      { memberId: lea, cents: 333 },
    ],
  };
  it('names the speaker first, then the others, and who paid when it was not the speaker', () => {
    const h = home(lea, { id: lea, name: 'Léa' });
    expect(splitLine(bill, h, 'fr')?.replace(/\u202f/g, NB)).toBe(
      `partagé${NB}: toi 3,33${NB}€, Marie 3,34${NB}€, Paul 3,33${NB}€ · payé par Paul`,
    );
    expect(splitLine(bill, home(paul, { id: lea, name: 'Léa' }), 'en')).toBe(
      'shared: you €3.33, Marie €3.34, Léa €3.33',
    );
    expect(splitLine({ amount: '4.00', currency: 'EUR' }, h, 'fr')).toBeNull();
  });
  it('names a member who left by the name the household keeps for them', () => {
    // Léa left: the household lists her among `former`, not among its members.
    const h = { ...home(marie), former: [{ id: lea, name: 'Léa' }] };
    expect(splitLine({ ...bill, paidBy: lea }, h, 'en')).toBe(
      'shared: you €3.34, Paul €3.33, Léa €3.33 · paid by Léa',
    );
    // Unknown to this phone (an older server): « ? », never someone else's name.
    expect(splitLine({ ...bill, paidBy: lea }, home(marie), 'en')).toBe(
      'shared: you €3.34, Paul €3.33, ? €3.33 · paid by ?',
    );
  });
});

describe('a shared bill read offline', () => {
  const note = (text: string, h: Household | null) =>
    readProvisional(
      {
        kind: 'text',
        text,
        recordedAt: '2026-12-03T12:30:00.000+01:00',
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
        currency: 'EUR',
        householdId: home(marie).id,
      },
      { memory: [], expenses: [], households: h ? [h] : [] },
    )?.expenses[0];

  it('is the whole bill, split as the server splits it (« 48 € au resto, on partage » → 24/24)', () => {
    const row = note('48 € au resto, on partage', home(marie));
    expect(row).toMatchObject({
      amount: '48.00',
      householdId: home(marie).id,
      paidBy: marie,
      split: [
        { memberId: marie, cents: 2400 },
        { memberId: paul, cents: 2400 },
      ],
    });
    expect(row && splitLine(row, home(marie), 'fr')?.replace(/\u202f/g, NB)).toBe(
      `partagé${NB}: toi 24,00${NB}€, Paul 24,00${NB}€`,
    );
  });

  it('reads who paid and who it is for, and holds « on était trois » among two for review', () => {
    expect(note('Paul a payé 60 € de courses', home(marie))).toMatchObject({ paidBy: paul, status: 'saved' });
    expect(note('10 € de pain, c’est pour Paul', home(marie))?.split).toEqual([
      { memberId: paul, cents: 1000 },
    ]);
    expect(note('30 € au resto, on était trois', home(marie))).toMatchObject({
      status: 'needs_review',
      reviewReason: 'household_count',
    });
  });

  it('splits a ticket’s photo equally, paid by this phone’s person, whatever the ticket prints', () => {
    const printed = 'PIZZERIA\nPour Paul\nTOTAL 31,00 EUR';
    const ticket = readReceiptProvisional(
      {
        kind: 'receipt',
        text: printed,
        recordedAt: '2026-12-03T12:30:00.000+01:00',
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
        currency: 'EUR',
        householdId: home(paul).id,
      },
      printed,
      { memory: [], expenses: [], households: [home(paul)] },
    ).expenses[0];
    expect(ticket).toMatchObject({
      amount: '31.00',
      householdId: home(paul).id,
      paidBy: paul,
      split: [
        { memberId: marie, cents: 1550 },
        { memberId: paul, cents: 1550 },
      ],
    });
  });

  it('without the household’s members known here, the household’s bill whose part is said at sending, never mine whole', () => {
    const row = note('48 € au resto, on partage', null);
    expect(row).toMatchObject({ amount: '48.00', householdId: home(marie).id, split: [] });
    const shown = row && { ...row, provisional: true };
    expect(shown && splitLine(shown, null, 'fr')).toBe(`partagé${NB}: ta part sera calculée à l’envoi`);
    expect(shown && splitLine(shown, null, 'en')).toBe('shared: your share is worked out when it is sent');
    // Once the server answered (not provisional), a bill with no amount says nothing of parts.
    expect(row && splitLine({ ...row, amount: null }, null, 'fr')).toBeNull();
    // In the month, « Moi » counts none of it until the server has split it.
    const listed = { ...(row as NonNullable<typeof row>), id: 'x', date: '2026-12-03', provisional: true };
    expect(scopeExpenses([listed], { kind: 'me' }, home(marie))).toEqual([{ ...listed, amount: null }]);
  });
});

describe('the month per household and per person', () => {
  const h = home(paul);
  const row = (amount: string, extra: object = {}) => ({
    id: crypto.randomUUID(),
    clientId: crypto.randomUUID(),
    position: 0,
    amount,
    currency: 'EUR',
    category: 'dining' as const,
    description: '',
    date: '2026-12-03',
    transcript: null,
    source: 'text' as const,
    status: 'saved' as const,
    parsedBy: 'local' as const,
    reviewReason: null,
    createdAt: '2026-12-03T11:00:00Z',
    updatedAt: '2026-12-03T11:00:00Z',
    ...extra,
  });
  const resto = row('48.00', {
    householdId: h.id,
    paidBy: marie,
    split: [
      { memberId: marie, cents: 2400 },
      { memberId: paul, cents: 2400 },
    ],
  });
  const mine = row('1.15');
  const forMarie = row('19.99', {
    householdId: h.id,
    paidBy: paul,
    split: [{ memberId: marie, cents: 1999 }],
  });
  const total = (scope: Parameters<typeof scopeExpenses>[1]) =>
    summarizeMonth(scopeExpenses([resto, mine, forMarie], scope, h), '2026-12').totals.map(
      ({ currency, amount }) => ({ currency, amount }),
    );

  it('counts my share, never the whole bill, and each bill once', () => {
    expect(total({ kind: 'me' })).toEqual([{ currency: 'EUR', amount: '25.15' }]);
    expect(total({ kind: 'household' })).toEqual([{ currency: 'EUR', amount: '67.99' }]);
    expect(total({ kind: 'member', memberId: marie })).toEqual([{ currency: 'EUR', amount: '43.99' }]);
    expect(total({ kind: 'member', memberId: paul })).toEqual([{ currency: 'EUR', amount: '24.00' }]);
  });

  it('with no household, only the personal expenses (a bill of one left is not mine any more)', () => {
    expect(scopeExpenses([resto, mine], { kind: 'me' }, null)).toEqual([mine]);
  });

  it('in two households, « Moi » counts my part of each, « Foyer » and a member only the shown one’s', () => {
    const famille: Household = {
      id: 'famille',
      name: 'Famille',
      me: 'p2',
      members: [
        { id: 'p2', name: 'Paul', role: 'member' },
        { id: 'mum', name: 'Maman', role: 'owner' },
      ],
    };
    const diner = row('30.00', {
      householdId: 'famille',
      paidBy: 'mum',
      split: [
        { memberId: 'p2', cents: 1000 },
        { memberId: 'mum', cents: 2000 },
      ],
    });
    const both = [h, famille];
    const sum = (scope: Parameters<typeof scopeExpenses>[1], shown: Household) =>
      summarizeMonth(scopeExpenses([resto, mine, forMarie, diner], scope, shown, both), '2026-12').totals[0]
        ?.amount;
    expect(sum({ kind: 'me' }, h)).toBe('35.15');
    expect(sum({ kind: 'me' }, famille)).toBe('35.15');
    expect(sum({ kind: 'household' }, famille)).toBe('30.00');
    expect(sum({ kind: 'household' }, h)).toBe('67.99');
    expect(sum({ kind: 'member', memberId: 'mum' }, famille)).toBe('20.00');
    expect(sum({ kind: 'member', memberId: marie }, famille)).toBeUndefined();
  });
});
