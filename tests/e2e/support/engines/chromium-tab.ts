/** The phone tab in Chromium (playwright-core): roles and names through Playwright's role selectors. */
import type { Page } from 'playwright-core';
import { type Name, type PhoneTab, type Role, viewport } from './phone-tab.ts';

export function chromiumTab(page: Page): PhoneTab {
  const byRole = (role: Role, name: Name) =>
    page.getByRole(role, { name, exact: typeof name === 'string' }).first();
  return {
    engine: 'chromium',
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    has: async (role, name) => (await byRole(role, name).count()) > 0,
    click: (role, name, options = {}) =>
      (options.within === undefined
        ? byRole(role, name)
        : page
            .getByRole('region', { name: options.within, exact: true })
            .getByRole(role, { name, exact: typeof name === 'string' })
            .first()
      ).click({ timeout: 15_000 }),
    fill: async (name, text, options = {}) => {
      const box = byRole('textbox', name);
      await box.fill(text, { timeout: 15_000 });
      if (options.enter) await box.press('Enter');
    },
    select: async (name, option) => {
      await byRole('combobox', name).selectOption({ label: option }, { timeout: 15_000 });
    },
    press: (key) => page.keyboard.press(key),
    upload: (name, path) => page.getByLabel(name, { exact: true }).setInputFiles(path, { timeout: 15_000 }),
    setOffline: (offline) => page.context().setOffline(offline),
    screenshot: () => page.screenshot(),
    resize: async (width, height) => {
      await page.setViewportSize({ width, height });
      return page.evaluate(viewport);
    },
    close: () => page.context().close(),
  };
}
