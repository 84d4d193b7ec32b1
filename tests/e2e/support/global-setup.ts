/**
 * Builds the PWA once for the whole end-to-end run, exactly as `pnpm build` does — in its own
 * process, because Vitest sets NODE_ENV=test and Vite would then make a development build.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../../../web/', import.meta.url));
  execFileSync(
    fileURLToPath(new URL('../../../web/node_modules/.bin/vite', import.meta.url)),
    ['build', '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
}
