/**
 * One phone of an engine on a deployed stack, for a whole file: launched (launchPhone), put back
 * after a failed flow as a person finds it on opening the app again, what it showed kept first
 * (failure-record.ts). The flows registered on it (core-flows.ts and the *-flow.ts beside it) read
 * what the ones before them saved.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser } from '../harness.ts';
import type { PhoneNetwork } from '../phone-network.ts';
import { type Stack, startStack } from '../stack.ts';
import { CaptureScreen, type Lang } from './capture-screen.ts';
import { chromiumTab } from './chromium-tab.ts';
import { recordFailure } from './failure-record.ts';
import { launchFirefox } from './firefox.ts';
import { type EngineName, type PhoneTab, withStepTimes } from './phone-tab.ts';
import { launchWebKit } from './webkit.ts';

export interface Phone {
  tab: PhoneTab;
  /** Whether its browser was lost (WebKit: its session), kept by its engine's harness. */
  lost?(): boolean;
  /** Its browser started again under the same tab: a new browser, its storage empty. */
  relaunch?(): Promise<void>;
  close(): Promise<void>;
}

/** A phone of `engine` on `network`; `flow` names the flow running, for what its harness keeps. */
export async function launchPhone(
  engine: EngineName,
  network: PhoneNetwork,
  locale: string,
  flow?: () => string,
): Promise<Phone> {
  if (engine === 'firefox') return launchFirefox(network, locale, 'light', flow);
  if (engine === 'webkit') return launchWebKit(network, {}, flow);
  const browser = await launchBrowser();
  const context = await browser.newContext({
    locale,
    timezoneId: 'Europe/Paris',
    permissions: ['microphone'],
    proxy: { server: network.proxyUrl },
  });
  return { tab: chromiumTab(await context.newPage()), close: () => browser.close() };
}

export interface PhoneOnStack {
  stack: Stack;
  /** The phone's own network: `cut()` drops its connections (the change stream's too). */
  network: PhoneNetwork;
  phone: Phone;
  app: CaptureScreen;
}

/**
 * A deployed stack and one phone of `engine` on it for the whole file (not paired yet: its first
 * step is `app.pair(await stack.deployment.pairingLink())`), both closed after it. For a flow in
 * one engine only; a flow for all three goes into describeCoreFlows.
 */
export function usePhone(
  engine: EngineName,
  lang: Lang = 'fr',
  env: Record<string, string> = {},
): PhoneOnStack {
  const held = {} as PhoneOnStack;
  let flow = 'launch';
  beforeAll(async () => {
    held.stack = await startStack(env);
    held.network = await (held.stack.deployment as NonNullable<Stack['deployment']>).phoneNetwork();
    const phone = await launchPhone(engine, held.network, lang === 'fr' ? 'fr-FR' : 'en-US', () => flow);
    held.phone = { ...phone, tab: withStepTimes(phone.tab) };
    held.app = new CaptureScreen(held.phone.tab, lang);
  });
  beforeEach(({ task }) => {
    flow = task.name;
  });
  // One failed flow stays one failure: after it, the phone is put back as a person finds it on
  // opening the app again (afterAFailure), once what it showed is kept (recordFailure); a green
  // flow leaves it as the next one expects.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !held.phone) return;
    await recordFailure(held.phone.tab, task.name);
    await afterAFailure(held);
  });
  afterAll(async () => {
    await held.phone?.close();
    await held.stack?.stop();
  });
  return held;
}

/**
 * The phone after a flow failed half-way (a tap lost under load, a wait run out): its signal back
 * (airplane mode off, its network's tunnels let through) and the app's first page loaded afresh, so
 * no dialog, screen, held `fetch` or mark of that flow is left for the next. Its data stay: the
 * flows after it read what the ones before saved. (A flow that ran out of time may still be
 * running its steps: Vitest does not stop it.)
 *
 * A phone whose browser was lost (its harness kept why, and the flow's error says where) is
 * relaunched and paired again, as a person whose phone lost the app's data pairs it anew: the
 * server keeps what the flows before saved, so one crash fails one flow, not every one after it.
 */
async function afterAFailure({ network, phone, app, stack }: PhoneOnStack): Promise<void> {
  network.restore();
  const relaunched = phone.lost?.() === true && phone.relaunch !== undefined;
  if (relaunched) await phone.relaunch?.();
  // Only when in airplane mode: WebKit's way back (its namespace's default route) fails when it is on.
  if (!(await phone.tab.evaluate(() => navigator.onLine))) await phone.tab.setOffline(false);
  if (relaunched)
    await app.pair(await (stack.deployment as NonNullable<Stack['deployment']>).pairingLink('Téléphone'));
  else await phone.tab.goto(stack.url);
  await app.waitForRecordButton();
}
