/** One log line per request, and its count and latency by route and status (observe/). */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../observe/logger.ts';
import type { Observability } from '../observe/observability.ts';
import type { AppEnv } from './app-env.ts';

export function requestLog(
  logger: Logger,
  { requests, latency }: Pick<Observability, 'requests' | 'latency'>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    // The matched pattern (/api/expenses/:id), never the raw path: ids would explode the label set.
    const route = c.req.routePath || 'unmatched';
    requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    latency.observe({ route }, seconds);
    logger.log(c.res.status >= 500 ? 'error' : 'info', 'request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      route,
      status: c.res.status,
      ms: Math.round(seconds * 10_000) / 10,
    });
  };
}
