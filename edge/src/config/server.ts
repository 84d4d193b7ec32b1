/** The HTTP server: where it listens, what it logs, which proxies and origins it trusts, its limits. */
import * as v from 'valibot';
import { int, list, oneOf, text, textOr } from './env.ts';

export const HOST = textOr('127.0.0.1');
export const PORT = int(8787, 0, 65535);

/**
 * How many reverse proxies you run in front of the server (0 = none, `true` = 1): the client
 * address is the n-th X-Forwarded-For entry from the right (the one your nearest proxy appended;
 * entries to its left are whatever the client sent).
 */
export const TRUST_PROXY = v.pipe(
  text(),
  v.check(
    (raw) => raw === undefined || hops(raw) !== null,
    (issue) => `must be true, false or a number of proxies (0–10), got "${issue.input}"`,
  ),
  v.transform((raw) => (raw === undefined ? 0 : (hops(raw) ?? 0))),
);

function hops(raw: string): number | null {
  const value = raw.toLowerCase();
  if (value === 'false' || value === 'off') return 0;
  if (value === 'true' || value === 'on') return 1;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : null;
}

export const serverConfig = v.pipe(
  v.object({
    HOST,
    PORT,
    TRUST_PROXY,
    LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error', 'silent'], 'debug, info, warn, error or silent'),
    CORS_ORIGINS: list(v.string()),
    METRICS_TOKEN: text(),
    RATE_LIMIT_PER_MINUTE: int(60, 0, 1_000_000),
    IMPORT_RATE_LIMIT_PER_MINUTE: int(5, 0, 10_000),
    ANONYMOUS_RATE_LIMIT_PER_MINUTE: int(20, 0, 1_000_000),
    MAX_CONNECTIONS_PER_CLIENT: int(64, 0, 100_000),
    MAX_STREAMS_PER_CLIENT: int(16, 0, 100_000),
    BODY_IDLE_TIMEOUT_MS: int(30_000, 1000, 600_000),
  }),
  v.transform((env) => ({
    host: env.HOST,
    port: env.PORT,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL ?? 'info',
    /** Origins allowed to call the API cross-origin (a PWA hosted elsewhere). */
    corsOrigins: env.CORS_ORIGINS,
    /** /api/metrics asks for it (and is off in Supabase mode without it). */
    metricsToken: env.METRICS_TOKEN,
    /** Notes (voice + text) per minute per user, or per client address without auth; 0 = no limit. */
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    importsPerMinute: env.IMPORT_RATE_LIMIT_PER_MINUTE,
    /**
     * Supabase mode: notes per minute from one client address by all its anonymous users together
     * (an anonymous sign-in costs nothing, so a per-user limit alone bounds nothing); 0 = no limit.
     */
    anonymousPerMinute: env.ANONYMOUS_RATE_LIMIT_PER_MINUTE,
    /** Connections one address may hold open (Node server). */
    maxConnectionsPerClient: env.MAX_CONNECTIONS_PER_CLIENT,
    /** Live-update streams (GET /api/events) one client address may hold open, behind a proxy too; 0: none. */
    maxStreamsPerClient: env.MAX_STREAMS_PER_CLIENT,
    /** A request body that sends nothing for this long is cut (Node server). */
    bodyIdleMs: env.BODY_IDLE_TIMEOUT_MS,
  })),
);

export type ServerConfig = v.InferOutput<typeof serverConfig>;
