/**
 * The change stream in an engine other than Chromium (live-updates.test.ts and doors.test.ts hold
 * it there): the laptop, a second paired device with its own token, saves an expense and the
 * phone's list shows it with no reload (the stream's `expense`); then the phone's network drops
 * every connection, the stream's too, the laptop saves another meanwhile, and once the network is
 * back the stream is opened again and its `ready` has the list read (web/src/data/sync.ts,
 * listenForServerChanges): the expense the phone never heard of shows, still with no reload.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

const SAY = {
  fr: { heard: '9 € de journal', missed: '7 € de pain', heardAmount: '9,00 €', missedAmount: '7,00 €' },
  en: {
    heard: '9 euros for a newspaper',
    missed: '7 euros for bread',
    heardAmount: '€9.00',
    missedAmount: '€7.00',
  },
} as const;

/** The tunnels the phone's network opened to the deployed name so far. */
const TUNNELS = 'voicetrack.test:443';

/** Registers the step on a phone of describeCoreFlows, its screen the capture one. */
export function itHearsAnotherDeviceLiveAndAfterALostConnection(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('shows an expense saved on another paired device with no reload, and one saved while its stream was cut once it reconnects', async () => {
    const { app, stack, network } = held;
    const tab = held.phone.tab;
    // The laptop's own token (stack.api), through Caddy: a second device of the same person.
    const saveOnLaptop = async (text: string) => {
      const clientId = crypto.randomUUID();
      const saved = await stack.api.text.$post({
        json: {
          text,
          clientId,
          recordedAt: new Date().toISOString(),
          timezone: 'Europe/Paris',
          locale: lang === 'fr' ? 'fr-FR' : 'en-US',
        },
      });
      expect(saved.status).toBe(201);
      return clientId;
    };
    const listed = (clientId: string, amount: string) =>
      waitFor(
        `the laptop's ${amount} in the phone's list`,
        async () =>
          (await app.rows()).find((r) => r.clientId === clientId && r.text.includes(amount)) ?? null,
        30_000,
      );
    // A mark only this page holds: still there at the end if the page was never reloaded.
    await tab.evaluate(() => {
      (window as unknown as { notReloaded?: true }).notReloaded = true;
    });
    // The stream is open once the page has loaded (the list is read on its `ready`).
    await app.untilControlled();

    const heard = await saveOnLaptop(say.heard);
    await listed(heard, say.heardAmount);

    // The connection drops (every tunnel torn down, new ones refused): the page is not told it is
    // offline (navigator.onLine stays true), so only the stream's reconnection can bring news.
    const tunnelsBefore = network.connects.get(TUNNELS) ?? 0;
    network.cut();
    const missed = await saveOnLaptop(say.missed);
    expect((await app.rows()).some((r) => r.clientId === missed)).toBe(false);
    network.restore();
    await listed(missed, say.missedAmount);
    // Brought by a new connection, in the same page.
    expect(network.connects.get(TUNNELS) ?? 0).toBeGreaterThan(tunnelsBefore);
    expect(await tab.evaluate(() => 'notReloaded' in window)).toBe(true);
  });
}
