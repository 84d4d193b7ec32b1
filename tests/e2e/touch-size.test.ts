/**
 * Every control a finger taps is at least 44 × 44 px (Apple's and WCAG 2.5.5's touch size) at a
 * phone's size (390 × 844), on the screens people live on: the capture screen and its list, the
 * month with its budgets, the settings, the edit dialog. A box, or the label that holds it
 * (a checkbox is tapped by its words too), measured in the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seed } from './support/budgets.ts';
import { LANGS, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack();
const PHONE = { width: 390, height: 844 };
const MONTH = { fr: 'Mois', en: 'Month' } as const;
let seeded = false;

/** The visible controls under 44 px in width or height, as `words W×H`. */
function tooSmall(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((within) => {
    const root = document.querySelector(within) as Element;
    const controls = root.querySelectorAll(
      'button, a[href], input:not([type="hidden"]):not([type="file"]), select, summary, textarea, [role="button"]',
    );
    const small: string[] = [];
    for (const control of controls) {
      // A checkbox or a radio is tapped by its label (its words) too: the label is the target.
      const target =
        control instanceof HTMLInputElement && ['checkbox', 'radio'].includes(control.type)
          ? (control.closest('label') ?? control)
          : control;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      if (Math.round(r.width) < 44 || Math.round(r.height) < 44) {
        const words = (target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40);
        small.push(
          `${target.localName}.${target.className} "${words}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return small;
  }, within);
}

async function open(lang: (typeof LANGS)[number]) {
  if (!seeded) await seed(e2e.stack);
  seeded = true;
  const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE });
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(e2e.stack.url);
  await app.expenses().first().waitFor({ timeout: 20_000 });
  return { context, app, page: app.page };
}

describe.each(LANGS)('at a phone’s size (%s), every control is a finger’s size', (lang) => {
  it('on the capture screen and its list', async () => {
    const { context, page } = await open(lang);
    expect(await tooSmall(page)).toEqual([]);
    await context.close();
  });

  it('in the month and its budgets', async () => {
    const { context, page } = await open(lang);
    await page.getByRole('button', { name: MONTH[lang], exact: true }).click();
    await page.getByRole('progressbar').first().waitFor({ timeout: 20_000 });
    expect(await tooSmall(page, '.month')).toEqual([]);
    await context.close();
  });

  it('in the settings, every panel open', async () => {
    const { context, page } = await open(lang);
    await page.getByRole('button', { name: WORDS[lang].settings, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('summary:visible').count()).toBeGreaterThanOrEqual(4);
    for (const summary of await dialog.locator('summary:visible').all()) await summary.click();
    await page.waitForTimeout(500);
    expect(await tooSmall(page, 'dialog[open]')).toEqual([]);
    await context.close();
  });

  it('in the edit dialog', async () => {
    const { context, page } = await open(lang);
    await page.locator('.day .expense-button').first().click();
    await page.getByRole('dialog').waitFor();
    expect(await tooSmall(page, 'dialog[open]')).toEqual([]);
    await context.close();
  });
});
