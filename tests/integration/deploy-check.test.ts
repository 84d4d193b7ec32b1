/**
 * `pnpm deploy:check` against a Supabase-like deployment on this machine: the Deno function
 * (the real runtime) on a hosted-like database (support/hosted-supabase.ts), behind a fake of the
 * project's gateway, which also fronts a fake of Supabase Auth on the same origin, and the PWA's
 * page on a static host that applies the `_headers` a build writes. It passes on a right
 * deployment, and on each usual mistake it fails and says what to fix: API_URL ending with /api,
 * the PWA's origin missing from CORS_ORIGINS, the gateway's JWT check left on, no function
 * deployed, a function that cannot start, a migration not pushed, a PWA built for another
 * project, a project that signs sessions HS256 while it publishes ES256 keys, a token of a key
 * the project does not publish, a database that went away.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '@voicetrack/edge/store/migrate.ts';
import { loadMigrations } from '@voicetrack/edge/store/migration-files.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import { openPostgresSql } from '@voicetrack/edge/store/postgres-sql.ts';
import { connectOrigins, securityHeaders } from '@voicetrack/shared';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DenoFunction, startDenoFunction } from '../support/deno-function.ts';
import { runDeployCheck } from '../support/deploy-check-cli.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { type FakeSupabaseGateway, startFakeSupabaseGateway } from '../support/fake-supabase-gateway.ts';
import { freePort } from '../support/free-port.ts';
import { createHostedDatabase, type HostedDatabase } from '../support/hosted-supabase.ts';
import { type StaticHost, startStaticHost } from '../support/static-host.ts';

const KEY = 'sb_publishable_deploy_check';
let PWA: string;
let page: StaticHost;

/** A PWA's folder as `pnpm build` leaves it for a static host: a page, and the CSP for these URLs. */
function builtFor(apiUrl: string, supabaseUrl: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vt-dist-check-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><title>VoiceTrack</title></html>');
  const headers = securityHeaders({ connectSrc: connectOrigins([apiUrl, supabaseUrl]) });
  writeFileSync(
    join(dir, '_headers'),
    `/*\n${Object.entries(headers)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join('\n')}\n`,
  );
  return dir;
}

let db: HostedDatabase;
let gateway: FakeSupabaseGateway;
let auth: FakeSupabaseAuth;
let deno: DenoFunction;
const others: FakeSupabaseGateway[] = [];
const closers: (() => Promise<unknown>)[] = [];

/** Another gateway of the same project with `api` at `target` (or none), `verifyJwt` as given. */
async function gatewayWith(target: string | null, verifyJwt = false): Promise<FakeSupabaseGateway> {
  const g = await startFakeSupabaseGateway({ verifyJwt });
  if (target) g.deployFunction('api', target);
  g.proxyAuth(auth.url);
  others.push(g);
  return g;
}

beforeAll(async () => {
  [db, gateway] = await Promise.all([createHostedDatabase('vt_deploy_check'), startFakeSupabaseGateway()]);
  // `supabase db push`, as the project's postgres.
  const { store } = await openStore({ databaseUrl: db.url });
  await store.close();
  const users = postgres(db.url, { max: 1, onnotice: () => {} });
  closers.push(() => users.end());
  auth = await startFakeSupabaseAuth({
    publicUrl: gateway.url,
    // GoTrue writes auth.users: an anonymous sign-in makes a row.
    onUserCreated: async (id) => {
      await users`insert into auth.users (id, is_anonymous) values (${id}, true)`;
    },
  });
  gateway.proxyAuth(auth.url);
  page = await startStaticHost(builtFor(gateway.functionsUrl, gateway.url));
  PWA = page.url;
  deno = await startDenoFunction({
    DATABASE_URL: db.url,
    // Supabase's direct connection, which DATABASE_URL (the pooler) goes before: were it used,
    // the function could not start.
    SUPABASE_DB_URL: 'postgres://nobody@127.0.0.1:1/none',
    SUPABASE_URL: gateway.url,
    CORS_ORIGINS: `https://other.example, ${PWA}`,
  });
  gateway.deployFunction('api', deno.url);
}, 150_000);

afterAll(async () => {
  await deno?.stop();
  await Promise.all([gateway?.close(), auth?.close(), page?.close(), ...others.map((g) => g.close())]);
  for (const close of closers) await close();
  await db?.drop();
});

