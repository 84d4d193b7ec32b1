/**
 * The WebKit harness when its browser is lost mid-flow (CI on f1c77a1b: « invalid session id » from
 * a flow on, and every flow after it failed in milliseconds): MiniBrowser, then WebKitWebDriver,
 * killed by their pid. The command on the lost session fails and its error names the file where
 * the driver's and the browser's output and ends were kept; relaunch() then opens a new session
 * (a new driver once the old one died) under the same tab, so the next flow has a phone.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWebKit, type WebKitPhone } from './support/engines/webkit.ts';
import { type PhoneNetwork, startPhoneNetwork } from './support/phone-network.ts';

describe('a WebKit phone whose browser is lost', () => {
  let network: PhoneNetwork;
  let phone: WebKitPhone;
  let flow = '';
  const kept: string[] = [];

  /** The error of a command on the lost session, and the record it names, read. */
  const lostOn = async (command: Promise<unknown>) => {
    const error = await command.then(
      () => expect.unreachable('the command answered on a lost session'),
      (e: Error) => e,
    );
    const where = /WebKit's session is lost: its driver's and browser's output in (\S+-lost\.txt)$/.exec(
      error.message,
    )?.[1];
    expect(where, error.message).toBeDefined();
    kept.push(where as string);
    return { error, record: readFileSync(where as string, 'utf8') };
  };

  beforeAll(async () => {
    // Records go to the run's own folder, unless a failure in this worker chose one before.
    process.env.VT_E2E_FAILURES ??= join(tmpdir(), 'webkit-lost-session');
    network = await startPhoneNetwork({});
    phone = await launchWebKit(network, {}, () => flow);
  });
  beforeEach(({ task }) => {
    flow = task.name;
  });
  afterAll(async () => {
    await phone?.close();
    await network?.close();
    for (const file of kept) rmSync(file, { force: true });
  });

  it('keeps MiniBrowser killed by its pid, its end and output named in the error, and relaunches on the same driver', async () => {
    expect(await phone.tab.evaluate(() => 1 + 1)).toBe(2);
    const { driver, browser } = phone.pids();
    process.kill(browser as number, 'SIGKILL');

    // « invalid session id », or « unknown error » when the script was sent as it died.
    const { record } = await lostOn(phone.tab.evaluate(() => 1 + 1));
    expect(phone.lost()).toBe(true);
    expect(record).toContain(`during « ${flow} », on POST /execute/async`);
    expect(record).toContain(`MiniBrowser ${browser} started`);
    expect(record).toContain(`MiniBrowser ${browser} ended by signal 9 (SIGKILL)`);
    expect(record).toContain(`WebKitWebDriver (pid ${driver}): running`);

    await phone.relaunch();
    expect(phone.lost()).toBe(false);
    expect(await phone.tab.evaluate(() => 1 + 1)).toBe(2);
    expect(phone.pids().driver).toBe(driver);
    expect(phone.pids().browser).not.toBe(browser);
  });

  it('keeps WebKitWebDriver killed by its pid, and relaunches on a new driver', async () => {
    const { driver } = phone.pids();
    process.kill(driver, 'SIGKILL');

    const { record } = await lostOn(phone.tab.url());
    expect(record).toContain(`during « ${flow} », on GET /url`);
    expect(record).not.toContain(`WebKitWebDriver (pid ${driver}): running`);

    await phone.relaunch();
    expect(phone.pids().driver).not.toBe(driver);
    await phone.tab.goto('about:blank');
    expect(await phone.tab.url()).toBe('about:blank');
  });
});
