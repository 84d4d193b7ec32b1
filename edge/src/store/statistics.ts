/**
 * The planner's statistics for PGlite, which has no autovacuum: without them every query is planned
 * on guesses (`user_id is null` taken for 0.5 % of the rows, so a nested loop over what is in fact
 * every row of the person). A table is analyzed when its rows changed as much as would make the
 * PostgreSQL server's autovacuum analyze it (50 rows and a tenth of the table), counted by the
 * database itself (pg_stat_user_tables), or when it grew by a tenth since its last analyze: PGlite
 * loses those counts when it closes, and a table never analyzed has no statistics at all. The
 * server (`pnpm start`) checks at start and every few minutes (jobs.ts), and a bulk write (a
 * statement or JSON import, a restore) checks after its answer. One table at a time: a capture
 * waits at most one table's analyze, which samples at most 30,000 rows whatever the table's size.
 * The PostgreSQL server's autovacuum does this itself: there, nothing is done.
 */
import type { Sql } from './sql.ts';

export interface Statistics {
  /** Analyzes the tables that changed enough since their last analyze; returns their names. */
  refresh(): Promise<string[]>;
  /**
   * A refresh after a bulk write, not awaited by it: one at a time, a second one asked meanwhile
   * runs after. One that fails is said to onError; the next check (the server's job) tries again.
   */
  soon(): void;
  /** Resolves once no refresh is under way (before the database closes). */
  idle(): Promise<void>;
}

/** PostgreSQL's autovacuum_analyze_threshold and autovacuum_analyze_scale_factor, by default. */
const THRESHOLD = 50;
const SCALE = 0.1;

/** The application's tables (schema public) that changed or grew enough since their last analyze. */
export async function tablesToAnalyze(sql: Pick<Sql, 'query'>): Promise<string[]> {
  // Counts still held by this process are written where pg_stat_user_tables reads them only when
  // it idles (at most once a second): forced, they are counted by the next statement.
  await sql.query('select pg_stat_force_next_flush()');
  const rows = await sql.query<{ name: string }>(
    `select c.relname as name
     from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     left join pg_stat_user_tables s on s.relid = c.oid
     where n.nspname = 'public' and c.relkind = 'r'
       and (coalesce(s.n_mod_since_analyze, 0) > ${THRESHOLD} + ${SCALE} * greatest(c.reltuples, 0)
            or pg_relation_size(c.oid) / current_setting('block_size')::int > (1 + ${SCALE}) * c.relpages + 1)
     order by c.relname`,
  );
  return rows.map((r) => r.name);
}

/** Analyzes what tablesToAnalyze names, one table at a time; returns their names. */
export async function analyzeChangedTables(sql: Pick<Sql, 'query'>): Promise<string[]> {
  const tables = await tablesToAnalyze(sql);
  for (const table of tables) await sql.query(`analyze public."${table.replaceAll('"', '""')}"`);
  return tables;
}

/** PGlite's statistics kept up; on the PostgreSQL server, nothing (autovacuum). */
export function createStatistics(sql: Sql, onError: (error: unknown) => void = () => {}): Statistics {
  if (sql.kind !== 'pglite') return { refresh: async () => [], soon: () => {}, idle: async () => {} };
  let running: Promise<unknown> = Promise.resolve();
  let queued = false;
  const refresh = () => {
    const next = running.then(() => analyzeChangedTables(sql));
    running = next.catch(() => {});
    return next;
  };
  return {
    refresh,
    soon: () => {
      if (queued) return;
      queued = true;
      running = running.then(() => {
        queued = false;
        return analyzeChangedTables(sql).catch(onError);
      });
    },
    idle: async () => {
      let seen: Promise<unknown> | undefined;
      while (seen !== running) {
        seen = running;
        await seen;
      }
    },
  };
}
