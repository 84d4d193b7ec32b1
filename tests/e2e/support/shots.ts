/**
 * Screenshots to look at while working on a screen: `SHOTS_DIR=/tmp/shots pnpm vitest run
 * tests/e2e/…` writes them there; without SHOTS_DIR nothing is written (the README's pictures are
 * `pnpm screenshots`', never a test's).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The page as it is now, as `SHOTS_DIR/<name>.png`, when SHOTS_DIR names a folder. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`) });
}
