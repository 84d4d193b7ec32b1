import { describe, expect, it } from 'vitest';
import { loadMigrations } from './migration-files.ts';
import { MIGRATION_VERSIONS } from './migration-versions.ts';

describe('the migration list the Supabase function is built with', () => {
  it('names every file of supabase/migrations, in order, and nothing else', () => {
    const files = loadMigrations().map((m) => m.version);
    const missing = files.filter((v) => !MIGRATION_VERSIONS.includes(v));
    expect(
      missing,
      `add ${missing.join(', ')} to edge/src/store/migration-versions.ts: the function's health compares that list with the database`,
    ).toEqual([]);
    expect(MIGRATION_VERSIONS).toEqual(files);
  });
});
