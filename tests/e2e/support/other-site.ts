/**
 * Another site on the web, as the phone's network reaches it (phone-network.ts's `route`): an
 * HTTPS server on loopback under its own name, its certificate signed by the run's CA (test-ca.ts),
 * so every engine trusts it as it trusts the deployed name, answering one page. For a link from
 * elsewhere into the app (its referrer another site's), in engines with no route interception.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PhoneNetwork } from './phone-network.ts';
import { testCa } from './test-ca.ts';

export interface OtherSite {
  /** `https://<name>/`, the page's address. */
  url: string;
  close(): Promise<void>;
}

/** A key and a certificate for `name`, signed by the run's CA (a server's: not a CA, for TLS). */
function certificateFor(name: string): { key: string; cert: string } {
  const ca = testCa();
  const dir = mkdtempSync(join(tmpdir(), 'vt-e2e-site-'));
  const [key, csr, cert, ext] = ['site.key', 'site.csr', 'site.crt', 'site.ext'].map((f) => join(dir, f)) as [
    string,
    string,
    string,
    string,
  ];
  const run = (args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  run(
    ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'].concat([
      '-subj',
      `/CN=${name}`,
      '-keyout',
      key,
      '-out',
      csr,
    ]),
  );
  writeFileSync(
    ext,
    [
      `subjectAltName=DNS:${name}`,
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
    ].join('\n'),
  );
  run(
    [
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      ca.certPath,
      '-CAkey',
      ca.keyPath,
      '-set_serial',
      `0x${Date.now().toString(16)}`,
    ].concat(['-days', '2', '-extfile', ext, '-out', cert]),
  );
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

/** Serves `html` at https://`name`/ to the phone on `network`. */
export async function startOtherSite(network: PhoneNetwork, name: string, html: string): Promise<OtherSite> {
  const server = createServer(certificateFor(name), (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  network.route(`${name}:443`, (server.address() as AddressInfo).port);
  return {
    url: `https://${name}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
