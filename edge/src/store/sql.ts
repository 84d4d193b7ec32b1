/**
 * The few things the store needs from a Postgres connection, so one store serves PGlite and
 * the PostgreSQL server alike. Rows come back as plain objects; every value the store reads
 * is cast to text in SQL, so both drivers return the same strings.
 */
export type SqlParam = string | number | boolean | null;

/** A boolean column as either driver hands it back: true, or its text 't' / 'true'. */
export const sqlBool = (value: boolean | string): boolean =>
  value === true || value === 't' || value === 'true';

export interface SqlTx {
  query<T extends object>(text: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Runs a script of several statements (migrations). */
  exec(script: string): Promise<void>;
}

export interface Sql extends SqlTx {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: all or nothing. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  /** LISTEN on a channel; returns the way to stop. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
