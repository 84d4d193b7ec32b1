/**
 * Keys never reach the browser: the PWA built with every secret set in the environment holds
 * none of them in web/dist.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SECRETS = {
  GROQ_API_KEY: 'gsk_DUMMYgroqKEY0000000000000000000000000000000000',
  OPENAI_API_KEY: 'sk-DUMMYopenaiKEY000000000000000000000000000000',
  SUPABASE_JWT_SECRET: 'DUMMY-jwt-secret-with-at-least-32-characters-0000',
  VOICETRACK_JWT_SECRET: 'DUMMY-voicetrack-jwt-secret-at-least-32-chars-00',
  METRICS_TOKEN: 'DUMMYmetricsTOKEN0000000000',
  SUPABASE_SERVICE_ROLE_KEY: 'sb_secret_DUMMYserviceROLE00000000000000',
  DATABASE_URL: 'postgres://voicetrack:DUMMYdbPASSWORD@db.example:5432/postgres',
  SMTP_URL: 'smtp://user:DUMMYsmtpPASSWORD@mail.example:587',
  TELEGRAM_BOT_TOKEN: '123456:DUMMYtelegramTOKEN000000000000000',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the PWA bundle', () => {
  it('contains none of the server secrets set at build time', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'vt-dist-'));
    execFileSync(
      fileURLToPath(new URL('../../web/node_modules/.bin/vite', import.meta.url)),
      // The runner loader, as `pnpm build`: the config imports @voicetrack/shared's TypeScript.
      ['build', '--configLoader', 'runner', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
      {
        cwd: fileURLToPath(new URL('../../web/', import.meta.url)),
        env: { ...process.env, ...SECRETS, NODE_ENV: 'production' },
      },
    );
    const built = files(outDir);
    expect(built.some((f) => f.endsWith('.js'))).toBe(true);
    for (const file of built) {
      const text = readFileSync(file, 'latin1');
      for (const [name, value] of Object.entries(SECRETS)) {
        expect(text.includes(value), `${name} found in ${file}`).toBe(false);
        expect(text.includes('DUMMY'), `a secret fragment found in ${file}`).toBe(false);
      }
    }
  }, 120_000);
});
