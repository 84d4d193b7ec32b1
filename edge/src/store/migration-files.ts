/** Reads `supabase/migrations/<timestamp>_<name>.sql` from disk (Node only: never imported by app.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Migration } from './migrate.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../supabase/migrations/', import.meta.url));
export const SUPABASE_SHIM = fileURLToPath(
  new URL('../../../supabase/local/supabase-shim.sql', import.meta.url),
);

const FILE_NAME = /^(\d{14})_([a-z0-9_]+)\.sql$/;

/** The migrations in order. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const m = FILE_NAME.exec(file);
      if (!m) throw new Error(`migration file name must be <14-digit timestamp>_<name>.sql: ${file}`);
      return { version: m[1] as string, name: m[2] as string, sql: readFileSync(join(dir, file), 'utf8') };
    });
}
