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
import { freePort } from '../../../support/free-port.ts';
import type { PhoneNetwork } from '../phone-network.ts';
import { testCa } from '../test-ca.ts';
import { newSession, SessionLostError, type WebDriverSession } from '../webdriver-client.ts';
import { type PhoneTab, waitFor } from './phone-tab.ts';
import { howItEnded, isRunning, keepLostSession, lastBrowserPid, type WatchedDriver } from './webkit-lost.ts';
import { webkitTab } from './webkit-tab.ts';

export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const SYSTEM_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
const BRIDGE = fileURLToPath(new URL('netns-bridge.mjs', import.meta.url));
const WATCHED_MINIBROWSER = fileURLToPath(new URL('minibrowser-watched.sh', import.meta.url));
const AS_ROOT = process.getuid?.() === 0;

export interface WebKitPhone {
  session: WebDriverSession;
  tab: PhoneTab;
  /** Whether a command found the session lost since it was opened. */
  lost(): boolean;
  /** A new session (and driver if need be) under the same `session` and `tab`. */
  relaunch(): Promise<void>;
  /** The driver's pid and its last MiniBrowser's: what the harness's own test kills. */
  pids(): { driver: number; browser: number | undefined };
  close(): Promise<void>;
}

/** A server on this side that pipes each connection it takes to a new one made by `dial`. */
const pipeTo = (dial: () => Socket): Server =>
  createServer((client) => {
    const upstream = dial();
    // A connection closed before its request was read leaves Node 20's fetch waiting for ever
    // (measured: the driver's first /status, asked before the bridge listened, and so any command
    // once the driver is gone): the request is let in first, then the connection closed.
    const end = () => {
      upstream.destroy();
      if (client.bytesRead > 0 || client.destroyed) return client.destroy();
      client.once('data', () => client.destroy());
      client.resume();
    };
    client.on('error', end).once('close', end);
    upstream.on('error', end).once('close', end);
    client.pipe(upstream).pipe(client);
  });

interface Driver extends WatchedDriver {
  url: string;
  process: ChildProcess;
  /**
   * The phone's network on (`true`: its namespace's default route back, the phone network
   * restored) or off (the route taken away, the phone network cut: every connection dropped).
   */
  setNetwork(on: boolean): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The driver's folder removed once nothing writes into it. Under load the browser's watcher
 * (minibrowser-watched.sh, its MiniBrowser ending after the driver) still wrote its last lines
 * there for longer than `rmSync`'s own retries (stop 54's CI: ENOTEMPTY after the file's 27 tests
 * had passed): removed again every half second for up to 15 s; a folder still written to after
 * that is left to the run's temporary folder, removed at the run's end (run-tmpdir.ts), and is
 * not a failure of the tests that ran. Any other error is.
 */
async function removeOnceQuiet(dir: string): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EBUSY') throw error;
      if (Date.now() > until) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** WebKitWebDriver in its own mount and network namespaces, reachable at `url`; its browser's proxy is `network`. */
async function startDriver(network: PhoneNetwork, env: Record<string, string>): Promise<Driver> {
  const dir = mkdtempSync(join(tmpdir(), 'vt-e2e-webkit-'));
  const [proxySocket, driverSocket, pidFile, browserLog] = [
    join(dir, 'proxy.sock'),
    join(dir, 'driver.sock'),
    join(dir, 'pid'),
    join(dir, 'browser.log'),
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
    // The browser's binary is minibrowser-watched.sh (launchWebKit), which reads the last two.
    env: {
      ...process.env,
      TZ: 'Europe/Paris',
      ...env,
      VT_MINIBROWSER: MINIBROWSER,
      VT_BROWSER_LOG: browserLog,
    },
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  });
  let ended: string | null = null;
  child.once('exit', (code, signal) => {
    ended = howItEnded(code, signal);
  });
  // The browser's watcher writes its end into browser.log after the signal (minibrowser-watched.sh):
  // the folder is removed once the driver is gone, and again if a last line lands while it is.
  const stop = async () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    proxyIn.close();
    driverOut.close();
    await removeOnceQuiet(dir);
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
    await stop();
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
  return {
    url,
    process: child,
    pid: Number(pid),
    group: child.pid ?? 0,
    output: () => log,
    ended: () => ended,
    browserLog,
    setNetwork,
    stop,
  };
}

