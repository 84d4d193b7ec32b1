/**
 * Lighthouse mobile scores of the built PWA (the `lighthouse` package driving Debian's chromium
 * through chrome-launcher, simulated mobile throttling, median of three runs), and installability
 * as Chromium itself judges it (`Page.getInstallabilityErrors`): Lighthouse 12 dropped its PWA
 * category, so the browser's own check stands in for it. Lighthouse 13 needs Node 22; 12 runs
 * on the Node 20 we have.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, startStack } from '../e2e/support/harness.ts';
import { type Figure, median } from './figure.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

type Scores = Record<(typeof CATEGORIES)[number], number[]> & {
  /** Runs Lighthouse could not score (its runtime error, or a category with no score). */
  failed: string[];
};

async function scores(url: string): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const out: Scores = { performance: [], accessibility: [], 'best-practices': [], failed: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error('lighthouse gave no result');
      // A run Lighthouse could not finish scores null, not 0: it is said, not counted.
      const { runtimeError, categories } = result.lhr;
      const unscored = CATEGORIES.filter((c) => typeof categories[c]?.score !== 'number');
      if (runtimeError || unscored.length > 0) {
        out.failed.push(`run ${i + 1}: ${runtimeError?.code ?? `no score for ${unscored.join(', ')}`}`);
        continue;
      }
      for (const c of CATEGORIES) out[c].push(Math.round((categories[c]?.score ?? 0) * 100));
    }
  } finally {
    chrome.kill();
  }
  return out;
}

/** A persistent profile: Chromium never calls an incognito page installable. */
async function installabilityErrors(url: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'vt-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    // The service worker must control the page before Chromium calls it installable.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    return installabilityErrors.map((e) => e.errorId);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchLighthouse(): Promise<Figure[]> {
  const stack = await startStack();
  try {
    const s = await scores(stack.url);
    const errors = await installabilityErrors(stack.url);
    if (s.failed.length === RUNS) throw new Error(`no Lighthouse run finished: ${s.failed.join('; ')}`);
    const failed = s.failed.length > 0 ? `; not scored: ${s.failed.join('; ')}` : '';
    const figures: Figure[] = CATEGORIES.map((c) => ({
      name: `Lighthouse mobile ${c} (median of ${RUNS})`,
      value: median(s[c]),
      unit: '/100',
      target: '≥ 90',
      ok: median(s[c]) >= 90,
      note: `runs ${s[c].join(', ')}${failed}`,
    }));
    figures.push({
      name: 'installable (Chromium installability errors)',
      value: errors.length,
      unit: 'errors',
      target: '0',
      ok: errors.length === 0,
      ...(errors.length ? { note: errors.join(', ') } : {}),
    });
    return figures;
  } finally {
    await stack.stop();
  }
}
