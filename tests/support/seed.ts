/** Expenses written straight through the store, for report, export and backup tests. */

import type { Owner, Store } from '@voicetrack/edge/ports.ts';
import type { Category } from '@voicetrack/shared';

export interface SeedExpense {
  amount: string;
  currency?: string;
  category: Category;
  description?: string;
  date: string;
}

export async function seedExpenses(store: Store, owner: Owner, rows: readonly SeedExpense[]): Promise<void> {
  for (const r of rows) {
    const saved = await store.captures.save(
      owner,
      {
        clientId: crypto.randomUUID(),
        source: 'text',
        recordedAt: `${r.date}T12:00:00+01:00`,
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
      },
      {
        transcript: `${r.amount} ${r.description ?? ''}`,
        outcome: 'saved',
        expenses: [
          {
            amount: r.amount,
            currency: r.currency ?? 'EUR',
            category: r.category,
            description: r.description ?? '',
            date: r.date,
            status: 'saved',
            parsedBy: 'local',
            reviewReason: null,
          },
        ],
      },
    );
    if (!saved) throw new Error('seed note already existed');
  }
}

/** October 2026 in two currencies, and September to compare with. */
export const OCTOBER: SeedExpense[] = [
  { amount: '780.00', category: 'housing', description: 'Loyer', date: '2026-10-01' },
  { amount: '23.40', category: 'dining', description: 'Brasserie', date: '2026-10-03' },
  { amount: '56.10', category: 'groceries', description: 'Courses', date: '2026-10-10' },
  { amount: '0.10', category: 'groceries', description: 'Sac', date: '2026-10-10' },
  { amount: '0.20', category: 'groceries', description: 'Sac', date: '2026-10-11' },
  { amount: '42.00', currency: 'USD', category: 'dining', description: 'Diner NYC', date: '2026-10-20' },
  { amount: '9.99', category: 'leisure', description: 'Netflix', date: '2026-10-31' },
];
export const SEPTEMBER: SeedExpense[] = [
  { amount: '780.00', category: 'housing', description: 'Loyer', date: '2026-09-01' },
  { amount: '100.00', category: 'groceries', description: 'Courses', date: '2026-09-15' },
];
