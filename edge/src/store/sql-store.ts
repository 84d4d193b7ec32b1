/**
 * The store over any Sql (PGlite or the PostgreSQL server): one adapter per aggregate, all
 * scoped to the owner. The change feed and health read the database as a whole.
 */
import { ChangeFeedUnavailableError, type ExpenseChange, type Store } from '../ports.ts';
import { createBudgetStore } from './budget-store.ts';
import { createCaptureStore } from './capture-store.ts';
import { createDeviceStore, createPairingStore, createTelegramChatStore } from './device-store.ts';
import { createExpenseStore } from './expense-store.ts';
import { createHouseholdBudgetStore } from './household-budget-store.ts';
import { createHouseholdStore } from './household-store.ts';
import { createIdempotencyStore } from './idempotency-store.ts';
import { createLearningStore } from './learning-store.ts';
import { ownerScope } from './owner-scope.ts';
import { createPushStore } from './push-store.ts';
import { createReceiptPhotoStore } from './receipt-photo-store.ts';
import { createReconcileStore } from './reconcile-store.ts';
import { createRecurringStore } from './recurring-store.ts';
import { createReportStore } from './report-store.ts';
import type { Sql } from './sql.ts';
import { createStatementStore } from './statement-store.ts';
import { createStatistics } from './statistics.ts';
import { createTelegramPendingStore } from './telegram-pending-store.ts';
import { createUsageStore } from './usage-store.ts';

/** Migrations as versions: which ones the schema should have (health compares). */
export interface MigrationVersions {
  versions: readonly string[];
}

export function createSqlStore(
  sql: Sql,
  migrations: MigrationVersions,
  /** listen: false when the connection goes through a transaction pooler (LISTEN cannot). */
  options: { listen?: boolean } = {},
): Store {
  const asOwner = ownerScope(sql);
  const statistics = createStatistics(sql);
  const expenses = createExpenseStore(asOwner);
  const statements = createStatementStore(asOwner);
  return {
    kind: sql.kind,
    captures: createCaptureStore(asOwner),
    // A bulk write (a JSON import, a statement) changes enough rows to mislead PGlite's planner
    // until its tables are analyzed: that is checked after it, not awaited by its answer.
    expenses: { ...expenses, import: (owner, rows) => expenses.import(owner, rows).finally(statistics.soon) },
    reports: createReportStore(asOwner),
    usage: createUsageStore(asOwner),
    learning: createLearningStore(asOwner),
    devices: createDeviceStore(asOwner, sql),
    pairing: createPairingStore(asOwner, sql),
    telegramChats: createTelegramChatStore(sql),
    telegramPending: createTelegramPendingStore(sql),
    budgets: createBudgetStore(asOwner),
    push: createPushStore(asOwner, sql),
    recurring: createRecurringStore(asOwner, sql),
    statements: {
      ...statements,
      import: (...args) => statements.import(...args).finally(statistics.soon),
    },
    reconcile: createReconcileStore(asOwner),
    receiptPhotos: createReceiptPhotoStore(asOwner),
    households: createHouseholdStore(asOwner, sql),
    householdBudgets: createHouseholdBudgetStore(asOwner),
    idempotency: createIdempotencyStore(asOwner),
    changes: {
      watch: async (onChange) => {
        if (options.listen === false)
          throw new ChangeFeedUnavailableError('this database connection goes through a transaction pooler');
        return sql.listen('voicetrack_expenses', (payload) => {
          try {
            onChange(JSON.parse(payload) as ExpenseChange);
          } catch {
            // A payload we did not write: ignore it.
          }
        });
      },
    },
    health: {
      kind: sql.kind,
      async ping() {
        await sql.query('select 1');
      },
      async pendingMigrations() {
        const rows = await sql.query<{ version: string }>(
          'select version from supabase_migrations.schema_migrations',
        );
        const applied = new Set(rows.map((r) => r.version));
        return migrations.versions.filter((v) => !applied.has(v));
      },
      async countNeedsReview() {
        const rows = await sql.query<{ n: string }>(
          `select count(*)::text as n from expenses where status = 'needs_review'`,
        );
        return Number(rows[0]?.n ?? 0);
      },
    },
    statistics: { refresh: statistics.refresh },
    close: async () => {
      await statistics.idle();
      await sql.close();
    },
  };
}
