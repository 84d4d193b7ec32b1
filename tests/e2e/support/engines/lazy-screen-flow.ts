/**
 * A screen tapped offline before its code was on the phone shows once the signal is back
 * (useLazy, web/src/base/hooks.ts; capture.test.ts holds it in Chromium with the page's routes). A
 * new phone of its own, on a stack whose gate (upstream-gate.ts) holds the month's code: the phone
 * pairs, its worker asks for that file while it installs, the signal goes and the file fails;
 * « Mois » tapped offline shows nothing; the signal back, the month shows with no other tap — or,
 * in an engine that keeps the failed code failed in the page (Firefox's module map), the screen
 * says so in its place with « Recharger » (ScreenNotLoaded), and one tap on it shows the month.
 * There, the same phone then retries a settings panel whose code failed (settings-retry-flow.ts) and
 * opens an edit dialog whose code never came (dialog-not-loaded-flow.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack, WEB_DIST } from '../stack.ts';
import { CaptureScreen, type Lang } from './capture-screen.ts';
import {
  EDIT_CODE,
  itSaysADialogWhoseCodeNeverCame,
  type PhoneWithoutSomeCode,
} from './dialog-not-loaded-flow.ts';
import { recordFailure } from './failure-record.ts';
import { launchPhone } from './phone-on-stack.ts';
import { type EngineName, waitFor, withStepTimes } from './phone-tab.ts';
import { itRetriesASettingsPanelWhoseCodeFailed, LEARNED_CODE } from './settings-retry-flow.ts';

const MONTH_CODE = /\/assets\/month-view-[^/]*\.js$/;

const SAY = {
  fr: {
    notLoaded:
      'Cet écran n’a pas pu se charger, bien que le réseau soit revenu. Rechargez l’app pour l’afficher : rien de ce qui est enregistré ne sera perdu.',
    reload: 'Recharger',
  },
  en: {
    notLoaded:
      'This screen could not load, though the network is back. Reload the app to show it: nothing saved will be lost.',
    reload: 'Reload',
  },
} as const;

/** Sent as source: the words of the screen that could not load (spaces made plain), or null. */
const notLoadedWords = () => {
  const said = document.querySelector('.screen-not-loaded[role="alert"] p')?.textContent;
  return said ? said.replace(/[\u00a0\u202f\s]+/g, ' ').trim() : null;
};

/**
 * `needsTheTap`: the engine keeps the month's failed code failed in the page (Firefox: a module
 * whose fetch failed stays failed in its module map, by its URL or a new one), so the month shows
 * after « Recharger »; else by itself, no tap.
 */
export function describeAScreenWhoseCodeNeverCame(engine: EngineName, lang: Lang, needsTheTap = false): void {
  describe(`a screen whose code never reached a new phone, in ${engine}`, () => {
    const held = {} as PhoneWithoutSomeCode & { learnedCode: PhoneWithoutSomeCode['editCode'] };
    beforeAll(async () => {
      held.stack = await startStack({}, WEB_DIST, { gate: true });
      // Where the month needs the tap, the edit dialog's code never reaches the phone either
      // (dialog-not-loaded-flow.ts): the worker's install stops at the month's code, held, before
      // it; every later try fails, the worker's install again too. In WebKit the month then did
      // not show by itself once the signal was back (1 run of 1; with the worker reinstalled it
      // does), so there the phone keeps the worker and the dialog is not held.
      if (needsTheTap) {
        held.editCode = (held.stack.gate as NonNullable<Stack['gate']>).hold(EDIT_CODE);
        held.editCode.fail();
        // And the learned words' panel code (settings-retry-flow.ts), refused until its step.
        held.learnedCode = (held.stack.gate as NonNullable<Stack['gate']>).hold(LEARNED_CODE);
        held.learnedCode.fail();
      }
      const network = await (held.stack.deployment as NonNullable<Stack['deployment']>).phoneNetwork();
      const phone = await launchPhone(engine, network, lang === 'fr' ? 'fr-FR' : 'en-US');
      held.phone = { tab: withStepTimes(phone.tab), close: () => phone.close() };
      held.app = new CaptureScreen(held.phone.tab, lang);
    });
    afterEach(async ({ task }) => {
      if (task.result?.state === 'fail' && held.phone) await recordFailure(held.phone.tab, task.name);
    });
    afterAll(async () => {
      await held.phone?.close();
      await held.stack?.stop();
    });

    it(
      needsTheTap
        ? 'shows the month after one tap on « Recharger », said in its place once the signal is back, tapped offline before its code was on the phone'
        : 'shows the month once the signal is back, tapped offline before its code was on the phone, with no other tap',
      async () => {
        const { app, stack } = held;
        const tab = held.phone.tab;
        const monthCode = (stack.gate as NonNullable<Stack['gate']>).hold(MONTH_CODE);
        await app.pair(await (stack.deployment as NonNullable<Stack['deployment']>).pairingLink());
        // The worker asks for the month's code as it installs (the page never did): the signal goes.
        await monthCode.asked;
        await tab.setOffline(true);
        monthCode.fail();
        await tab.click('button', app.say.month);
        // The import fails at once with no network; a moment later still no month.
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect(await tab.has('heading', app.say.monthTitle)).toBe(false);
        // Offline, a failure is the network's: nothing said yet, the code asked again at `online`.
        expect(await tab.evaluate(notLoadedWords)).toBeNull();
        monthCode.open();
        await tab.setOffline(false);
        const month = () =>
          waitFor('the month heading', async () => (await tab.has('heading', app.say.monthTitle)) || null);
        if (!needsTheTap) {
          // The signal back, the same page, no other tap: the month's code asked again, and shown.
          await month();
          return;
        }
        // The signal back, the code fails again: the screen says so, and reloads on the tap only.
        const said = await waitFor('the words of a screen that could not load', () =>
          tab.evaluate(notLoadedWords),
        );
        expect(said).toBe(SAY[lang].notLoaded);
        expect(await tab.has('heading', app.say.monthTitle)).toBe(false);
        await tab.click('button', SAY[lang].reload);
        await month();
      },
    );
    if (needsTheTap) {
      itRetriesASettingsPanelWhoseCodeFailed(held, lang);
      itSaysADialogWhoseCodeNeverCame(held, lang);
    }
  });
}
