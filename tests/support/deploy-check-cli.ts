/** `pnpm deploy:check …` as a person runs it: its own process, its output and exit code. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function runDeployCheck(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    // node with tsx's loader, as `pnpm deploy:check` runs tsx (without pnpm's banner lines).
    execFile(
      process.execPath,
      ['--import', 'tsx', 'edge/src/cli/deploy-check.ts', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, out: `${stdout}${stderr}` });
      },
    );
  });
}