/** A session of MiniBrowser on `driver`, its commands throwing what `onLost` makes of a lost one. */
const openSession = (
  driver: Driver,
  network: PhoneNetwork,
  onLost: (error: unknown, asked: string) => Promise<unknown>,
) =>
  newSession(
    driver.url,
    {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: WATCHED_MINIBROWSER,
        args: [
          '--automation',
          '--enable-mock-capture-devices=true',
          '--enable-media-stream=true',
          `--proxy=${network.proxyUrl}`,
          '--time-zone=Europe/Paris',
        ],
      },
    },
    onLost,
  );

/**
 * A WebKit phone on `network`: the driver, its MiniBrowser session, the tab. `env` is the
 * browser's: `GTK_THEME=Adwaita:dark` its dark scheme (WebKitGTK answers prefers-color-scheme
 * from the GTK theme). `flow` names the flow running, for the record of a session lost in it.
 *
 * A lost session (its MiniBrowser or page crashed, its driver died) is kept (webkit-lost.ts) and
 * the error of each command on it then says where; `relaunch()` opens a new session (on a new
 * driver if the old one is gone) under the same `session` and `tab`, at the tab's last size: a
 * new MiniBrowser, whose storage is new (its automation sessions are ephemeral).
 */
export async function launchWebKit(
  network: PhoneNetwork,
  env: Record<string, string> = {},
  flow: () => string = () => 'webkit',
): Promise<WebKitPhone> {
  let driver = await startDriver(network, env);
  let lost: { record: Promise<string> } | null = null;
  let generation = 0;
  // Each session's own: a command of a session relaunched since (a flow Vitest timed out, still
  // running its steps) is not the current one's loss.
  const onLostOf = (mine: number) => async (error: unknown, asked: string) => {
    if (mine !== generation) return error;
    lost ??= { record: keepLostSession(driver, flow(), error, asked) };
    const where = await lost.record.catch((e: unknown) => `not kept (${(e as Error).message})`);
    const said = error instanceof Error ? error.message : String(error);
    return new SessionLostError(
      `${said}\nWebKit's session is lost: its driver's and browser's output in ${where}`,
      {
        cause: error,
      },
    );
  };
  let current: WebDriverSession;
  try {
    current = await openSession(driver, network, onLostOf(generation));
  } catch (error) {
    await driver.stop();
    throw error;
  }
  // The tab and `session` ask whichever session is current, so a relaunch keeps them.
  const session = new Proxy({} as WebDriverSession, {
    get: (_, key: keyof WebDriverSession) => current[key],
  });
  const tab = webkitTab(session, { setNetwork: (on) => driver.setNetwork(on) });
  let size: [number, number] | null = null;
  return {
    session,
    tab: {
      ...tab,
      resize: (width, height) => {
        size = [width, height];
        return tab.resize(width, height);
      },
    },
    lost: () => lost !== null,
    pids: () => ({ driver: driver.pid, browser: lastBrowserPid(readFileSync(driver.browserLog, 'utf8')) }),
    relaunch: async () => {
      await current.close().catch(() => {});
      if (driver.ended() !== null || !isRunning(driver.pid)) {
        await driver.stop();
        driver = await startDriver(network, env);
      }
      generation += 1;
      current = await openSession(driver, network, onLostOf(generation));
      lost = null;
      if (size) await tab.resize(...size);
    },
    close: async () => {
      await current.close().catch(() => {});
      await driver.stop();
    },
  };
}
