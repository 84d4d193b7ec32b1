import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import type { ExpenseParser, HealthStore, Transcriber } from '../ports.ts';
import { instrumentParser, instrumentTranscriber, type ProviderMetrics } from './instrument.ts';
import type { Logger } from './logger.ts';
import { type Counter, createMetrics, LATENCY_BUCKETS, type Metrics } from './metrics.ts';

export interface Observability {
  metrics: Metrics;
  notes: Counter;
  providers: ProviderMetrics;
  /** Logs one line per request and counts it by route and status. */
  middleware: MiddlewareHandler<AppEnv>;
  transcriber(t: Transcriber | null): Transcriber | null;
  parser(p: ExpenseParser | null): ExpenseParser | null;
}

export function createObservability(logger: Logger, health: HealthStore): Observability {
  const metrics = createMetrics();
  const requests = metrics.counter(
    'voicetrack_http_requests_total',
    'HTTP requests by method, route and status.',
  );
  const latency = metrics.histogram(
    'voicetrack_http_request_duration_seconds',
    'HTTP request latency by route.',
    LATENCY_BUCKETS,
  );
  const providers: ProviderMetrics = {
    calls: metrics.counter(
      'voicetrack_provider_calls_total',
      'Calls to AI providers by provider, kind and outcome.',
    ),
    seconds: metrics.histogram(
      'voicetrack_provider_call_duration_seconds',
      'AI provider call latency.',
      LATENCY_BUCKETS,
    ),
  };
  const notes = metrics.counter(
    'voicetrack_notes_processed_total',
    'Notes turned into expenses, by source and outcome.',
  );
  metrics.gauge('voicetrack_expenses_needs_review', 'Expenses waiting for review.', () =>
    health.countNeedsReview(),
  );

  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
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

  return {
    metrics,
    notes,
    providers,
    middleware,
    transcriber: (t) => (t ? instrumentTranscriber(t, providers) : null),
    parser: (p) => (p ? instrumentParser(p, providers) : null),
  };
}
