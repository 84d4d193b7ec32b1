import { ReportQuerySchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { valid } from '../http/validate.ts';
import type { UsageStore } from '../ports.ts';
import { monthReport } from '../report/month-report.ts';

/** GET /report?month=YYYY-MM: the month's numbers. */
export function reportRoutes(deps: Parameters<typeof monthReport>[0]) {
  return new Hono<AppEnv>().get('/', valid('query', ReportQuerySchema), async (c) =>
    c.json(await monthReport(deps, c.get('owner'), c.req.valid('query').month), 200),
  );
}

/** GET /usage?month=YYYY-MM: the month's provider calls, seconds, tokens and cost. */
export function usageRoutes(usage: UsageStore) {
  return new Hono<AppEnv>().get('/', valid('query', ReportQuerySchema), async (c) => {
    const { month } = c.req.valid('query');
    return c.json(await usage.summary(c.get('owner'), month), 200);
  });
}
