import { ReportQuerySchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { parseWith } from '../http/validate.ts';
import type { Store } from '../ports.ts';

/** GET /usage?month=YYYY-MM: the month's provider calls, seconds, tokens and cost. */
export function usageRoutes(store: Store) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const { month } = parseWith(ReportQuerySchema, c.req.query());
    return c.json(await store.usageSummary(c.get('owner'), month), 200);
  });
}
