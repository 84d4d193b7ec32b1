/**
 * What the Supabase CLI reads when it deploys the function: `supabase/config.toml` keeps the
 * gateway's JWT check off for `api` (the function verifies tokens itself and answers CORS on a
 * 401), names files that exist, and the import map has no key the CLI's bundler could confuse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';

const SUPABASE_DIR = fileURLToPath(new URL('../../supabase/', import.meta.url));
const config = parse(readFileSync(resolve(SUPABASE_DIR, 'config.toml'), 'utf8'));
const functions = config.functions as Record<string, Record<string, unknown>> | undefined;
const api = functions?.api ?? {};

/**
 * Keys one of which is a string prefix of another: the CLI's bundler matches by prefix and may
 * take `@voicetrack/shared/parser` for `@voicetrack/shared` + "/parser". `x` beside `x/` is the
 * usual pair (the package, and its subpaths) and is allowed.
 */
function ambiguousKeys(imports: Record<string, string>): [string, string][] {
  const keys = Object.keys(imports);
  const out: [string, string][] = [];
  for (const a of keys)
    for (const b of keys) if (a !== b && b.startsWith(a) && b !== `${a}/`) out.push([a, b]);
  return out;
}

describe('supabase/config.toml', () => {
  it('keeps the gateway JWT check off for the api function, so it sticks across deploys', () => {
    expect(api.verify_jwt).toBe(false);
    expect(api.enabled).not.toBe(false);
    expect(typeof config.project_id).toBe('string');
  });

  it('names an entrypoint and an import map that exist (paths relative to supabase/)', () => {
    expect(api.entrypoint).toBe('./functions/api/index.ts');
    expect(existsSync(resolve(SUPABASE_DIR, String(api.entrypoint)))).toBe(true);
    expect(existsSync(resolve(SUPABASE_DIR, String(api.import_map)))).toBe(true);
  });

  it('has an import map whose local targets exist and whose keys no prefix can swallow', () => {
    const mapPath = resolve(SUPABASE_DIR, String(api.import_map));
    const { imports } = JSON.parse(readFileSync(mapPath, 'utf8')) as { imports: Record<string, string> };
    expect(ambiguousKeys(imports)).toEqual([]);
    for (const target of Object.values(imports))
      if (target.startsWith('.')) expect(existsSync(resolve(dirname(mapPath), target)), target).toBe(true);
  });

  it('finds the ambiguous key the map used to have, and lets x beside x/ be', () => {
    expect(
      ambiguousKeys({
        '@voicetrack/shared': '../../../shared/src/index.ts',
        '@voicetrack/shared/parser': '../../../shared/src/parser/index.ts',
        hono: 'npm:hono@4',
        'hono/': 'npm:/hono@4/',
      }),
    ).toEqual([['@voicetrack/shared', '@voicetrack/shared/parser']]);
  });
});
