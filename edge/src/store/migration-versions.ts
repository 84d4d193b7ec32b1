/**
 * The migrations this build expects, by version: what the Supabase function's health compares with
 * `supabase_migrations.schema_migrations` (`supabase db push` records there, as our runner does).
 * The function cannot read supabase/migrations once deployed (only imported modules are bundled),
 * so the list is here, and migration-versions.test.ts fails when it differs from that folder.
 */
export const MIGRATION_VERSIONS: readonly string[] = [
  '20261124090000',
  '20261124090100',
  '20261124090200',
  '20261124090300',
  '20261124090400',
  '20261124090500',
  '20261124090600',
  '20261124090700',
  '20261125090000',
  '20261129090000',
  '20261129100000',
  '20261129110000',
  '20261129120000',
  '20261129120100',
  '20261129120200',
  '20261129130000',
  '20261129140000',
  '20261129150000',
  '20261203090000',
  '20261203110000',
  '20261204090000',
  '20261204100000',
  '20261204110000',
  '20261204120000',
  '20261204150000',
  '20261204150100',
  '20261205090000',
  '20261205100000',
  '20261206121000',
  '20261206130000',
  '20261207100000',
];
