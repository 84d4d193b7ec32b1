/**
 * `pnpm backup` and `pnpm restore` as a person runs them, on PGlite files and on the PostgreSQL
 * server: every row and amount equal after a restore, restoring twice adds nothing, and a
 * damaged file is refused before anything is written.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databases,
  type MigratedTemplates,
  migratedTemplates,
  NOT_BACKED_UP,
  seed,
  snapshot,
  type Target,
} from '../support/backup-fixture.ts';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';
afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

async function backup(target: Target, dir: string): Promise<string> {
  await run(TSX, ['edge/src/cli/backup.ts'], { env: { ...process.env, ...target.env, BACKUP_DIR: dir } });
  const files = readdirSync(dir).filter((f) => f.endsWith('.json.gz'));
  expect(files).toHaveLength(1);
  return join(dir, files[0] as string);
}

const restore = (target: Target, file: string) =>
  run(TSX, ['edge/src/cli/restore.ts', file], { env: { ...process.env, ...target.env } });

type Snapshot = Awaited<ReturnType<typeof snapshot>>;
type Kind = 'PGlite' | 'PostgreSQL';
let templates: MigratedTemplates;
/** A target of this kind, a copy of the file's migrated database of that kind. */
const copyOf = async (kind: Kind): Promise<Target> =>
  kind === 'PGlite' ? templates.pglite() : await templates.pg();
/**
 * A seeded source of each kind, its backup and its snapshot, made once for the file before any
 * test (so no test's timeout pays for them): the sources are only read after, so the tests that
 * restore them (into PGlite, into PostgreSQL, damaged) share them.
 */
const sources = {} as Record<Kind, { file: string; before: Snapshot }>;

beforeAll(async () => {
  templates = await migratedTemplates();
  const backedUp = async (kind: Kind) => {
    const source = await copyOf(kind);
    await seed(source);
    const file = await backup(source, mkdtempSync(join(tmpdir(), 'vt-backups-')));
    sources[kind] = { file, before: await snapshot(source) };
  };
  await Promise.all([backedUp('PGlite'), backedUp('PostgreSQL')]);
}, 180_000);

describe.each([
  ['PGlite', 'PGlite'],
  ['PostgreSQL', 'PostgreSQL'],
  ['PGlite', 'PostgreSQL'],
] as const)('backup and restore, %s to %s', (sourceKind, targetKind) => {
  it('restores every row and every amount, and a second restore adds nothing', async () => {
    const { file, before } = sources[sourceKind];
    const target = await copyOf(targetKind);
    const first = await restore(target, file);
    expect(JSON.parse(first.stdout)).toEqual({ restored: { captures: 15, expenses: 15 } });
    const after = await snapshot(target);
    expect(after).toEqual(before);
    // Seeded, so the comparison above has something to lose in each table a backup holds.
    for (const table of after.tables.filter((t) => !NOT_BACKED_UP.includes(t)))
      expect((after.rows[table] as unknown[]).length, table).toBeGreaterThan(0);
    expect(after.rows.push_vapid_keys).toEqual([expect.objectContaining({ public_key: 'backup-public' })]);
    expect(after.rows.learned_words).toEqual([
      expect.objectContaining({ phrase: 'petit zinc', category: 'dining' }),
    ]);
    expect(after.rows.expenses).toContainEqual(
      expect.objectContaining({ description: 'Hôtel', reimbursable: true }),
    );
    // The receipt's photo, byte for byte (to_jsonb writes bytea as \\x hex).
    expect(after.rows.receipt_photos).toEqual([
      expect.objectContaining({ mime_type: 'image/jpeg', bytes: '\\xffd8ffe00010010203ffd9' }),
    ]);
    expect(after.rows.expenses).toContainEqual(
      expect.objectContaining({
        category: 'travel',
        field_stamps: { category: expect.any(String) },
      }),
    );
    expect(after.rows.expenses).toContainEqual(
      expect.objectContaining({ description: 'Carrefour', bank_line_id: null }),
    );
    // Paired by hand at the bank's 42,10 €: the 40 € said kept for the undo, the line apart from Carrefour.
    expect(after.rows.expenses).toContainEqual(
      expect.objectContaining({
        description: 'Courses',
        amount: 42.1,
        bank_line_id: expect.any(String),
        amount_before_bank: expect.objectContaining({ amount: '40.00' }),
      }),
    );
    expect(after.rows.bank_lines).toContainEqual(
      expect.objectContaining({ label: 'CB CARREFOUR 28/11 CARTE 4974', kept_apart: [expect.any(String)] }),
    );
    expect(after.sum).toEqual([
      { currency: 'EUR', total: '2049.82' },
      { currency: 'USD', total: '42.00' },
    ]);
    const second = await restore(target, file);
    expect(JSON.parse(second.stdout)).toEqual({ restored: { captures: 0, expenses: 0 } });
    expect(await snapshot(target)).toEqual(before);
    // Each CLI run and each look opens a database (PGlite starts in seconds): allow a slow machine.
  }, 120_000);
});

describe('a damaged backup', () => {
  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 40)],
    ['corrupted', (b: Buffer) => Buffer.from(b.map((x, i) => (i === 200 ? x ^ 0x55 : x)))],
  ])(
    'is refused when %s, with a clear message and nothing written',
    async (_name, spoil) => {
      const { file } = sources.PGlite;
      const damaged = `${file}.damaged`;
      writeFileSync(damaged, spoil(readFileSync(file)));
      const target = await copyOf('PostgreSQL');
      const before = await snapshot(target);
      const failure = await restore(target, damaged).catch((e: { code: number; stderr: string }) => e);
      expect(failure).toMatchObject({ code: 2 });
      expect((failure as { stderr: string }).stderr).toContain('refused, nothing was written');
      expect(await snapshot(target)).toEqual(before);
    },
    120_000,
  );
});

describe('a refused restore on a machine with no database yet', () => {
  it('leaves nothing behind: no DATA_DIR, no database files', async () => {
    const home = mkdtempSync(join(tmpdir(), 'vt-restore-fresh-'));
    const dataDir = join(home, 'data');
    const damaged = join(home, 'voicetrack-20261201-120000.json.gz');
    writeFileSync(damaged, 'not a backup at all');
    const failure = await run(TSX, ['edge/src/cli/restore.ts', damaged], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('refused, nothing was written');
    expect(readdirSync(home)).toEqual(['voicetrack-20261201-120000.json.gz']);
  }, 60_000);
});
