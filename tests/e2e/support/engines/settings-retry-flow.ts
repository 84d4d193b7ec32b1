/**
 * « Réessayer » on a settings panel whose code failed, in Firefox (settings-still.test.ts has it in
 * Chromium, with the page's routes). Firefox keeps a module whose fetch failed failed in the page's
 * module map, by its URL, until a reload: imported again by the same URL it fails at once, with no
 * request, so the tap drew nothing. The app asks the panel's own chunk again by a new URL
 * (web/src/base/chunk-again.ts). On lazy-screen-flow's phone, whose worker never installs (the
 * gate fails the edit dialog's code from the start, and this panel's), the page asks the server for
 * each chunk: the learned words' code refused, the settings open with its row in its place
 * (« N’a pas pu se charger. », « Réessayer »); the code let through, the tap draws the panel there.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import type { PhoneWithoutSomeCode } from './dialog-not-loaded-flow.ts';
import { waitFor } from './phone-tab.ts';

/** The learned words' panel code, as the build names it. */
export const LEARNED_CODE = /\/assets\/learned-words-[^/]*\.js$/;

const SAY = {
  fr: {
    settings: 'Réglages',
    title: 'Ce que VoiceTrack a appris',
    failed: 'N’a pas pu se charger.',
    retry: 'Réessayer',
  },
  en: {
    settings: 'Settings',
    title: 'What VoiceTrack learned',
    failed: 'Could not load.',
    retry: 'Try again',
  },
} as const;

/** Sent as source: the words of the panel row titled `title` (spaces made plain), or null. */
function rowWords(title: string): string | null {
  const plain = (t: string | null | undefined) => (t ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const row = [...document.querySelectorAll('dialog[open] .panel-row')].find(
    (r) => plain(r.querySelector('.panel-row-title')?.textContent) === title,
  );
  if (!row) return null;
  const parts = ['.panel-row-title', '[id$="-said"]', '.panel-row-again'].map((css) =>
    plain(row.querySelector(css)?.textContent),
  );
  return parts.filter(Boolean).join(' ');
}

/** Sent as source: whether the open dialog draws the panel titled `title` (its <summary>). */
function panelDrawn(title: string): boolean {
  return [...document.querySelectorAll('dialog[open] details > summary')].some(
    (s) => (s.textContent ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim() === title,
  );
}

/** Registers the step inside lazy-screen-flow's describe, after its month; the settings closed after. */
export function itRetriesASettingsPanelWhoseCodeFailed(
  held: PhoneWithoutSomeCode & { learnedCode: PhoneWithoutSomeCode['editCode'] },
  lang: Lang,
): void {
  const say = SAY[lang];
  it('draws a settings panel whose code failed once its code comes, on « Réessayer »', async () => {
    const tab = held.phone.tab;
    await tab.click('button', say.settings);
    const said = await waitFor(`« ${say.retry} » in the row of « ${say.title} »`, async () => {
      const words = await tab.evaluate(rowWords, say.title);
      return words?.includes(say.retry) ? words : null;
    });
    expect(said).toBe(`${say.title} ${say.failed} ${say.retry}`);
    // Tapped while the code is still refused: said again, nothing else.
    await tab.click('button', say.retry);
    await waitFor('the row failed again', async () =>
      (await tab.evaluate(rowWords, say.title))?.includes(say.retry) ? true : null,
    );
    held.learnedCode.open();
    await tab.click('button', say.retry);
    await waitFor(`the panel « ${say.title} » in the row's place`, async () =>
      (await tab.evaluate(panelDrawn, say.title)) ? true : null,
    );
    expect(await tab.evaluate(rowWords, say.title)).toBeNull();
    await tab.press('Escape');
    await waitFor('the settings closed', async () =>
      (await tab.evaluate(() => document.querySelector('dialog[open]') === null)) ? true : null,
    );
  });
}
