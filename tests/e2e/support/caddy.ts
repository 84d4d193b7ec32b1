/**
 * Debian's Caddy in front of the server, with the site block of ops/Caddyfile itself (TLS for the
 * public name, `reverse_proxy` to the server on loopback with `flush_interval -1` for the change
 * stream, no `encode`): the file a person deploys is the one the suite runs behind. Only what a
 * test run needs is changed (ops' global options are kept: `grace_period`): the site's name and a free port, a certificate the run's CA
 * signed (test-ca.ts) instead of a public one — loaded from files, so Caddy obtains none at start
 * (Caddy 2.6's storage cleaning at start once deleted a certificate it was still saving and the
 * site never served: a CI failure at b068f77), the server's port, no admin endpoint, nothing installed
 * in the machine's trust.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { freePorts } from '../../support/free-port.ts';
import { testCa } from './test-ca.ts';

export interface Caddy {
  /** The HTTPS port on 127.0.0.1. */
  port: number;
  stop(): Promise<void>;
}

export const OPS_CADDYFILE = new URL('../../../ops/Caddyfile', import.meta.url);
// The site's first line and its upstream, as lines of their own (a comment may name them too).
const OPS_SITE = /^voicetrack\.example\.org \{$/m;
const OPS_UPSTREAM = /^(\s*)reverse_proxy 127\.0\.0\.1:8787 \{$/m;
// The global options' block, the file's first line that is only `{`, to the first only `}`.
const OPS_GLOBAL = /^\{\n([\s\S]*?)^\}$/m;

/** ops/Caddyfile for this run: its global options replaced, its site and upstream moved. */
export function caddyfile(o: {
  name: string;
  port: number;
  httpPort: number;
  upstream: number;
  storage: string;
}) {
  const ops = readFileSync(OPS_CADDYFILE, 'utf8');
  const site = ops.search(OPS_SITE);
  if (site < 0 || !OPS_UPSTREAM.test(ops))
    throw new Error(
      'ops/Caddyfile no longer has its site and upstream lines as caddy.ts expects: update one of them',
    );
  const signed = testCa().siteFor(o.name);
  const opsGlobal = (OPS_GLOBAL.exec(ops)?.[1] ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    .join('\n');
  const global = `{
${opsGlobal}
	admin off
	skip_install_trust
	storage file_system ${o.storage}
	http_port ${o.httpPort}
	auto_https disable_redirects
}

`;
  return (
    global +
    ops
      .slice(site)
      .replace(OPS_SITE, `${o.name}:${o.port} {\n\ttls ${signed.certPath} ${signed.keyPath}`)
      .replace(OPS_UPSTREAM, `$1reverse_proxy 127.0.0.1:${o.upstream} {`)
  );
}

/** Whether a TLS handshake for `name` on the port succeeds with the run's CA. */
function handshakes(port: number, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, servername: name, ca: testCa().certPem }, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts Caddy for https://`name` on a free port, proxying to `upstreamPort`; resolves once it serves. */
export async function startCaddy(name: string, upstreamPort: number): Promise<Caddy> {
  const dir = mkdtempSync(join(tmpdir(), 'vt-e2e-caddy-'));
  const [port = 0, httpPort = 0] = await freePorts(2);
  const config = join(dir, 'Caddyfile');
  writeFileSync(
    config,
    caddyfile({ name, port, httpPort, upstream: upstreamPort, storage: join(dir, 'storage') }),
  );
  const env = {
    ...process.env,
    HOME: dir,
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CONFIG_HOME: join(dir, 'config'),
  };
  const child: ChildProcess = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  while (!(await handshakes(port, name))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`Caddy did not serve https://${name}:${port}:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, stop };
}
