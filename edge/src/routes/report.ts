import {
  decimalToCents,
  type MoneyTotal,
  type MonthReport,
  previousMonth,
  ReportQuerySchema,
  signedCentsToDecimal,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { parseWith } from '../http/validate.ts';
import type { Owner, Store } from '../ports.ts';

const cents = (amount: string) => decimalToCents(amount) ?? 0;

/** This month against the previous one, per currency (never summed across currencies). */
export function compareTotals(current: MoneyTotal[], previous: MoneyTotal[]): MonthReport['changes'] {
  const currencies = [...new Set([...current, ...previous].map((t) => t.currency))].sort();
  return currencies.map((currency) => {
    const now = cents(current.find((t) => t.currency === currency)?.amount ?? '0');
    const before = cents(previous.find((t) => t.currency === currency)?.amount ?? '0');
    return {
      currency,
      amount: signedCentsToDecimal(now - before),
      percent: before === 0 ? null : Math.round(((now - before) / before) * 1000) / 10,
    };
  });
}

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
