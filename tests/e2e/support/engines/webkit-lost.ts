/**
 * What is kept when a WebKit phone's session is lost mid-flow (WebKitWebDriver's « invalid session
 * id », or no driver left to answer): the driver's stderr and how it ended, MiniBrowser's stderr
 * with how each MiniBrowser it started ended (minibrowser-watched.sh), and which of their processes
 * were still running. Before this, a lost session left nothing but the error: at CI on f1c77a1b,
 * eleven flows failed on « invalid session id » with no word of why.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { keepLostBrowser } from './failure-record.ts';

export { howItEnded } from './failure-record.ts';

/** What webkit.ts knows of a driver it started, to say how it and its browsers ended. */
export interface WatchedDriver {
  /** WebKitWebDriver's pid (its process group is the xvfb-run above it: `group`). */
  pid: number;
  group: number;
  /** The last characters of the driver's stderr. */
  output(): string;
  /** How the driver's xvfb-run ended, null while it runs. */
  ended(): string | null;
  /** The file MiniBrowser's stderr and its start and end lines go to. */
  browserLog: string;
}

const TAIL = 8000;

/** Whether the process `pid` is still running (a zombie its parent has not reaped yet is not). */
export const isRunning = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

const readLog = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return `(not read: ${(error as Error).message})`;
  }
};

/** The pid of the last MiniBrowser minibrowser-watched.sh started, by its log. */
export const lastBrowserPid = (log: string): number | undefined => {
  const pid = [...log.matchAll(/^MiniBrowser (\d+) started$/gm)].at(-1)?.[1];
  return pid === undefined ? undefined : Number(pid);
};

/**
 * Waits (2 s at most) until the last MiniBrowser started is running or its end is written: one
 * killed a moment ago has its line a moment later.
 */
async function browserLogSettled(file: string): Promise<string> {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const log = readLog(file);
    const last = [...log.matchAll(/^MiniBrowser (\d+) started$/gm)].at(-1)?.[1];
    const settled =
      last === undefined ||
      isRunning(Number(last)) ||
      new RegExp(`^MiniBrowser ${last} (ended|exited|killed)`, 'm').test(log);
    if (settled || Date.now() > deadline) return log;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const processesOf = (group: number) => {
  try {
    return execFileSync('ps', ['-o', 'pid,ppid,stat,etime,rss,args', '-g', String(group)], {
      encoding: 'utf8',
    });
  } catch {
    return '(none left)';
  }
};

/** Writes the record of the session lost during `flow` on `asked`; its path. */
export async function keepLostSession(
  driver: WatchedDriver,
  flow: string,
  error: unknown,
  asked: string,
): Promise<string> {
  const browserLog = await browserLogSettled(driver.browserLog);
  const text = [
    `WebKit's session was lost at ${new Date().toISOString()} during « ${flow} », on ${asked}:`,
    `  ${String(error instanceof Error ? error.message : error)}`,
    '',
    `WebKitWebDriver (pid ${driver.pid}): ${isRunning(driver.pid) ? 'running' : (driver.ended() ?? 'gone')}`,
    `Its processes now (ps -g ${driver.group}):`,
    processesOf(driver.group),
    `MiniBrowser's stderr, and how each one the driver started ended (last ${TAIL} characters):`,
    browserLog.slice(-TAIL),
    `WebKitWebDriver's stderr (last ${TAIL} characters):`,
    driver.output().slice(-TAIL),
  ].join('\n');
  return keepLostBrowser('webkit', flow, text);
}
