/**
 * Bank statements through the API on PGlite and on the PostgreSQL server: import, every line once,
 * matching with what was said, suggestions accepted and ignored (and the ignore undone), an import
 * undone, and a new expense matched after the statement.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { ExpenseSchema, memoryKey, ReconciliationSchema, StatementListSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOTH_DATABASES, useAppOn } from '../support/both-databases.ts';
import { seedExpenses } from '../support/seed.ts';
import { imported } from '../support/statements.ts';

const NOVEMBER = [
  // Said on the day: the bank books it two days later (CB CARREFOUR 28/11).
  { amount: '42.10', category: 'groceries' as const, description: 'Courses Carrefour', date: '2026-11-28' },
  { amount: '12.50', category: 'dining' as const, description: 'Le Petit Zinc', date: '2026-11-24' },
  { amount: '19.99', category: 'utilities' as const, description: 'Forfait Free', date: '2026-11-05' },
  // Cash: the bank never sees it.
  { amount: '4.80', category: 'dining' as const, description: 'Café', date: '2026-11-10' },
];

describe.each(BOTH_DATABASES)('statements on %s', (_name, postgres) => {
  const t = useAppOn(postgres, 'vt_statements');

  const month = async (m = '2026-11') =>
    v.parse(
      ReconciliationSchema,
      await (await t.app.api.reconciliation.$get({ query: { month: m } })).json(),
    );

  beforeAll(async () => {
    await seedExpenses(t.app.store, LOCAL_OWNER, NOVEMBER);
  });

  it('imports a camt.053 statement and matches the debits with what was said', async () => {
    const result = await imported(t.app, 'camt053-v02-card-sepa-salary.xml', { account: 'Compte courant' });
    expect(result).toMatchObject({
      format: 'camt053',
      lines: 6,
      debits: 5,
      credits: 1,
      matched: 3,
      // Netflix is left to add; the cash withdrawal is not an expense.
      suggested: 1,
      duplicates: 0,
      refused: [],
    });
    const view = await month();
    expect(view.matched).toBe(3);
    expect(view.suggestions.map((s) => [s.date, s.amount, s.label, s.category, s.merchant])).toEqual([
      ['2026-11-12', '9.99', 'PRLV SEPA NETFLIX.COM', 'leisure', 'Netflix'],
    ]);
    expect(view.notExpenses.map((l) => [l.kind, l.amount])).toEqual([
      ['withdrawal', '60.00'],
      ['credit', '2450.00'],
    ]);
    // The coffee was paid cash: the statement reaches past its settlement window.
    expect(view.unmatchedExpenses).toEqual([
      expect.objectContaining({ description: 'Café', notSeenByBank: true }),
    ]);
    expect(view.percent).toBe(75);
    const list = await (
      await t.app.api.expenses.$get({ query: { from: '2026-11-28', to: '2026-11-28' } })
    ).json();
    expect(list.expenses[0]?.bankLineId).toEqual(expect.any(String));
  });

  it('adds nothing when the same statement or an overlapping one comes again, credits included', async () => {
    expect(
      await imported(t.app, 'camt053-v02-card-sepa-salary.xml', { account: 'Compte courant' }),
    ).toMatchObject({
      debits: 0,
      credits: 0,
      duplicates: 6,
      matched: 0,
      suggested: 0,
    });
    expect(
      await imported(t.app, 'camt053-v02-overlapping-period.xml', { account: 'Compte courant' }),
    ).toMatchObject({
      lines: 6,
      debits: 2,
      credits: 0,
      duplicates: 4,
    });
    const december = await month('2026-12');
    expect(december.suggestions.map((s) => s.merchant)).toEqual(['Sncf', 'Monoprix']);
  });

  it('matches a typed expense arriving after the statement with its open line', async () => {
    const res = await t.app.api.text.$post({
      json: {
        text: '34 euros billet sncf',
        clientId: crypto.randomUUID(),
        recordedAt: '2026-12-01T18:00:00+01:00',
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
      },
    });
    expect(res.status).toBe(201);
    await t.app.settled();
    const december = await month('2026-12');
    expect(december.suggestions.map((s) => s.merchant)).toEqual(['Monoprix']);
    expect(december.matched).toBe(1);
  });

  it('adds a suggestion as an expense from the bank, and a corrected category teaches the label', async () => {
    const [netflix] = (await month()).suggestions;
    if (!netflix) throw new Error('no suggestion');
    const res = await t.app.api.reconciliation.suggestions[':id'].accept.$post({
      param: { id: netflix.id },
      json: { category: 'shopping' },
    });
    expect(res.status).toBe(201);
    const expense = v.parse(ExpenseSchema, await res.json());
    expect(expense).toMatchObject({
      amount: '9.99',
      currency: 'EUR',
      category: 'shopping',
      description: 'Netflix',
      date: '2026-11-12',
      source: 'bank',
      status: 'saved',
      bankLineId: netflix.id,
      // Where each field came from: the bank's line, and the category the person chose.
      provenance: {
        amount: { from: 'bank' },
        currency: { from: 'bank' },
        date: { from: 'bank' },
        category: { from: 'person' },
        description: { from: 'bank' },
      },
    });
    // Accepting twice gives the same expense.
    const again = await t.app.api.reconciliation.suggestions[':id'].accept.$post({
      param: { id: netflix.id },
      json: {},
    });
    expect(again.status).toBe(200);
    expect(v.parse(ExpenseSchema, await again.json()).id).toBe(expense.id);
    const learned = await (await t.app.api.learned.$get()).json();
    // Stored as the app folds every learned word (memoryKey: case, accents, plurals).
    expect(learned.words).toContainEqual({ phrase: memoryKey('Netflix'), category: 'shopping' });
    const view = await month();
    expect(view.suggestions).toEqual([]);
    expect(view.matched).toBe(4);
  });

  it('remembers an ignored line, and undoing an import takes its lines and matches but keeps accepted expenses', async () => {
    const [monoprix] = (await month('2026-12')).suggestions;
    if (!monoprix) throw new Error('no suggestion');
    expect(
      (await t.app.api.reconciliation.suggestions[':id'].ignore.$post({ param: { id: monoprix.id } })).status,
    ).toBe(204);
    expect((await month('2026-12')).suggestions).toEqual([]);
    expect(
      (await t.app.api.reconciliation.suggestions[':id'].ignore.$post({ param: { id: crypto.randomUUID() } }))
        .status,
    ).toBe(404);
    // The undo: the line is a suggestion again, once; then ignored for good.
    const undo = () =>
      t.app.api.reconciliation.suggestions[':id'].ignore.$delete({ param: { id: monoprix.id } });
    expect((await undo()).status).toBe(204);
    expect((await month('2026-12')).suggestions.map((s) => s.id)).toEqual([monoprix.id]);
    expect((await undo()).status).toBe(404);
    expect(
      (await t.app.api.reconciliation.suggestions[':id'].ignore.$post({ param: { id: monoprix.id } })).status,
    ).toBe(204);
    expect((await month('2026-12')).suggestions).toEqual([]);

    const { statements } = v.parse(StatementListSchema, await (await t.app.api.statements.$get()).json());
    expect(statements.map((s) => [s.format, s.account, s.accountNumber, s.lines])).toEqual([
      ['camt053', 'Compte courant', '•••• 0189', 2],
      ['camt053', 'Compte courant', '•••• 0189', 0],
      ['camt053', 'Compte courant', '•••• 0189', 6],
    ]);
    for (const s of statements)
      expect((await t.app.api.statements[':id'].$delete({ param: { id: s.id } })).status).toBe(204);
    const view = await month();
    expect(view).toMatchObject({
      matched: 0,
      suggestions: [],
      notExpenses: [],
      percent: null,
      lastStatementDate: null,
    });
    // The Netflix the person accepted stays, no longer reconciled.
    const list = await (
      await t.app.api.expenses.$get({ query: { from: '2026-11-12', to: '2026-11-12' } })
    ).json();
    expect(list.expenses.map((e) => [e.description, e.source, e.bankLineId])).toEqual([
      ['Netflix', 'bank', null],
    ]);
    // Imported again: the accepted expense is matched, nothing is suggested twice.
    expect(
      await imported(t.app, 'camt053-v02-card-sepa-salary.xml', { account: 'Compte courant' }),
    ).toMatchObject({
      debits: 5,
      matched: 4,
      suggested: 0,
    });
  });
});
