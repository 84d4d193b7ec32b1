/** The database: PGlite in DATA_DIR (`memory://`: in memory), or PostgreSQL at DATABASE_URL. */
import * as v from 'valibot';
import { oneOf, text, textOr } from './env.ts';

export const DATA_DIR = textOr('.data');

/** A transaction pooler (Supabase's port 6543, a `pooler.` host, `pgbouncer=true`) cannot LISTEN. */
function throughPooler(databaseUrl: string | undefined): boolean {
  if (!databaseUrl) return false;
  try {
    const url = new URL(databaseUrl);
    return (
      url.port === '6543' || url.hostname.includes('pooler.') || url.searchParams.get('pgbouncer') === 'true'
    );
  } catch {
    return false;
  }
}

export const databaseConfig = v.pipe(
  v.object({
    DATA_DIR,
    DATABASE_URL: text(),
    LIVE_UPDATES: oneOf(['listen', 'off'], '"listen" or "off"'),
  }),
  v.transform((env) => ({
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    /** Live updates over LISTEN/NOTIFY: off by default through a transaction pooler. */
    listen: env.LIVE_UPDATES ? env.LIVE_UPDATES === 'listen' : !throughPooler(env.DATABASE_URL),
  })),
);

export type DatabaseConfig = v.InferOutput<typeof databaseConfig>;
