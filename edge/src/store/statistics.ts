/**
 * The upkeep PGlite's missing autovacuum would do: the planner's statistics (ANALYZE) and the
 * dead rows' space (VACUUM). Without statistics every query is planned on guesses (`user_id is
 * null` taken for 0.5 % of the rows, so a nested loop over what is in fact every row of the
 * person); without vacuum every edit, delete, replayed change and analyze leaves a dead row whose
 * space is never used again, and the files only grow.
 *
 * The rules are the PostgreSQL server's autovacuum's, by its defaults, counted by the database
 * itself (pg_stat_user_tables): a table is analyzed once 50 rows and a tenth of it changed, and
 * vacuumed once 50 rows and a fifth of it are dead, or 1,000 rows and a fifth of it were inserted
 * (which marks pages all-visible for index-only scans). PGlite forgets those counts when it
 * closes, so two more: a table that grew by a tenth since its last analyze is analyzed (one never
 * analyzed has no statistics at all), and a table this run of the database has not vacuumed yet
 * (`vacuum_count` 0: the counts are new) is vacuumed once, whatever it holds: the dead rows left
 * before are not counted anywhere, and a vacuum of a table without any reads it and little more.
 *
 * The server (`pnpm start`) checks at start and every few minutes (jobs.ts), and a bulk write (a
 * statement or JSON import, a restore) checks after its answer. One table at a time, each its own
 * statement: a capture waits at most one table's vacuum or analyze (analyze samples at most
 * 30,000 rows whatever the table's size). Never inside an import's transaction: PGlite runs one
 * statement at a time, and a statement asked for while a transaction is open waits for its end
 * (and VACUUM refuses to run in one). The PostgreSQL server's autovacuum does all this itself:
 * there, nothing is done.
 */
import type { Sql } from './sql.ts';

/** The tables a check vacuumed and analyzed (a table vacuumed and analyzed is in both). */
export interface Upkeep {
  vacuumed: string[];
  analyzed: string[];
}

export interface Statistics {
  /** Vacuums and analyzes the tables that changed enough since their last time; returns their names. */
  refresh(): Promise<Upkeep>;
  /**
   * A refresh after a bulk write, not awaited by it: one at a time, a second one asked meanwhile
   * runs after. One that fails is said to onError; the next check (the server's job) tries again.
   */
  soon(): void;
  /** Resolves once no refresh is under way (before the database closes). */
  idle(): Promise<void>;
}

/** autovacuum_analyze_threshold and autovacuum_analyze_scale_factor, by default. */
const ANALYZE_THRESHOLD = 50;
const ANALYZE_SCALE = 0.1;
/** autovacuum_vacuum_threshold and autovacuum_vacuum_scale_factor, by default. */
const VACUUM_THRESHOLD = 50;
const VACUUM_SCALE = 0.2;
/** autovacuum_vacuum_insert_threshold and autovacuum_vacuum_insert_scale_factor, by default. */
const INSERT_THRESHOLD = 1000;
const INSERT_SCALE = 0.2;

interface TableDue {
  name: string;
  vacuum: boolean;
  analyze: boolean;
}

/** The application's tables (schema public) due a vacuum, an analyze, or both. */
export async function tablesDue(sql: Pick<Sql, 'query'>): Promise<TableDue[]> {
  // Counts still held by this process are written where pg_stat_user_tables reads them only when
  // it idles (at most once a second): forced, they are counted by the next statement.
  await sql.query('select pg_stat_force_next_flush()');
  return sql.query<TableDue>(
    `select name, vacuum, "analyze" from (
       select c.relname as name,
         (coalesce(s.n_dead_tup, 0) > ${VACUUM_THRESHOLD} + ${VACUUM_SCALE} * greatest(c.reltuples, 0)
          or coalesce(s.n_ins_since_vacuum, 0) > ${INSERT_THRESHOLD} + ${INSERT_SCALE} * greatest(c.reltuples, 0)
          or (coalesce(s.vacuum_count, 0) = 0 and pg_relation_size(c.oid) > 0)) as vacuum,
         (coalesce(s.n_mod_since_analyze, 0) > ${ANALYZE_THRESHOLD} + ${ANALYZE_SCALE} * greatest(c.reltuples, 0)
          or pg_relation_size(c.oid) / current_setting('block_size')::int > (1 + ${ANALYZE_SCALE}) * c.relpages + 1) as "analyze"
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_stat_user_tables s on s.relid = c.oid
       where n.nspname = 'public' and c.relkind = 'r'
     ) due
     where vacuum or "analyze"
     order by name`,
  );
}

/** The tables analyze is due on (what tablesDue says). */
export async function tablesToAnalyze(sql: Pick<Sql, 'query'>): Promise<string[]> {
  return (await tablesDue(sql)).filter((t) => t.analyze).map((t) => t.name);
}

/** Vacuums and analyzes what tablesDue names, one table at a time (one statement each). */
export async function upkeepTables(sql: Pick<Sql, 'query'>): Promise<Upkeep> {
  const done: Upkeep = { vacuumed: [], analyzed: [] };
  for (const { name, vacuum, analyze } of await tablesDue(sql)) {
    const table = `public."${name.replaceAll('"', '""')}"`;
    const what = vacuum && analyze ? 'vacuum (analyze)' : vacuum ? 'vacuum' : 'analyze';
    await sql.query(`${what} ${table}`);
    if (vacuum) done.vacuumed.push(name);
    if (analyze) done.analyzed.push(name);
  }
  return done;
}

/** PGlite's upkeep kept up; on the PostgreSQL server, nothing (autovacuum). */
export function createStatistics(sql: Sql, onError: (error: unknown) => void = () => {}): Statistics {
  if (sql.kind !== 'pglite')
    return { refresh: async () => ({ vacuumed: [], analyzed: [] }), soon: () => {}, idle: async () => {} };
  let running: Promise<unknown> = Promise.resolve();
  let queued = false;
  const refresh = () => {
    const next = running.then(() => upkeepTables(sql));
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
        return upkeepTables(sql).catch(onError);
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
