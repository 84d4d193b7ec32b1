/**
 * Supabase Edge Function entry (Deno): the same Hono app as on Node, served under the function's
 * name — `api` — so its routes stay `/api/...`. Only wiring. The schema is applied by
 * `supabase db push`, not here. Supabase gives functions SUPABASE_DB_URL and SUPABASE_URL.
 */
import { createApp } from '../../../edge/src/app.ts';
import { readConfig } from '../../../edge/src/config.ts';
import { createLogger } from '../../../edge/src/observe/logger.ts';
import { openProviders } from '../../../edge/src/providers/open-providers.ts';
import { openPostgresSql } from '../../../edge/src/store/postgres-sql.ts';
import { createSqlStore } from '../../../edge/src/store/sql-store.ts';

const env = Deno.env.toObject();
const config = readConfig(env);
const databaseUrl = env.SUPABASE_DB_URL ?? env.DATABASE_URL;
if (!databaseUrl) throw new Error('SUPABASE_DB_URL (or DATABASE_URL) must be set');

// A small pool: each function instance serves few requests at once, through Supabase's pooler.
const store = createSqlStore(await openPostgresSql(databaseUrl, { max: 3 }), []);
const { transcriber, parser } = openProviders(config);
const app = createApp({
  store,
  transcriber,
  parser,
  defaultCurrency: config.defaultCurrency,
  captureLeaseSeconds: config.captureLeaseSeconds,
  captureWaitMs: config.captureWaitMs,
  logger: createLogger(config.logLevel),
  rateLimitPerMinute: config.rateLimitPerMinute,
  corsOrigins: config.corsOrigins,
  connectSrc: config.supabase ? [config.supabase.url] : [],
  // Supabase's gateway puts the caller's address first in X-Forwarded-For.
  clientAddress: (c) => c.req.header('x-forwarded-for')?.split(',')[0]?.trim(),
  auth: config.supabase ? { supabaseUrl: config.supabase.url, jwtSecret: config.supabase.jwtSecret } : null,
});

Deno.serve({ port: config.port, hostname: config.host }, app.fetch);
