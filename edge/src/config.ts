import { type DoorsConfig, readDoorsConfig } from './config-doors.ts';
import {
  type BackupConfig,
  ConfigError,
  int,
  nonEmpty,
  type PushConfig,
  type ReportConfig,
  readBackupConfig,
  readPushConfig,
  readRecurringCron,
  readReportConfig,
} from './config-ops.ts';
import type { LogLevel } from './observe/logger.ts';

/**
 * Configuration from the environment, with the SDKs' own variable names (ARCHITECTURE.md).
 * The only reader of the environment: the Node entry, the Deno entry and every CLI pass theirs
 * here and use what it returns.
 */
export type Env = Record<string, string | undefined>;
export { ConfigError };

export interface Config {
  logLevel: LogLevel;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * Live updates over LISTEN/NOTIFY (LIVE_UPDATES=listen|off). Off by default through a
   * transaction pooler (port 6543, a `pooler.` host, `pgbouncer=true`), which cannot LISTEN.
   */
  listen: boolean;
  defaultCurrency: string;
  /** Seconds a note's claim protects it while it is processed (crash recovery on Postgres). */
  captureLeaseSeconds: number;
  /** How long a repeated request waits for the first one to finish before answering 409. */
  captureWaitMs: number;
  providerTimeoutMs: number;
  /** Notes (voice + text) per minute per user, or per client address without auth; 0 = no limit. */
  rateLimitPerMinute: number;
  /** Connections one address may hold open (MAX_CONNECTIONS_PER_CLIENT; Node server). */
  maxConnectionsPerClient: number;
  /** A request body that sends nothing for this long is cut (BODY_IDLE_TIMEOUT_MS; Node server). */
  bodyIdleMs: number;
  /** Imports per minute per user (IMPORT_RATE_LIMIT_PER_MINUTE). */
  importsPerMinute: number;
  /** METRICS_TOKEN: /api/metrics asks for it (and is off in Supabase mode without it). */
  metricsToken: string | undefined;
  /** Origins allowed to call the API cross-origin (a PWA hosted elsewhere). */
  corsOrigins: string[];
  /**
   * How many reverse proxies you run in front of the server (TRUST_PROXY: 0 = none, `true` = 1):
   * the client address is the n-th X-Forwarded-For entry from the right (the one your nearest
   * proxy appended; entries to its left are whatever the client sent).
   */
  trustProxy: number;
  /** Supabase mode (multi-user, JWT-verified, RLS) when SUPABASE_URL is set. */
  supabase: {
    url: string;
    jwtSecret: string | undefined;
    /** SUPABASE_JWKS: the project's signing keys, inline (Supabase gives functions this). */
    jwks: { keys: Record<string, unknown>[] } | undefined;
    publishableKey: string | undefined;
  } | null;
  providerMaxRetries: number;
  transcription: {
    provider: 'groq' | 'openai';
    apiKey: string;
    baseURL: string | undefined;
    model: string;
  } | null;
  parser: { provider: 'groq'; apiKey: string; baseURL: string | undefined; model: string } | null;
  report: ReportConfig;
  backup: BackupConfig;
  /** Pairing, PUBLIC_URL and the Telegram bot (config-doors.ts). */
  doors: DoorsConfig;
  /** Web Push for budget alerts (VAPID_*, PUSH_ALLOWED_ORIGINS). */
  push: PushConfig;
  /** RECURRING_CRON: the Node server's schedule for recurring expenses (null: on requests only). */
  recurringCron: string | null;
}

const DEFAULT_GROQ_WHISPER = 'whisper-large-v3-turbo';
const DEFAULT_OPENAI_WHISPER = 'whisper-1';
/** llama-3.x on Groq were retired in August 2026; gpt-oss-20b is the cheap structured-output model. */
const DEFAULT_GROQ_MODEL = 'openai/gpt-oss-20b';

