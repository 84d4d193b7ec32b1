/**
 * The Firefox harness when its browser is lost mid-flow, as webkit-lost-session.test.ts for WebKit:
 * Firefox killed by its pid, the next step fails naming the file where its output and end were
 * kept, and relaunch() starts another Firefox under the same tab.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FirefoxPhone, launchFirefox } from './support/engines/firefox.ts';
import { type PhoneNetwork, startPhoneNetwork } from './support/phone-network.ts';

describe('a Firefox phone whose browser is lost', () => {
  let network: PhoneNetwork;
  let phone: FirefoxPhone;
  let flow = '';
  const kept: string[] = [];

  beforeAll(async () => {
    // Records go to the run's own folder, unless a failure in this worker chose one before.
    process.env.VT_E2E_FAILURES ??= join(tmpdir(), 'firefox-lost-browser');
    network = await startPhoneNetwork({});
    phone = await launchFirefox(network, 'fr-FR', 'light', () => flow);
  });
  beforeEach(({ task }) => {
    flow = task.name;
  });
  afterAll(async () => {
    await phone?.close();
    await network?.close();
    for (const file of kept) rmSync(file, { force: true });
  });

  it('keeps Firefox killed by its pid, its end and output named in the error, and relaunches another', async () => {
    expect(await phone.tab.evaluate(() => 1 + 1)).toBe(2);
    const first = phone.browser;
    const pid = first.process()?.pid as number;
    const gone = new Promise((resolve) => first.process()?.once('exit', resolve));
    process.kill(pid, 'SIGKILL');
    await gone;

    const error = await phone.tab
      .evaluate(() => 1 + 1)
      .then(
        () => expect.unreachable('the step answered with its Firefox gone'),
        (e: Error) => e,
      );
    const where = /Firefox is lost: its output and how it ended in (\S+-lost\.txt)$/.exec(error.message)?.[1];
    expect(where, error.message).toBeDefined();
    kept.push(where as string);
    const record = readFileSync(where as string, 'utf8');
    expect(record).toContain(`during « ${flow} »`);
    expect(record).toContain(`Firefox (pid ${pid}): ended by SIGKILL`);
    expect(phone.lost()).toBe(true);

    await phone.relaunch();
    expect(phone.lost()).toBe(false);
    expect(phone.browser).not.toBe(first);
    expect(await phone.tab.evaluate(() => 1 + 1)).toBe(2);
  });
});
