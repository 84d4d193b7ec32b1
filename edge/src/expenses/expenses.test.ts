/** The expenses' use cases and each of their outcomes, on a real store (PGlite in memory). */
import type { Expense } from '@voicetrack/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import { createRecurringRunner } from '../money/recurring-runner.ts';
import { LOCAL_OWNER, type Owner, type Store } from '../ports.ts';
import { openStore } from '../store/open-store.ts';
import { deleteExpense, type ExpenseDeps, editExpense, listExpenses } from './expenses.ts';

let store: Store;
let deps: ExpenseDeps;
const told: Owner[] = [];
const NOW = new Date('2026-11-24T12:00:00Z');

// PGlite's first open (WebAssembly, the migrations) takes seconds on a busy machine.
beforeAll(async () => {
  ({ store } = await openStore({}));
  const watch: SpendingWatch = { changed: (owner) => told.push(owner) };
  const runner = createRecurringRunner({ recurring: store.recurring, watch, now: () => NOW });
  deps = { expenses: store.expenses, learning: store.learning, runner, watch };
}, 120_000);
afterAll(() => store?.close());

/** One expense, saved as a typed note would be. */
async function saved(description: string, category: Expense['category'] = 'other'): Promise<Expense> {
  const result = await store.captures.save(
    LOCAL_OWNER,
    {
      clientId: crypto.randomUUID(),
      source: 'text',
      recordedAt: '2026-11-20T12:00:00+01:00',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
    },
    {
      transcript: `12 euros ${description}`,
      outcome: 'saved',
      expenses: [
        {
          amount: '12.00',
          currency: 'EUR',
          category,
          description,
          date: '2026-11-20',
          status: 'saved',
          parsedBy: 'local',
          reviewReason: null,
        },
      ],
    },
  );
  const expense = result?.expenses[0];
  if (!expense) throw new Error('not saved');
  return expense;
}

describe('listExpenses', () => {
  it('makes the recurring expenses whose day has come, then lists them', async () => {
    await store.recurring.create(LOCAL_OWNER, {
      amount: '9.99',
      currency: 'EUR',
      category: 'leisure',
      description: 'Abonnement musique',
      dayOfMonth: 5,
      timezone: 'Europe/Paris',
      nextDate: '2026-11-05',
    });
    const listed = await listExpenses(deps, LOCAL_OWNER, { from: '2026-11-01', to: '2026-11-30' });
    if (listed.kind !== 'listed') throw new Error(listed.message);
    expect(listed.list.expenses.map((e) => e.description)).toContain('Abonnement musique');
  });

  it('refuses a range that ends before it starts', async () => {
    expect(await listExpenses(deps, LOCAL_OWNER, { from: '2026-11-30', to: '2026-11-01' })).toEqual({
      kind: 'refused',
      code: 'validation_failed',
      message: 'from must not be after to.',
    });
  });
});

describe('editExpense', () => {
  it('saves the edit, learns the words of a changed category, and has budgets checked', async () => {
    const expense = await saved('Chez Ginette');
    told.length = 0;
    const edited = await editExpense(deps, LOCAL_OWNER, expense.id, { category: 'dining' });
    expect(edited).toMatchObject({ kind: 'saved', expense: { id: expense.id, category: 'dining' } });
    expect(await store.learning.list(LOCAL_OWNER)).toContainEqual(
      expect.objectContaining({ category: 'dining' }),
    );
    expect(told).toEqual([LOCAL_OWNER]);
  });

  it('names the fields a newer change kept', async () => {
    const expense = await saved('Boulangerie');
    await editExpense(deps, LOCAL_OWNER, expense.id, { description: 'Pain' });
    // Made offline long before, sent now: the newer change keeps the field.
    const late = await editExpense(deps, LOCAL_OWNER, expense.id, {
      description: 'Croissants',
      editedAt: '2025-01-01T12:00:00+01:00',
    });
    expect(late).toMatchObject({ kind: 'saved', expense: { description: 'Pain', lost: ['description'] } });
  });

  it('refuses an expense that does not exist', async () => {
    expect(await editExpense(deps, LOCAL_OWNER, crypto.randomUUID(), { category: 'dining' })).toEqual({
      kind: 'refused',
      code: 'not_found',
      message: 'No expense with this id.',
    });
  });
});

describe('deleteExpense', () => {
  it('deletes once; the second time there is nothing to delete', async () => {
    const expense = await saved('Taxi');
    expect(await deleteExpense(deps, LOCAL_OWNER, expense.id)).toEqual({ kind: 'deleted' });
    expect(await deleteExpense(deps, LOCAL_OWNER, expense.id)).toMatchObject({
      kind: 'refused',
      code: 'not_found',
    });
  });
});