export function readConfig(env: Env): Config {
  const groqKey = nonEmpty(env.GROQ_API_KEY);
  const openaiKey = nonEmpty(env.OPENAI_API_KEY);
  const openaiBase = nonEmpty(env.OPENAI_BASE_URL);
  const wanted = nonEmpty(env.TRANSCRIBE_PROVIDER)?.toLowerCase();
  if (wanted && wanted !== 'groq' && wanted !== 'openai') {
    throw new ConfigError(`TRANSCRIBE_PROVIDER must be "groq" or "openai", got "${wanted}"`);
  }

  let transcription: Config['transcription'] = null;
  // A self-hosted OpenAI-compatible Whisper needs no real key: its base URL is enough.
  const openaiUsable = openaiKey ?? (openaiBase ? 'not-needed' : undefined);
  if ((wanted === 'openai' || (!wanted && !groqKey)) && openaiUsable) {
    transcription = {
      provider: 'openai',
      apiKey: openaiUsable,
      baseURL: openaiBase,
      model: nonEmpty(env.TRANSCRIBE_MODEL) ?? DEFAULT_OPENAI_WHISPER,
    };
  } else if (groqKey && wanted !== 'openai') {
    transcription = {
      provider: 'groq',
      apiKey: groqKey,
      baseURL: nonEmpty(env.GROQ_BASE_URL),
      model: nonEmpty(env.TRANSCRIBE_MODEL) ?? DEFAULT_GROQ_WHISPER,
    };
  } else if (wanted === 'openai') {
    throw new ConfigError(
      'TRANSCRIBE_PROVIDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a self-hosted Whisper)',
    );
  }

  const currency = (nonEmpty(env.DEFAULT_CURRENCY) ?? 'EUR').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    throw new ConfigError(`DEFAULT_CURRENCY must be an ISO 4217 code, got "${currency}"`);

  const logLevel = (nonEmpty(env.LOG_LEVEL) ?? 'info').toLowerCase();
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be debug, info, warn, error or silent, got "${logLevel}"`);
  }

  const dataDir = nonEmpty(env.DATA_DIR) ?? '.data';
  const host = nonEmpty(env.HOST) ?? '127.0.0.1';
  const port = int(env, 'PORT', 8787, 0, 65535);
  const report = readReportConfig(env);
  const trustProxy = readTrustProxy(env.TRUST_PROXY);
  return {
    logLevel: logLevel as LogLevel,
    port,
    host,
    dataDir,
    databaseUrl: nonEmpty(env.DATABASE_URL),
    listen: readListen(env.LIVE_UPDATES, nonEmpty(env.DATABASE_URL)),
    defaultCurrency: currency,
    captureLeaseSeconds: int(env, 'CAPTURE_LEASE_SECONDS', 60, 1, 3600),
    captureWaitMs: int(env, 'CAPTURE_WAIT_MS', 25_000, 0, 120_000),
    providerTimeoutMs: int(env, 'PROVIDER_TIMEOUT_MS', 20_000, 100, 300_000),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 60, 0, 1_000_000),
    importsPerMinute: int(env, 'IMPORT_RATE_LIMIT_PER_MINUTE', 5, 0, 10_000),
    maxConnectionsPerClient: int(env, 'MAX_CONNECTIONS_PER_CLIENT', 64, 0, 100_000),
    bodyIdleMs: int(env, 'BODY_IDLE_TIMEOUT_MS', 30_000, 1000, 600_000),
    metricsToken: nonEmpty(env.METRICS_TOKEN),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy,
    supabase: nonEmpty(env.SUPABASE_URL)
      ? {
          url: nonEmpty(env.SUPABASE_URL) as string,
          // `supabase secrets set` skips SUPABASE_* names: the function reads VOICETRACK_JWT_SECRET.
          jwtSecret: nonEmpty(env.VOICETRACK_JWT_SECRET) ?? nonEmpty(env.SUPABASE_JWT_SECRET),
          jwks: readJwks(env.SUPABASE_JWKS),
          // The new sb_publishable_ key, or the older anon key: both are public, for the PWA.
          publishableKey: nonEmpty(env.SUPABASE_PUBLISHABLE_KEY) ?? nonEmpty(env.SUPABASE_ANON_KEY),
        }
      : null,
    providerMaxRetries: int(env, 'PROVIDER_MAX_RETRIES', 2, 0, 10),
    transcription,
    parser: groqKey
      ? {
          provider: 'groq',
          apiKey: groqKey,
          baseURL: nonEmpty(env.GROQ_BASE_URL),
          model: nonEmpty(env.GROQ_MODEL) ?? DEFAULT_GROQ_MODEL,
        }
      : null,
    report,
    backup: readBackupConfig(env, dataDir),
    doors: readDoorsConfig(env, {
      host,
      port,
      supabase: nonEmpty(env.SUPABASE_URL) !== undefined,
      reportTimeZone: report.timeZone,
      trustProxy,
    }),
    push: readPushConfig(env),
    recurringCron: readRecurringCron(env),
  };
}

function readTrustProxy(raw: string | undefined): number {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === undefined || value === 'false' || value === 'off') return 0;
  if (value === 'true' || value === 'on') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10)
    throw new ConfigError(`TRUST_PROXY must be true, false or a number of proxies (0–10), got "${raw}"`);
  return n;
}

/** SUPABASE_JWKS as Supabase writes it: `{"keys":[…]}` or a bare array of keys. */
function readJwks(raw: string | undefined): { keys: Record<string, unknown>[] } | undefined {
  const text = nonEmpty(raw);
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError('SUPABASE_JWKS must be JSON: {"keys":[...]} or [...]');
  }
  const keys = Array.isArray(value) ? value : (value as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'object' && k !== null))
    throw new ConfigError('SUPABASE_JWKS must be a JSON Web Key Set: {"keys":[...]} or [...]');
  return { keys: keys as Record<string, unknown>[] };
}

function readListen(raw: string | undefined, databaseUrl: string | undefined): boolean {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === 'listen') return true;
  if (value === 'off') return false;
  if (value !== undefined) throw new ConfigError(`LIVE_UPDATES must be "listen" or "off", got "${raw}"`);
  if (!databaseUrl) return true;
  try {
    const url = new URL(databaseUrl);
    return !(
      url.port === '6543' ||
      url.hostname.includes('pooler.') ||
      url.searchParams.get('pgbouncer') === 'true'
    );
  } catch {
    return true;
  }
}
