/**
 * `pnpm deploy:check` against a Supabase-like deployment on this machine: the Deno function
 * (the real runtime) behind a fake of the project's gateway, which also fronts a fake of Supabase
 * Auth on the same origin. It passes on a right deployment, and on each usual mistake it fails
 * and says what to fix: API_URL ending with /api, the PWA's origin missing from CORS_ORIGINS,
 * the gateway's JWT check left on, no function deployed, a function that cannot start, a database
 * that went away.
 */
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DenoFunction, freePort, startDenoFunction } from '../support/deno-function.ts';
import { runDeployCheck } from '../support/deploy-check-cli.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { type FakeSupabaseGateway, startFakeSupabaseGateway } from '../support/fake-supabase-gateway.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';

const PWA = 'https://voicetrack.example';

let db: TestDatabase;
let gateway: FakeSupabaseGateway;
let auth: FakeSupabaseAuth;
let deno: DenoFunction;
const others: FakeSupabaseGateway[] = [];

/** Another gateway of the same project with `api` at `target` (or none), `verifyJwt` as given. */
async function gatewayWith(target: string | null, verifyJwt = false): Promise<FakeSupabaseGateway> {
  const g = await startFakeSupabaseGateway({ verifyJwt });
  if (target) g.deployFunction('api', target);
  g.proxyAuth(auth.url);
  others.push(g);
  return g;
}

beforeAll(async () => {
  [db, gateway] = await Promise.all([createTestDatabase('vt_deploy_check'), startFakeSupabaseGateway()]);
  auth = await startFakeSupabaseAuth({ publicUrl: gateway.url });
  gateway.proxyAuth(auth.url);
  const { store } = await openStore({ databaseUrl: db.url });
  await store.close();
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
  await Promise.all([gateway?.close(), auth?.close(), ...others.map((g) => g.close())]);
  await db?.drop();
});

describe('pnpm deploy:check', () => {
  it('passes on a right deployment, finding the project from the functions base', async () => {
    const { code, out } = await runDeployCheck([gateway.functionsUrl, '--origin', PWA]);
    expect(out).toContain(`Supabase project: ${gateway.url}`);
    expect(out).toMatch(/PASS {2}API health: .*ok \(version .*, postgres, speech-to-text: none\)/);
    expect(out).toContain('note: no speech-to-text key: voice notes will wait on the phone');
    expect(out).toContain(`PASS  CORS from ${PWA}`);
    expect(out).toMatch(/PASS {2}Supabase signing keys \(JWKS\): .*1 key\(s\) \(ES256\)/);
    expect(out).toContain(
      'PASS  a note without a token: the function itself answered 401 missing_token, with CORS headers',
    );
    expect(out).toContain('All 4 checks passed.');
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
    const { code, out } = await runDeployCheck([gateway.functionsUrl, '--origin', 'https://phone.example']);
    expect(out).toContain('PASS  API health');
    expect(out).toContain('FAIL  CORS from https://phone.example: a preflight from https://phone.example');
    expect(out).toContain('no Access-Control-Allow-Origin: the browser will refuse every call');
    expect(out).toContain(
      'fix: add https://phone.example to CORS_ORIGINS: supabase secrets set CORS_ORIGINS=https://phone.example',
    );
    expect(out).toContain(
      'FAIL  a note without a token: the API refused https://phone.example as another site',
    );
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
      const given = await runDeployCheck([legacy.functionsUrl, '--origin', PWA]);
      expect(given.out).toMatch(
        /PASS {2}Supabase signing keys \(JWKS\): .*lists no signing key \(the project signs with its legacy JWT secret\), and the function verifies with it/,
      );
      expect(given.out).toContain('All 4 checks passed.');
      expect(given.code).toBe(0);

      // The same project, its function deployed without the secret.
      legacy.deployFunction('api', deno.url);
      const missing = await runDeployCheck([legacy.functionsUrl, '--origin', PWA]);
      expect(missing.out).toContain('FAIL  Supabase signing keys (JWKS): ');
      expect(missing.out).toContain('which the function was not given');
      expect(missing.out).toContain('supabase secrets set VOICETRACK_JWT_SECRET=<the JWT secret>');
      expect(missing.code).toBe(1);
    } finally {
      await withSecret.stop();
      await legacyAuth.close();
    }
  }, 150_000);

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
