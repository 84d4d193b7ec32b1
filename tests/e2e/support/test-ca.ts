/**
 * The run's own certificate authority, made once per test process with openssl: it signs the
 * deployed name's certificate (`siteFor`, which Caddy serves), and each engine trusts it the way a person
 * would install a root on their machine — nothing is told to ignore certificate errors:
 * - Chromium and Firefox read an NSS database (`certutil`): Chromium's under `$HOME/.pki/nssdb`
 *   (the browser is started with HOME set to `chromiumHome`), Firefox's in its profile.
 * - WebKitGTK reads the system bundle (GnuTLS, /etc/ssl/certs/ca-certificates.crt) with no way to
 *   add to it per process: its driver runs in a mount namespace where that path is `systemBundle`
 *   (the machine's roots and this one), see webkit.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCa {
  dir: string;
  certPath: string;
  keyPath: string;
  /** The root in PEM, for Node's own TLS (the tests' API client). */
  certPem: string;
  /** A HOME whose NSS database trusts the root (Chromium on Linux). */
  chromiumHome: string;
  /** The machine's CA bundle with the root appended (WebKitGTK's view of /etc/ssl/certs). */
  systemBundle: string;
  /** An NSS database in `profileDir` trusting the root (a Firefox profile). */
  trustIn(profileDir: string): void;
  /** A certificate for the DNS name `name`, signed by the root (made once per name), and its key. */
  siteFor(name: string): { certPath: string; keyPath: string };
}

const SYSTEM_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
let made: TestCa | undefined;

function nssTrust(dbDir: string, certPath: string): void {
  execFileSync('certutil', ['-N', '-d', `sql:${dbDir}`, '--empty-password']);
  execFileSync('certutil', [
    '-A',
    '-d',
    `sql:${dbDir}`,
    '-t',
    'C,,',
    '-n',
    'VoiceTrack test run',
    '-i',
    certPath,
  ]);
}

/**
 * This process's CA (made at the first call; removed when the process exits, or under Vitest, whose
 * workers end without 'exit', with the run's temporary folder: tests/support/run-tmpdir.ts).
 */
export function testCa(): TestCa {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'vt-e2e-ca-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const certPath = join(dir, 'root.crt');
  const keyPath = join(dir, 'root.key');
  const x509 = [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-days',
    '2',
  ];
  const asCa = [
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ];
  const subject = ['-subj', '/CN=VoiceTrack test run CA'];
  execFileSync('openssl', [...x509, ...subject, ...asCa, '-keyout', keyPath, '-out', certPath], {
    stdio: 'pipe',
  });
  const certPem = readFileSync(certPath, 'utf8');
  const chromiumHome = join(dir, 'chromium-home');
  const nssDir = join(chromiumHome, '.pki', 'nssdb');
  mkdirSync(nssDir, { recursive: true });
  nssTrust(nssDir, certPath);
  const systemBundle = join(dir, 'ca-certificates.crt');
  const machineRoots = existsSync(SYSTEM_BUNDLE) ? readFileSync(SYSTEM_BUNDLE, 'utf8') : '';
  writeFileSync(systemBundle, `${machineRoots}\n${certPem}`);
  const sites = new Map<string, { certPath: string; keyPath: string }>();
  const siteFor = (name: string) => {
    const known = sites.get(name);
    if (known) return known;
    const site = { certPath: join(dir, `${name}.crt`), keyPath: join(dir, `${name}.key`) };
    const asSite = ['-addext', `subjectAltName=DNS:${name}`, '-addext', 'basicConstraints=CA:FALSE'];
    const signed = ['-CA', certPath, '-CAkey', keyPath, '-subj', `/CN=${name}`];
    execFileSync('openssl', [...x509, ...signed, ...asSite, '-keyout', site.keyPath, '-out', site.certPath], {
      stdio: 'pipe',
    });
    sites.set(name, site);
    return site;
  };
  made = {
    dir,
    certPath,
    keyPath,
    certPem,
    chromiumHome,
    systemBundle,
    trustIn: (profileDir) => nssTrust(profileDir, certPath),
    siteFor,
  };
  return made;
}
