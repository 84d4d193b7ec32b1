/**
 * The native controls on the dark screens: WebKit drew the settings' ticks and radios white on
 * the dark dialog (it ignores color-scheme for them), and Firefox drew a dialog's scrollbar white
 * with its thumb unseen. The app draws its ticks and radios in its own colours and gives every
 * scrollbar the page's; checked here in Chromium, in the styles each engine is handed.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack();

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
// base.css's dark colours: --card, --muted, --accent, --bg.
const DARK = { card: rgb('#1d1d1b'), muted: rgb('#a8a8a1'), accent: rgb('#2dd4bf'), bg: rgb('#121211') };

describe.each(LANGS)('the dark settings (%s)', (lang) => {
  it('draws its ticks and radios in the page’s colours, and its scrollbar visible', async () => {
    const context = await e2e.newContext({
      locale: WORDS[lang].locale,
      colorScheme: 'dark',
      viewport: { width: 390, height: 844 },
    });
    const app = new CapturePage(await context.newPage(), lang);
    await app.open(e2e.stack.url);
    const page = app.page;
    // Said before any style sheet, for the engine's own parts of the page.
    expect(await page.locator('meta[name="color-scheme"]').getAttribute('content')).toBe('light dark');
    await page.getByRole('button', { name: WORDS[lang].settings, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: WORDS[lang].settings });
    await dialog.waitFor();
    const look = (selector: string) =>
      dialog.locator(selector).evaluateAll((inputs) =>
        inputs.map((i) => {
          const s = getComputedStyle(i);
          return [s.appearance, s.backgroundColor, s.borderTopColor, s.backgroundImage === 'none'].join(
            ' | ',
          );
        }),
      );
    const unchecked = await look('input[type="checkbox"]:not(:checked), input[type="radio"]:not(:checked)');
    expect(unchecked.length).toBeGreaterThanOrEqual(2);
    for (const l of unchecked) expect(l).toBe(`none | ${DARK.card} | ${DARK.muted} | true`);
    // The language the app speaks: its radio filled with the accent.
    const [checked] = await look('input[type="radio"]:checked');
    expect(checked).toBe(`none | ${DARK.card} | ${DARK.accent} | false`);
    const scrollbar = await dialog.evaluate((d) => getComputedStyle(d).scrollbarColor);
    expect(scrollbar).toBe(`${DARK.muted} ${DARK.bg}`);
    await context.close();
  });
});
