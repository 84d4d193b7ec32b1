import { describe, expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack({ microphone: false });

describe('without a microphone', () => {
  it('says so, offers the typed entry, and saves what is typed', async () => {
    const context = await e2e.newContext({ microphone: false });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(e2e.stack.url);
    await app.recordButton.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/micro/i);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('typed-input');
    await app.typedInput.fill('8 € de pain et 23 € de fromage');
    await expect.poll(() => page.locator('.preview').textContent()).toMatch(/8,00\s€.*23,00\s€/);
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await expect.poll(() => app.expenses().count(), { timeout: 20_000 }).toBe(2);
    await context.close();
  });
});
