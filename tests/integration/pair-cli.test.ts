/**
 * `pnpm pair --json` against a real server process on PGlite (which allows one process: the
 * CLI goes through the server, authenticated by the 0600 secret file the server wrote), and a
 * server told to listen off loopback without pairing, which refuses to start.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAt } from '../support/edge-app.ts';
import { type EdgeProcess, startEdgeProcess } from '../support/edge-process.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
let dir: string;
let server: EdgeProcess;

const pairCli = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'edge/src/cli/pair.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dir, ...env },
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vt-pair-'));
  server = await startEdgeProcess({
    DATA_DIR: dir,
    PAIRING: 'required',
    PUBLIC_URL: 'https://vt.example.org',
  });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('pnpm pair', () => {
  it('finds the running server through a file only its user can read', () => {
    expect(statSync(join(dir, 'pair.json')).mode & 0o777).toBe(0o600);
  });

  it('prints the link and a QR code, and with --json ends on {code, url, expiresAt}', async () => {
    const { stdout } = await pairCli(['--name', 'Pixel de Marie', '--json']);
    const lines = stdout.trimEnd().split('\n');
    const last = JSON.parse(lines.at(-1) ?? '') as { code: string; url: string; expiresAt: string };
    expect(Object.keys(last)).toEqual(['code', 'url', 'expiresAt']);
    expect(last.url).toBe(`https://vt.example.org/#pair=${last.code}`);
    expect(stdout).toContain(last.url);
    expect(stdout).toMatch(/[▀▄█]{10}/);

    const api = apiAt(server.url);
    expect((await api.expenses.$get({ query: {} })).status).toBe(401);
    const paired = await api.pair.$post({ json: { code: last.code } });
    expect(paired.status).toBe(201);
    const { token, name } = await paired.json();
    expect(name).toBe('Pixel de Marie');
    const list = await api.expenses.$get({ query: {} }, { headers: { authorization: `Bearer ${token}` } });
    expect(list.status).toBe(200);
  });

  it('says what the server requires, not what its own shell would (PAIRING, TRUST_PROXY set for the server only)', async () => {
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health.auth).toEqual({ mode: 'local', legacySecret: false, pairing: 'required' });
    // `pnpm pair` run in a shell that has none of the server's variables.
    const { stdout } = await pairCli([], { TRUST_PROXY: '', PAIRING: '' });
    expect(stdout).not.toContain('PAIRING is off');
    expect(stdout).toContain('Or type the code in the app');
  });

  it('says pairing is off when the server has it off, whatever the shell running it sets', async () => {
    const dir3 = mkdtempSync(join(tmpdir(), 'vt-pair-off-'));
    const open = await startEdgeProcess({ DATA_DIR: dir3, PAIRING: 'off' });
    try {
      const health = await (await fetch(`${open.url}/api/health`)).json();
      expect(health.auth.pairing).toBe('off');
      const { stdout } = await pairCli([], { DATA_DIR: dir3, TRUST_PROXY: '1' });
      expect(stdout).toContain('Note: this server has PAIRING off');
    } finally {
      await open.stop();
      rmSync(dir3, { recursive: true, force: true });
    }
  }, 120_000);

  it('says plainly when no server runs, and exits 2', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'vt-nopair-'));
    try {
      await expect(pairCli(['--json'], { DATA_DIR: empty })).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining('no running server found'),
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('is gone with the server: the file is removed when it stops', async () => {
    await server.stop();
    expect(existsSync(join(dir, 'pair.json'))).toBe(false);
  });
});

describe('a server off loopback', () => {
  it('refuses to start with PAIRING=off, saying why (exit 2)', async () => {
    await expect(startEdgeProcess({ HOST: '0.0.0.0', PAIRING: 'off' })).rejects.toThrow(
      /edge exited with 2: Configuration error: PAIRING=off is refused with HOST=0\.0\.0\.0/,
    );
  });
});
