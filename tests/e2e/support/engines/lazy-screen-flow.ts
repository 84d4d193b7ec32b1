/**
 * A screen tapped offline before its code was on the phone shows once the signal is back, with no
 * other tap (useLazyComponent, web/src/base/hooks.ts; capture.test.ts holds it in Chromium with the
 * page's routes). A new phone of its own, on a stack whose gate (upstream-gate.ts) holds the
 * month's code: the phone pairs, its worker asks for that file while it installs, the signal goes
 * and the file fails; « Mois » tapped offline shows nothing; the signal back, the month shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack, WEB_DIST } from '../stack.ts';
import { CaptureScreen, type Lang } from './capture-screen.ts';
import { launchPhone, type Phone } from './core-flows.ts';
import { type EngineName, waitFor, withStepTimes } from './phone-tab.ts';

const MONTH_CODE = /\/assets\/month-view-[^/]*\.js$/;

/**
 * `knownFinding`: why the flow fails in this engine, kept as `it.fails` until a fix makes it `it`.
 */
export function describeAScreenWhoseCodeNeverCame(
  engine: EngineName,
  lang: Lang,
  knownFinding?: string,
): void {
  describe(`a screen whose code never reached a new phone, in ${engine}`, () => {
    const held = {} as { stack: Stack; phone: Phone; app: CaptureScreen };
    beforeAll(async () => {
      held.stack = await startStack({}, WEB_DIST, { gate: true });
      const network = await (held.stack.deployment as NonNullable<Stack['deployment']>).phoneNetwork();
      const phone = await launchPhone(engine, network, lang === 'fr' ? 'fr-FR' : 'en-US');
      held.phone = { tab: withStepTimes(phone.tab), close: () => phone.close() };
      held.app = new CaptureScreen(held.phone.tab, lang);
    });
    afterAll(async () => {
      await held.phone?.close();
      await held.stack?.stop();
    });

    const name = 'shows the month once the signal is back, tapped offline before its code was on the phone';
    (knownFinding ? it.fails : it)(
      knownFinding ? `${name} (known finding: ${knownFinding})` : name,
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
        monthCode.open();
        // The signal back, the same page, no other tap: the month's code asked again, and shown.
        await tab.setOffline(false);
        await waitFor(
          'the month heading',
          async () => (await tab.has('heading', app.say.monthTitle)) || null,
        );
      },
    );
  });
}
