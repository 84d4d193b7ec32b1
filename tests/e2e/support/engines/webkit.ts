/**
 * WebKit as phones have it (Safari's engine): Debian's WebKitGTK MiniBrowser, driven by its
 * WebKitWebDriver over WebDriver classic, under Xvfb, with WebKit's mock capture devices for a
 * microphone. Its network is the phone's (MiniBrowser's `--proxy`).
 *
 * Trust: WebKitGTK verifies with GnuTLS against the system bundle only, so the driver (and the
 * browser it starts) runs in a mount namespace of its own where /etc/ssl/certs/ca-certificates.crt
 * is the machine's roots plus the run's CA (`unshare -m` as root, `unshare -rm` otherwise): the
 * certificate is verified as on a phone, nothing is told to accept errors, and the machine's
 * trust is untouched.
 *
 * Airplane mode: WebDriver classic cannot set WebKit offline, and WebKitGTK takes
 * `navigator.onLine` from GLib's network monitor, which reads the routes of its network
 * namespace. So the driver and browser also get a network namespace of their own (`-n`), whose
 * only way out is netns-bridge.mjs (the proxy in, the driver out, through Unix sockets), with a
 * default route while the phone has its network: `setOffline(true)` removes the route (WebKit
 * then says offline, its `offline` event, as a phone in airplane mode) and cuts the phone's
 * network (phone-network.ts: nothing gets through, the service worker's fetches included).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../caddy.ts';
import type { PhoneNetwork } from '../phone-network.ts';
import { testCa } from '../test-ca.ts';
import { newSession, type WebDriverSession } from '../webdriver-client.ts';
import { type PhoneTab, waitFor } from './phone-tab.ts';
import { webkitTab } from './webkit-tab.ts';

export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const SYSTEM_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
const BRIDGE = fileURLToPath(new URL('netns-bridge.mjs', import.meta.url));
const AS_ROOT = process.getuid?.() === 0;

export interface WebKitPhone {
  session: WebDriverSession;
  tab: PhoneTab;
  close(): Promise<void>;
}

/** A server on this side that pipes each connection it takes to a new one made by `dial`. */
const pipeTo = (dial: () => Socket): Server =>
  createServer((client) => {
    const upstream = dial();
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).once('close', end);
    upstream.on('error', end).once('close', end);
    client.pipe(upstream).pipe(client);
  });

interface Driver {
  url: string;
  process: ChildProcess;
  /**
   * The phone's network on (`true`: its namespace's default route back, the phone network
   * restored) or off (the route taken away, the phone network cut: every connection dropped).
   */
  setNetwork(on: boolean): Promise<void>;
  stop(): void;
}

/** WebKitWebDriver in its own mount and network namespaces, reachable at `url`; its browser's proxy is `network`. */
async function startDriver(network: PhoneNetwork, env: Record<string, string>): Promise<Driver> {
  const dir = mkdtempSync(join(tmpdir(), 'vt-e2e-webkit-'));
  const [proxySocket, driverSocket, pidFile] = [
    join(dir, 'proxy.sock'),
    join(dir, 'driver.sock'),
    join(dir, 'pid'),
  ];
  const driverPort = 4444;
  const hostPort = await freePort();
  const proxyIn = pipeTo(() => connect({ port: network.port, host: '127.0.0.1' }));
  const driverOut = pipeTo(() => connect({ path: driverSocket }));
  await new Promise<void>((resolve) => proxyIn.listen(proxySocket, resolve));
  await new Promise<void>((resolve) => driverOut.listen(hostPort, '127.0.0.1', resolve));

  const ns = AS_ROOT ? ['unshare', '-m', '-n'] : ['unshare', '-r', '-m', '-n'];
  // sh: loopback up with a default route (online), the bundle bound over the system's, the bridge
  // started, its own pid written (the driver's, after exec), then become the driver.
  const script = [
    'set -e',
    'ip link set lo up',
    'ip route add default dev lo',
    'mount --bind "$1" "$2"',
    `node "$3" ${network.port} "$4" "$5" ${driverPort} &`,
    'echo $$ > "$6"',
    `exec WebKitWebDriver --port=${driverPort}`,
  ].join('\n');
  const args = [testCa().systemBundle, SYSTEM_BUNDLE, BRIDGE, proxySocket, driverSocket, pidFile];
  const child = spawn('xvfb-run', ['-a', ...ns, 'sh', '-c', script, 'sh', ...args], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TZ: 'Europe/Paris', ...env },
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    proxyIn.close();
    driverOut.close();
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${hostPort}`;
  try {
    await waitFor(
      'WebKitWebDriver',
      async () => {
        if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}):\n${log}`);
        const ready = await fetch(`${url}/status`).then(
          (r) => r.ok,
          () => false,
        );
        return ready ? true : null;
      },
      20_000,
    );
  } catch (error) {
    stop();
    throw error;
  }
  const pid = readFileSync(pidFile, 'utf8').trim();
  // Into the namespace as it was made: its user namespace too when not root.
  const enter = ['-t', pid, ...(AS_ROOT ? [] : ['-U', '--preserve-credentials']), '-n'];
  const route = (on: boolean) => ['ip', 'route', on ? 'add' : 'del', 'default', 'dev', 'lo'];
  const setNetwork = async (on: boolean) => {
    if (on) network.restore();
    else network.cut();
    await promisify(execFile)('nsenter', [...enter, ...route(on)]);
  };
  return { url, process: child, setNetwork, stop };
}

/**
 * A WebKit phone on `network`: the driver, its MiniBrowser session, the tab. `env` is the
 * browser's: `GTK_THEME=Adwaita:dark` its dark scheme (WebKitGTK answers prefers-color-scheme
 * from the GTK theme).
 */
export async function launchWebKit(
  network: PhoneNetwork,
  env: Record<string, string> = {},
): Promise<WebKitPhone> {
  const driver = await startDriver(network, env);
  try {
    const session = await newSession(driver.url, {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        args: [
          '--automation',
          '--enable-mock-capture-devices=true',
          '--enable-media-stream=true',
          `--proxy=${network.proxyUrl}`,
          '--time-zone=Europe/Paris',
        ],
      },
    });
    return {
      session,
      tab: webkitTab(session, driver),
      close: async () => {
        await session.close().catch(() => {});
        driver.stop();
      },
    };
  } catch (error) {
    driver.stop();
    throw error;
  }
}
