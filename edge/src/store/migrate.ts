import type { Sql } from './sql.ts';

/** Web-standard: the files are read by migration-files.ts (Node); this only applies them. */
export interface Migration {
  /** The timestamp prefix of the file name, as `supabase db push` records it. */
  version: string;
  name: string;
  sql: string;
}

/**
 * Applies the pending migrations in order, in one transaction, and records them in the same
 * table the Supabase CLI uses, so `supabase db push` and this runner agree on what is applied.
 * An advisory lock keeps two servers starting at once from applying the same file twice.
 */
export async function migrate(sql: Sql, migrations: readonly Migration[]): Promise<string[]> {
  await sql.exec(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (
      version text primary key,
      statements text[],
      name text
    );
  `);
  return sql.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(7263001)`);
    const rows = await tx.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations',
    );
    const applied = new Set(rows.map((r) => r.version));
    const done: string[] = [];
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)', [
        m.version,
        m.name,
      ]);
      done.push(`${m.version}_${m.name}`);
    }
    return done;
  });
}
