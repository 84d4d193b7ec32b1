/**
 * `pnpm pair [--name NAME] [--person PERSON] [--json]`: a one-time code for a phone (with --person,
 * the phone speaks for that person of the server's household), from the RUNNING server (PGlite
 * allows one process: the CLI never opens the database). It reads the address and the secret
 * the server wrote in DATA_DIR (pair.json, 0600) and asks for a code; prints the code, the
 * pairing link `<PUBLIC_URL>/#pair=<code>` and a QR code of it, and, from the server's
 * /api/health, whether it has pairing off (its state, not this shell's). With --json the last line is
 * `{"code","url","expiresAt"}`. Exit 2 when no server runs, or it refuses.
 */
import { parseArgs } from 'node:util';
import { HealthSchema, PairingCodeAnswerSchema } from '@voicetrack/shared';
import { renderUnicodeCompact } from 'uqr';
import * as v from 'valibot';
import { ConfigError, readConfig } from '../config.ts';
import { PairFileError, readPairFile } from '../devices/pair-file.ts';

const fail: (message: string) => never = (message) => {
  process.stderr.write(`pair: ${message}\nusage: pnpm pair [--name NAME] [--person PERSON] [--json]\n`);
  process.exit(2);
};

let values: { name?: string | undefined; person?: string | undefined; json?: boolean | undefined } = {};
try {
  ({ values } = parseArgs({
    options: { name: { type: 'string' }, person: { type: 'string' }, json: { type: 'boolean' } },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

try {
  const config = readConfig(process.env);
  if (config.supabase) fail('in Supabase mode, people create their tokens in the app (Réglages → Appareils)');
  if (config.database.dataDir === 'memory://') fail('DATA_DIR=memory:// keeps no file to find the server by');
  const server = readPairFile(config.database.dataDir);
  let res: Response;
  try {
    res = await fetch(`${server.url}/api/pair/codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pairing-secret': server.secret },
      body: JSON.stringify({
        ...(values.name ? { name: values.name } : {}),
        ...(values.person ? { person: values.person } : {}),
      }),
    });
  } catch (error) {
    fail(
      `the server at ${server.url} did not answer (${error instanceof Error ? error.message : String(error)}): is it running?`,
    );
  }
  const body: unknown = await res.json().catch(() => null);
  const answer = v.safeParse(PairingCodeAnswerSchema, body);
  if (!res.ok || !answer.success) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message;
    fail(`the server refused (${res.status}): ${message ?? 'no answer'}`);
  }
  const { code, url, expiresAt } = answer.output;
  const until = new Date(expiresAt).toLocaleTimeString();
  // The server's own pairing state: this shell may not hold the variables it was started with
  // (TRUST_PROXY=1 set in a service file makes pairing required, whatever is set here).
  const health = v.safeParse(
    HealthSchema,
    await fetch(`${server.url}/api/health`)
      .then((r) => r.json())
      .catch(() => null),
  );
  const pairingOff = health.success && health.output.auth?.pairing === 'off';
  process.stdout.write(
    [
      `Open this link on the phone (once, before ${until}):`,
      '',
      `  ${url}`,
      '',
      renderUnicodeCompact(url, { border: 2 }),
      `Or type the code in the app: ${code}`,
      pairingOff
        ? 'Note: this server has PAIRING off (loopback only): it answers without a token anyway.'
        : '',
      '',
    ].join('\n'),
  );
  if (values.json) process.stdout.write(`${JSON.stringify({ code, url, expiresAt })}\n`);
} catch (error) {
  if (error instanceof PairFileError || error instanceof ConfigError) fail(error.message);
  throw error;
}
