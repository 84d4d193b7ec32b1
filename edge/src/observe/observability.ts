/**
 * The metrics /api/metrics shows: requests (counted by http/request-log.ts), notes, provider calls
 * (instrumented here) and the expenses waiting for review.
 */
import type { ExpenseParser, HealthStore, Transcriber } from '../ports.ts';
import { instrumentParser, instrumentTranscriber, type ProviderMetrics } from './instrument.ts';
import { type Counter, createMetrics, type Histogram, LATENCY_BUCKETS, type Metrics } from './metrics.ts';

export interface Observability {
  metrics: Metrics;
  /** HTTP requests by method, route and status, and their latency by route. */
  requests: Counter;
  latency: Histogram;
  notes: Counter;
  providers: ProviderMetrics;
  transcriber(t: Transcriber | null): Transcriber | null;
  parser(p: ExpenseParser | null): ExpenseParser | null;
}

export function createObservability(health: HealthStore): Observability {
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

  return {
    metrics,
    requests,
    latency,
    notes,
    providers,
    transcriber: (t) => (t ? instrumentTranscriber(t, providers) : null),
    parser: (p) => (p ? instrumentParser(p, providers) : null),
  };
}
