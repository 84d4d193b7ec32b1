import { compareTotals, type MonthReport, previousMonth, ReportQuerySchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { parseWith } from '../http/validate.ts';
import type { Owner, Store } from '../ports.ts';

/** The month report: the numbers the PWA's month view, the CLI and the e-mail share. */
export async function buildMonthReport(store: Store, owner: Owner, month: string): Promise<MonthReport> {
  const prev = previousMonth(month);
  const [current, previous] = await Promise.all([
    store.monthSummary(owner, month),
    store.monthSummary(owner, prev),
  ]);
  return {
    month,
    ...current,
    previous: { month: prev, count: previous.count, totals: previous.totals },
    changes: compareTotals(current.totals, previous.totals),
  };
}

/** GET /report?month=YYYY-MM */
export function reportRoutes(store: Store) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const { month } = parseWith(ReportQuerySchema, c.req.query());
    return c.json(await buildMonthReport(store, c.get('owner'), month), 200);
  });
}
