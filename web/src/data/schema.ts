/**
 * The phone's database, declared once: Dexie opens it with these versions (db.ts), and the first
 * screen's writer (idb-notes.ts), which runs before Dexie has loaded, creates exactly the same
 * stores with raw IndexedDB. Each version lists its new or changed stores in Dexie's syntax: the
 * primary key first (`[a+b]` compound), then the indexes (`&` unique, `*` multi-entry, `++` auto).
 */
export const DB_NAME = 'voicetrack';

export const SCHEMA: readonly Readonly<Record<string, string>>[] = [
  {
    notes: 'id, state, recordedAt',
    chunks: '[noteId+seq], noteId',
    expenses: 'id, date, clientId, status',
    meta: 'key',
  },
  // v2: edits and deletes queue beside the notes.
  { ops: 'id, state, expenseId, createdAt' },
  // v3: bank statements shared to the app wait here for the network (shared-statements.ts).
  { statements: 'id, state, sharedAt' },
  // v4: notes keep the order they were put in the outbox (`seq`): two recorded in the same
  // millisecond go in that order, not their random ids'.
  { notes: 'id, state, recordedAt, seq' },
];

/** Dexie keeps version N as IndexedDB version N × 10. */
export const IDB_VERSION = SCHEMA.length * 10;

export interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreSpec {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexSpec[];
}

/** One index of Dexie's syntax, named as Dexie names it (`[noteId+seq]` keeps its brackets). */
const parse = (spec: string): IndexSpec => {
  const name = spec.replace(/[&*]|\+\+/g, '').trim();
  const compound = /^\[(.*)\]$/.exec(name)?.[1];
  return {
    name,
    keyPath: compound ? compound.split('+') : name,
    unique: spec.includes('&'),
    multiEntry: spec.includes('*'),
  };
};

/** The stores of the last version, as Dexie creates them on a fresh database. */
export function storesOf(schema = SCHEMA): StoreSpec[] {
  const latest: Record<string, string> = Object.assign({}, ...schema);
  return Object.entries(latest).map(([name, spec]) => {
    const [primary = '', ...indexes] = spec.split(',');
    const key = parse(primary);
    return {
      name,
      keyPath: key.name === '' ? null : key.keyPath,
      autoIncrement: primary.includes('++'),
      indexes: indexes.map(parse),
    };
  });
}