describe('pnpm deploy:check', () => {
  it('passes on a right deployment, finding the project from the functions base', async () => {
    const { code, out } = await runDeployCheck([
      gateway.functionsUrl,
      '--origin',
      PWA,
      '--publishable-key',
      KEY,
    ]);
    expect(out).toContain(`Supabase project: ${gateway.url}`);
    expect(out).toMatch(/PASS {2}API health: .*ok \(version .*, postgres, speech-to-text: none\)/);
    expect(out).toContain('note: no speech-to-text key: voice notes will wait on the phone');
    expect(out).toContain(
      `PASS  the PWA’s page: ${PWA}/ answers, and its Content-Security-Policy lets it reach ${gateway.url}`,
    );
    expect(out).toContain(`PASS  CORS from ${PWA}`);
    expect(out).toMatch(/PASS {2}Supabase signing keys \(JWKS\): .*1 key\(s\) \(ES256\)/);
    expect(out).toContain(
      'PASS  a note without a token: the function itself answered 401 missing_token, with CORS headers',
    );
    expect(out).toContain(
      'PASS  a signed-in request: GET /api/expenses with an anonymous sign-in (a new anonymous user, seen in Authentication → Users): 200, 0 expense(s) seen',
    );
    expect(out).toContain('All 6 checks passed.');
    expect(code).toBe(0);
    // Every call went through the gateway to the function and to Auth, none stopped there.
    expect(gateway.requests.filter((r) => r.upstream === 'gateway')).toEqual([]);
  });

  it('says API_URL must be the functions base when it ends with /api', async () => {
    const { code, out } = await runDeployCheck([`${gateway.functionsUrl}/api`, '--origin', PWA]);
    // The function's token check runs before its routes: /api/api/health is a 401, not a 404.
    expect(out).toContain(`FAIL  API health: ${gateway.functionsUrl}/api/api/health answered 401`);
    expect(out).toContain(
      `API_URL must be the functions base, not …/api: the app adds /api/… itself. Use ${gateway.functionsUrl}`,
    );
    expect(code).toBe(1);
  });

  it('says which origin to add to CORS_ORIGINS when the PWA is hosted elsewhere', async () => {
    const elsewhere = await startStaticHost(builtFor(gateway.functionsUrl, gateway.url));
    closers.push(() => elsewhere.close());
    const phone = elsewhere.url;
    const { code, out } = await runDeployCheck([gateway.functionsUrl, '--origin', phone]);
    expect(out).toContain('PASS  API health');
    expect(out).toContain(`PASS  the PWA’s page: ${phone}/ answers`);
    expect(out).toContain(`FAIL  CORS from ${phone}: a preflight from ${phone}`);
    expect(out).toContain('no Access-Control-Allow-Origin: the browser will refuse every call');
    expect(out).toContain(`fix: add ${phone} to CORS_ORIGINS: supabase secrets set CORS_ORIGINS=${phone}`);
    expect(out).toContain(`FAIL  a note without a token: the API refused ${phone} as another site`);
    expect(code).toBe(1);
  });

  it('says to turn the gateway JWT check off when it answers before the function', async () => {
    const strict = await gatewayWith(deno.url, true);
    const { code, out } = await runDeployCheck([strict.functionsUrl, '--origin', PWA]);
    expect(out).toContain(`FAIL  API health: ${strict.functionsUrl}/api/health answered 401`);
    expect(out).toContain(
      'set verify_jwt = false under [functions.api] in supabase/config.toml and deploy again',
    );
    expect(out).toContain('FAIL  a note without a token: ');
    expect(out).toContain("answered the gateway's 401");
    expect(code).toBe(1);
  });

  it('says to deploy the function when the project has none named api', async () => {
    const empty = await gatewayWith(null);
    const { code, out } = await runDeployCheck([empty.functionsUrl]);
    expect(out).toContain('fix: this project has no function named api: supabase functions deploy api');
    expect(out).toContain('PASS  Supabase signing keys');
    expect(code).toBe(1);
  });

  it('points at the logs and DATABASE_URL when the function fails to start', async () => {
    const broken = await gatewayWith(`http://127.0.0.1:${await freePort()}`);
    const { code, out } = await runDeployCheck([broken.functionsUrl]);
    expect(out).toContain('answered 503 ({"code":"BOOT_ERROR"');
    expect(out).toContain("fix: read the function's logs");
    expect(out).toContain('check DATABASE_URL');
    expect(code).toBe(1);
  });

  it('refuses bad arguments with exit code 2 and the usage', async () => {
    const { code, out } = await runDeployCheck([gateway.functionsUrl, '--origin', `${PWA}/`]);
    expect(out).toContain(
      `--origin must be an origin, scheme://host[:port] with no path nor trailing slash, e.g. ${PWA}`,
    );
    expect(out).toContain('usage: pnpm deploy:check URL');
    expect(code).toBe(2);
  });

  it('passes a project still on the legacy JWT secret when the function has it, and says to give it otherwise', async () => {
    const legacyAuth = await startFakeSupabaseAuth({ legacy: true });
    const legacy = await startFakeSupabaseGateway();
    others.push(legacy);
    legacy.proxyAuth(legacyAuth.url);
    const withSecret = await startDenoFunction({
      DATABASE_URL: db.url,
      SUPABASE_URL: legacy.url,
      VOICETRACK_JWT_SECRET: legacyAuth.jwtSecret,
      CORS_ORIGINS: PWA,
    });
    try {
      legacy.deployFunction('api', withSecret.url);
      const given = await runDeployCheck([legacy.functionsUrl]);
      expect(given.out).toMatch(
        /PASS {2}Supabase signing keys \(JWKS\): .*lists no signing key \(the project signs with its legacy JWT secret\), and the function verifies with it/,
      );
      expect(given.out).toContain('All 3 checks passed (3 skipped).');
      expect(given.code).toBe(0);

      // The same project, its function deployed without the secret.
      legacy.deployFunction('api', deno.url);
      const missing = await runDeployCheck([legacy.functionsUrl]);
      expect(missing.out).toContain('FAIL  Supabase signing keys (JWKS): ');
      expect(missing.out).toContain('which the function was not given');
      expect(missing.out).toContain('supabase secrets set VOICETRACK_JWT_SECRET=<the JWT secret>');
      expect(missing.code).toBe(1);
    } finally {
      await withSecret.stop();
      await legacyAuth.close();
    }
  }, 150_000);

  it('says supabase db push when the database lacks a migration the function was built with', async () => {
    const behind = await createHostedDatabase('vt_deploy_behind');
    closers.push(() => behind.drop());
    const sql = await openPostgresSql(behind.url, { max: 1 });
    await migrate(sql, loadMigrations().slice(0, -1));
    await sql.close();
    const fn = await startDenoFunction({ DATABASE_URL: behind.url, SUPABASE_URL: gateway.url });
    closers.push(() => fn.stop());
    const project = await gatewayWith(fn.url);
    const { code, out } = await runDeployCheck([project.functionsUrl]);
    expect(out).toContain('FAIL  API health: the API runs');
    expect(out).toContain('its database is degraded: unreachable, or migrations not applied');
    expect(out).toContain('fix: apply the migrations (supabase db push)');
    expect(fn.log()).toContain(`migrations not applied: ${loadMigrations().at(-1)?.version}`);
    expect(code).toBe(1);
  }, 150_000);

  it('says the page blocks the API when the PWA was built for another project', async () => {
    const stale = await startStaticHost(
      builtFor('https://old-ref.supabase.co/functions/v1', 'https://old-ref.supabase.co'),
    );
    closers.push(() => stale.close());
    const { code, out } = await runDeployCheck([gateway.functionsUrl, '--origin', stale.url]);
    expect(out).toContain(
      `FAIL  the PWA’s page: the page's Content-Security-Policy (connect-src 'self' https://old-ref.supabase.co wss://old-ref.supabase.co) blocks ${gateway.url}: the browser will refuse every call`,
    );
    expect(out).toContain(
      `fix: build the PWA for this deployment and host it again: API_URL=${gateway.functionsUrl} SUPABASE_URL=${gateway.url} pnpm build`,
    );
    expect(code).toBe(1);
  });

  it('says to give the legacy secret when the project signs sessions HS256 while it publishes ES256 keys', async () => {
    const halfway = await startFakeSupabaseAuth({ halfway: true });
    closers.push(() => halfway.close());
    const project = await startFakeSupabaseGateway();
    others.push(project);
    project.deployFunction('api', deno.url);
    project.proxyAuth(halfway.url);
    const { code, out } = await runDeployCheck([project.functionsUrl, '--publishable-key', KEY]);
    expect(out).toMatch(/PASS {2}Supabase signing keys \(JWKS\): .*1 key\(s\) \(ES256\)/);
    expect(out).toContain(
      'FAIL  a signed-in request: GET /api/expenses with an anonymous sign-in (a new anonymous user, seen in Authentication → Users) answered 401 invalid_token: the token is signed HS256 (the legacy JWT secret) while the project publishes ES256 keys',
    );
    expect(out).toContain(
      'fix: give the function the legacy secret while sessions are still signed with it: supabase secrets set VOICETRACK_JWT_SECRET=<the legacy JWT secret>',
    );
    expect(code).toBe(1);
  });

  it('names a token signed by a key the project does not publish', async () => {
    const token = await auth.token('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', { key: 'stranger' });
    const { code, out } = await runDeployCheck([gateway.functionsUrl, '--token', token]);
    expect(out).toMatch(
      /FAIL {2}a signed-in request: GET \/api\/expenses with the token given answered 401 invalid_token: the token's key \(kid [0-9a-f-]+\) is not among the 1 published key\(s\)/,
    );
    expect(code).toBe(1);
  });

  // Last: it takes the database away from the running function.
  it('says the database is degraded when the function runs but its database is gone', async () => {
    await db.drop();
    const { code, out } = await runDeployCheck([gateway.functionsUrl, '--origin', PWA]);
    expect(out).toContain('FAIL  API health: the API runs');
    expect(out).toContain('but its database is degraded');
    expect(out).toContain('supabase db push');
    expect(code).toBe(1);
  });
});
