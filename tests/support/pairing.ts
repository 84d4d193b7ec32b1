/**
 * Where the tests of pairing a bank line with an expense start (statements-pairing, -by-hand and
 * -months .test.ts): an app whose owner said some expenses, then imported a card's statement, with
 * each expense's id by its description and each bank line's id by its label.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { type Reconciliation, ReconciliationSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { beforeAll, expect } from 'vitest';
import { useAppOn } from './both-databases.ts';
import type { TestApp } from './edge-app.ts';
import { type SeedExpense, seedExpenses } from './seed.ts';
import { upload } from './statements.ts';

export interface PairingStart {
  /** The prefix of its database's name on the PostgreSQL server. */
  database: string;
  /** The expenses said before the statement, written through the store. */
  said: readonly SeedExpense[];
  /** More said after them, through the app, before the ids are read. */
  alsoSaid?: (app: TestApp) => Promise<void>;
  /** The card's statement (a CSV), imported on the account « Carte » as carte.csv. */
  csv: string;
  /** More imported after it, before the lines are read. */
  alsoImported?: (app: TestApp) => Promise<void>;
}

export interface PairingApp {
  readonly app: TestApp;
  /** Each expense's id, by its description. */
  readonly ids: Record<string, string>;
  /** Each bank line's id, by its label. */
  readonly lines: Record<string, string>;
  /** GET /api/reconciliation of `month` (YYYY-MM), read with the shared schema. */
  month(month: string): Promise<Reconciliation>;
  /** Undoes the pairing of the line (DELETE …/suggestions/:id/pair). */
  unpair(lineId: string): Promise<Response>;
}

/** For the describe it is called in (on PGlite, or on the PostgreSQL server when `postgres`): the app as `start` says. */
export function usePairingApp(postgres: boolean, start: PairingStart): PairingApp {
  const on = useAppOn(postgres, start.database);
  const ids: Record<string, string> = {};
  const lines: Record<string, string> = {};
  beforeAll(async () => {
    const app = on.app;
    await seedExpenses(app.store, LOCAL_OWNER, start.said);
    await start.alsoSaid?.(app);
    const { expenses } = await (await app.api.expenses.$get({ query: {} })).json();
    for (const e of expenses) ids[e.description] = e.id;
    expect((await upload(app, start.csv, { account: 'Carte' }, 'carte.csv')).status).toBe(201);
    await start.alsoImported?.(app);
    for (const l of await app.sql.query<{ id: string; label: string }>(
      `select id::text as id, label from bank_lines`,
    ))
      lines[l.label] = l.id;
  });
  return {
    get app() {
      return on.app;
    },
    ids,
    lines,
    month: async (month) =>
      v.parse(
        ReconciliationSchema,
        await (await on.app.api.reconciliation.$get({ query: { month } })).json(),
      ),
    unpair: (lineId) => on.app.api.reconciliation.suggestions[':id'].pair.$delete({ param: { id: lineId } }),
  };
}
