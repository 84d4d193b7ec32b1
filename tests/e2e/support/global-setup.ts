/**
 * Builds the PWA once for the whole end-to-end run, exactly as `pnpm build` does — in its own
 * process, because Vitest sets NODE_ENV=test and Vite would then make a development build. Also
 * makes the folder of the migrated PGlite directory the deployed stacks copy (stack.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the e2e worker keeps the migrated PGlite directory each deployed stack copies (stack.ts). */
export const MIGRATED_DIR_ENV = 'VT_E2E_MIGRATED_DIR';

/** `vite build` of web/ with this environment, into outDir (default web/dist). */
export function buildPwa(env: Record<string, string> = {}, outDir?: string): void {
  const root = fileURLToPath(new URL('../../../web/', import.meta.url));
  execFileSync(
    fileURLToPath(new URL('../../../web/node_modules/.bin/vite', import.meta.url)),
    // The runner loader, as `pnpm build` uses: the config imports @voicetrack/shared's TypeScript.
    [
      'build',
      '--configLoader',
      'runner',
      '--logLevel',
      'warn',
      ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : []),
    ],
    { cwd: root, env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: 'inherit' },
  );
}

export default function setup(): () => void {
  // The everyday build is local mode, whatever the shell running the tests has set.
  buildPwa({ SUPABASE_URL: '', SUPABASE_PUBLISHABLE_KEY: '', SUPABASE_ANON_KEY: '', API_URL: '' });
  const migrated = mkdtempSync(join(tmpdir(), 'vt-e2e-migrated-'));
  process.env[MIGRATED_DIR_ENV] = migrated;
  return () => rmSync(migrated, { recursive: true, force: true });
}
