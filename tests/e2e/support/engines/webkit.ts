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
import { newSession, WebDriverError, type WebDriverSession } from '../webdriver-client.ts';
import { chooseOption, type Name, nameMatches, type PhoneTab, type Role, waitFor } from './phone-tab.ts';

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

/** Elements that may carry each role (WebKit then says which one they really have). */
/** WebDriver's code points of the keys a flow presses. */
const KEYS = { Escape: '\uE00C' } as const;

const CANDIDATES: Record<Role, string> = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"], summary',
  // (`type=""`: Preact empties the type of an input it reuses, a share's tick become its amount.)
  textbox:
    'input:not([type]), input[type=""], input[type="text"], input[type="search"], textarea, [role="textbox"]',
  link: 'a[href], [role="link"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"], [role="switch"]',
  combobox: 'select, [role="combobox"]',
  switch: '[role="switch"]',
  radio: 'input[type="radio"], [role="radio"]',
  dialog: 'dialog, [role="dialog"]',
  region: 'section, [role="region"]',
  menuitem: '[role="menuitem"]',
};

export function webkitTab(session: WebDriverSession, driver: Pick<Driver, 'setNetwork'>): PhoneTab {
  const localName = (element: string) =>
    session.execute<string>('return arguments[0].localName;', [session.ref(element)]);
  const find = async (role: Role, name: Name, within?: string): Promise<string | null> => {
    // Within a region: the candidates inside it only.
    const region = within === undefined ? null : await find('region', within);
    if (within !== undefined && region === null) return null;
    const query =
      region === null ? session.findAll(CANDIDATES[role]) : session.findAllIn(region, CANDIDATES[role]);
    // A list redrawn while it is read: an element of the answer is gone before its handle is made.
    const elements = await query.catch((error: unknown) => {
      if (error instanceof WebDriverError && error.code === 'stale element reference') return null;
      throw error;
    });
    if (elements === null) return null;
    for (const element of elements) {
      try {
        const label = await session.computedLabel(element);
        if (!nameMatches(label, name)) continue;
        const computed = await session.computedRole(element);
        if (computed === role) return element;
        // A disclosure's <summary> (« Household » in the settings), tapped as a button: WebKit
        // computes no ARIA role for it ("").
        if (role === 'button' && computed === '' && (await localName(element)) === 'summary') return element;
        // A native <select> (« Paid by »), a combobox in Chromium's and Firefox's trees: WebKit
        // computes the pop-up button it draws ("button").
        if (role === 'combobox' && computed === 'button' && (await localName(element)) === 'select')
          return element;
      } catch {
        // Gone from the page between the two questions: not this one.
      }
    }
    return null;
  };
  return {
    engine: 'webkit',
    goto: (url) => session.navigate(url),
    reload: () => session.refresh(),
    url: () => session.currentUrl(),
    evaluate: async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => {
      const answer = await session.executeAsync<{ ok: T } | { error: string }>(
        `const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
           .then((ok) => done({ ok }), (e) => done({ error: String(e && e.stack || e) }));`,
        [arg ?? null],
      );
      if ('error' in answer) throw new Error(`in WebKit: ${answer.error}`);
      return answer.ok;
    },
    has: async (role, name) => (await find(role, name)) !== null,
    // As Playwright's actionability: an element covered for now (a toast over a row) or not yet
    // interactable is tried again until it can take the click, as a person waits for the toast.
    click: (role, name, options = {}) =>
      waitFor(`${role} ${String(name)} to take a click`, async () => {
        const element = await find(role, name, options.within);
        if (!element) return null;
        try {
          await session.click(element);
          return true;
        } catch (error) {
          if (error instanceof WebDriverError && /intercepted|not interactable|stale/.test(error.code)) {
            // WebKit's click scrolls the page, not a modal dialog's own scroll box: a button a
            // message pushed below the dialog's fold (« Save » under « Invalid currency ») is
            // brought into it in the page, as a person's finger scrolls the dialog, and tried again.
            if (error.code === 'element not interactable')
              await session
                .execute('arguments[0].scrollIntoView({ block: "center" });', [session.ref(element)])
                .catch(() => {});
            return null;
          }
          throw error;
        }
      }).then(() => {}),
    fill: async (name, text, options = {}) => {
      const box = await waitFor(`textbox "${name}"`, () => find('textbox', name));
      await session.clear(box);
      // Cleared already: nothing to type (WebDriver's send keys wants at least one).
      if (text !== '' || options.enter) await session.sendKeys(box, options.enter ? `${text}\uE007` : text);
    },
    select: async (name, option) => {
      await waitFor(`select ${name} to pick "${option}" in`, async () => {
        const select = await find('combobox', name);
        if (!select) return null;
        const chosen = await session.execute<boolean>(
          `return (${chooseOption.toString()})(arguments[0], arguments[1]);`,
          [session.ref(select), option],
        );
        return chosen || null;
      });
    },
    press: (key) => session.pressKey(KEYS[key]),
    // WebKit names a file field as a button, its label then « Choose File » (« Import a statement
    // Choose File »): it is found by its label's text, as the person reads it. WebDriver classic:
    // the path's keys sent to the field choose the file (no interactability check for a file
    // field, so its visually hidden input takes them).
    upload: async (name, path) => {
      const field = await waitFor(`file field "${name}"`, async () => {
        for (const element of await session.findAll('input[type="file"]')) {
          const label = await session.execute<string>('return arguments[0].labels[0]?.textContent ?? "";', [
            session.ref(element),
          ]);
          if (nameMatches(label, name)) return element;
        }
        return null;
      });
      await session.sendKeys(field, path);
    },
    setOffline: async (offline) => {
      await driver.setNetwork(!offline);
      // WebKit reads the monitor's change a moment later (its NetworkStateNotifier waits ~2 s).
      await waitFor(`navigator.onLine ${!offline}`, async () => {
        const online = await session.execute<boolean>('return navigator.onLine;').catch(() => null);
        return online === !offline ? true : null;
      });
    },
    close: () => session.close(),
  };
}
