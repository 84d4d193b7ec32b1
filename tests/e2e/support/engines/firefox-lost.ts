/**
 * What is kept when a Firefox phone's browser is lost mid-flow (its process ended, or puppeteer's
 * connection to it closed), as for WebKit (webkit-lost.ts): its stderr's last characters and how
 * its process ended, in the failures folder, the flow's error saying where.
 */
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import { howItEnded, keepLostBrowser } from './failure-record.ts';

const TAIL = 8000;

/** A lost Firefox's error, with where its record is. */
export class FirefoxLostError extends Error {}

/** Watches the Firefox of `browser` from now on: its stderr kept, its end noted. */
export function watchFirefox(browser: Browser) {
  const process: ChildProcess | null = browser.process();
  let output = '';
  process?.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-TAIL);
  });
  let ended: string | null = process?.exitCode == null ? null : howItEnded(process.exitCode, null);
  process?.once('exit', (code, signal) => {
    ended = howItEnded(code, signal);
  });
  let record: string | null = null;
  const lost = () => record !== null || ended !== null || !browser.connected;
  return {
    pid: process?.pid,
    lost,
    /**
     * `error` as it is, when the browser is there; else the record of its loss during `flow` kept
     * (once) and `error` told with where it is.
     */
    explain(error: unknown, flow: string): unknown {
      if (error instanceof FirefoxLostError || !lost()) return error;
      record ??= keepLostBrowser(
        'firefox',
        flow,
        [
          `Firefox was lost at ${new Date().toISOString()} during « ${flow} »:`,
          `  ${error instanceof Error ? error.message : String(error)}`,
          '',
          `Firefox (pid ${process?.pid}): ${ended ?? (browser.connected ? 'running' : 'running, its connection closed')}`,
          `Its stderr since it started (last ${TAIL} characters):`,
          output,
        ].join('\n'),
      );
      const said = error instanceof Error ? error.message : String(error);
      return new FirefoxLostError(`${said}\nFirefox is lost: its output and how it ended in ${record}`, {
        cause: error,
      });
    },
  };
}
