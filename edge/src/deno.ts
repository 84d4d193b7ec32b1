/**
 * Supabase Edge Function entry (Deno): the same composition root as on Node (wire.ts), served under the function's
 * name — `api` — so its routes stay `/api/...`. The schema is applied by `supabase db push`, not
 * here. Supabase gives functions SUPABASE_URL and SUPABASE_DB_URL.
 */

import { requirePushContact } from './config/push.ts';
import { readConfig } from './config.ts';
import { createBackground } from './money/background.ts';
import { createLogger } from './observe/logger.ts';
import { MIGRATION_VERSIONS } from './store/migration-versions.ts';
import { openPostgresSql } from './store/postgres-sql.ts';
import { createSqlStore } from './store/sql-store.ts';
import { wire } from './wire.ts';

declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(
    options: { port: number; hostname: string },
    handler: (request: Request) => Response | Promise<Response>,
  ): unknown;
};
/** Supabase's Edge Runtime: work that goes on after the answer is kept alive with waitUntil. */
declare const EdgeRuntime: { waitUntil(promise: Promise<unknown>): void } | undefined;

const env = Deno.env.toObject();
const config = readConfig(env);
// Pushes go to every user's phones here: a contact Apple's push service accepts is required.
requirePushContact(config);
// DATABASE_URL (a secret holding the transaction pooler's URL, port 6543) first: Supabase's own
// SUPABASE_DB_URL is the direct connection, which many short-lived function instances exhaust.
const databaseUrl = config.database.databaseUrl ?? env.SUPABASE_DB_URL;
if (!databaseUrl) throw new Error('DATABASE_URL (the pooler) or SUPABASE_DB_URL must be set');

// A small pool: each function instance serves few requests at once (postgres.js never prepares
// statements, which the pooler could not keep). The migrations are applied by `supabase db push`;
// health compares what it recorded with the versions this function was built with, so a push
// forgotten is a degraded health. No LISTEN: the PWA hears changes from Supabase Realtime.
const sql = await openPostgresSql(databaseUrl, { max: 3 });
const store = createSqlStore(sql, { versions: MIGRATION_VERSIONS }, { listen: false });
const logger = createLogger(config.server.logLevel);
// Supabase has no clock: no jobs run here (kept Telegram updates are tried again after each webhook
// update, recurring expenses are made before the answers that show money, VAPID keys on first use).
const { app } = wire(config, {
  store,
  logger,
  // Budget alerts run after the answer: the runtime must not end the instance before they are sent.
  background: createBackground(
    logger,
    typeof EdgeRuntime === 'undefined' ? undefined : (promise) => EdgeRuntime?.waitUntil(promise),
  ),
  // Supabase's gateway appends the address it saw to X-Forwarded-For, after whatever the caller
  // wrote there: the right-most entry is the caller; anything left of it is the caller's to make up.
  remoteAddress: (c) => c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() || undefined,
});

Deno.serve({ port: config.server.port, hostname: config.server.host }, app.fetch);
