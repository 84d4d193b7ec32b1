/**
 * Supabase Edge Function entry (Deno): the same wiring as on Node, served under the function's
 * name — `api` — so its routes stay `/api/...`. The schema is applied by `supabase db push`, not
 * here. Supabase gives functions SUPABASE_URL and SUPABASE_DB_URL.
 */
import { readConfig } from './config.ts';
import { openPostgresSql } from './store/postgres-sql.ts';
import { createSqlStore } from './store/sql-store.ts';
import { wireApp } from './wire.ts';

declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(
    options: { port: number; hostname: string },
    handler: (request: Request) => Response | Promise<Response>,
  ): unknown;
};

const env = Deno.env.toObject();
const config = readConfig(env);
const databaseUrl = env.SUPABASE_DB_URL ?? env.DATABASE_URL;
if (!databaseUrl) throw new Error('SUPABASE_DB_URL (or DATABASE_URL) must be set');

// A small pool: each function instance serves few requests at once. The migrations are applied
// by `supabase db push`: health does not compare versions here.
const store = createSqlStore(await openPostgresSql(databaseUrl, { max: 3 }), { versions: [] });
const app = wireApp(config, {
  store,
  // Supabase's gateway puts the caller's address first in X-Forwarded-For.
  remoteAddress: (c) => c.req.header('x-forwarded-for')?.split(',')[0]?.trim(),
});

Deno.serve({ port: config.port, hostname: config.host }, app.fetch);
