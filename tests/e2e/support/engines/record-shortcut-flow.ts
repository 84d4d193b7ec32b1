/**
 * The shortcut « Nouvelle dépense » (`/?action=record`, what Siri, Shortcuts and a home-screen
 * bookmark open) in an engine other than Chromium (record-shortcut.test.ts holds it there;
 * web/src/capture/record-shortcut.ts): opened by another site's link, the app waits for a tap,
 * saying so, with nothing recorded; the person's tap records. Opened by the person (an address
 * typed: no referrer), it records at once. The other site is a page of its own name on the phone's
 * network (other-site.ts), its certificate from the run's CA, as the deployed name's.
 */
import { expect, it } from 'vitest';
import { startOtherSite } from '../other-site.ts';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';
import { atPhoneSize } from './result-toast-flow.ts';

const SAY = {
  fr: { tapToRecord: 'Touchez pour enregistrer', link: 'Gagnez 100 € en parlant' },
  en: { tapToRecord: 'Tap to record', link: 'Win 100 euros by talking' },
} as const;

/** Registers the step on a phone of describeCoreFlows (paired, its worker in control). */
export function itWaitsForATapWhenAnotherSiteOpensTheRecordShortcut(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('opened by another site’s link, the record shortcut waits for a tap; opened by the person, it records at once', async () => {
    const { app, tab, stack, network } = {
      app: held.app,
      tab: held.phone.tab,
      stack: held.stack,
      network: held.network,
    };
    await atPhoneSize(tab);
    const shortcut = `${stack.url}/?action=record`;
    const site = await startOtherSite(
      network,
      'casino.test',
      `<!doctype html><meta charset="utf-8"><title>Casino</title><a href="${shortcut}">${say.link}</a>`,
    );
    try {
      // The worker holds the page: what opens next is its cached page, as on a phone used daily.
      await app.untilControlled();
      // The shortcut itself first (an address typed, as a launch: no referrer): recording at once.
      await tab.goto(shortcut);
      await waitFor(
        'the stop button, with no tap',
        async () => (await tab.has('button', app.say.stop)) || null,
        20_000,
      ).catch(async (error: Error) => {
        throw new Error(`${error.message}; the page said: ${(await app.text()).slice(0, 300)}`);
      });
      expect((await app.text()).includes(say.tapToRecord)).toBe(false);
      await tab.click('button', app.say.stop);
      await app.waitForRecordButton();

      // Opened by another site's link: no recording until the person's tap.
      await tab.goto(site.url);
      await tab.click('link', say.link);
      await waitFor(`« ${say.tapToRecord} » in the app`, async () =>
        new URL(await tab.url()).host === new URL(stack.url).host &&
        (await app.text()).includes(say.tapToRecord)
          ? true
          : null,
      );
      // The button ready, nothing recording (no stop button: the outbox is not read here, as
      // WebKit's IndexedDB open went unanswered for 30 s once right after a recording).
      await app.waitForRecordButton();
      expect(await tab.has('button', app.say.stop)).toBe(false);
      // The person's tap records, and the line is the usual one again.
      await tab.click('button', app.say.record);
      // The stop button shows as the microphone records, not once the note's first IndexedDB
      // write ends (capture/recorder.ts): WebKitGTK's IndexedDB has stalled about 30 s right after
      // a recording, and the person saw nothing happen (record-before-write.test.ts holds that write).
      await waitFor('the stop button', async () => (await tab.has('button', app.say.stop)) || null);
      expect((await app.text()).includes(say.tapToRecord)).toBe(false);
      await tab.click('button', app.say.stop);
      await app.waitForRecordButton();
    } finally {
      await site.close();
    }
  });
}
