/**
 * What the phone showed when an engine flow failed: a screenshot and the page's visible text (its
 * address, whether it says it is online and is under its worker, then `innerText`), written
 * outside the run's temporary folder, which goes when the run ends: `VT_E2E_FAILURES` when set,
 * else a `vt-e2e-failures-*` folder in the temporary folder the run started from (run-tmpdir.ts
 * keeps it in VT_OUTER_TMPDIR). The folder is printed with the first failure it holds. Never
 * asserted; a record that cannot be made is said, and the flow's own failure stands. A browser lost
 * during a flow (its session gone, its process ended) is kept there too, by keepLostBrowser.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineName, PhoneTab } from './phone-tab.ts';

let folder: string | undefined;
let count = 0;

function failuresFolder(): string {
  if (folder) return folder;
  const chosen = process.env.VT_E2E_FAILURES;
  if (chosen) mkdirSync(chosen, { recursive: true });
  folder = chosen ?? mkdtempSync(join(process.env.VT_OUTER_TMPDIR ?? tmpdir(), 'vt-e2e-failures-'));
  return folder;
}

/** Sent as source: the page as a person reads it, with what says where it stands. */
const visibleText = () =>
  [
    `url: ${location.href}`,
    `navigator.onLine: ${navigator.onLine}`,
    `under its worker: ${navigator.serviceWorker?.controller !== null}`,
    `open dialogs: ${[...document.querySelectorAll('dialog[open]')].map((d) => d.getAttribute('aria-labelledby') ?? d.className).join(', ')}`,
    '',
    // biome-ignore lint/performance/useDomNodeTextContent: the text as drawn, what a person reads (no hidden nodes' text).
    document.body.innerText,
  ].join('\n');

/** A name for what is kept of `flow` in `engine`, numbered in the order kept. */
const recordName = (engine: EngineName, flow: string) =>
  `${String(++count).padStart(2, '0')}-${engine}-${flow.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}`;

/**
 * Keeps `text` (what the engine's driver and browser said, how they ended) as the record of a
 * browser lost during `flow`; the file's path, for the flow's error to say.
 */
export function keepLostBrowser(engine: EngineName, flow: string, text: string): string {
  const file = join(failuresFolder(), `${recordName(engine, flow)}-lost.txt`);
  writeFileSync(file, text);
  return file;
}

/** Keeps the phone's screen and text as they are now, named after the failed flow. */
export async function recordFailure(tab: PhoneTab, flow: string): Promise<void> {
  const name = recordName(tab.engine, flow);
  const keep = async (file: string, what: () => Promise<string | Uint8Array>) => {
    try {
      writeFileSync(join(failuresFolder(), file), await what());
      return file;
    } catch (error) {
      return `${file} not kept (${(error as Error).message})`;
    }
  };
  const kept = [
    await keep(`${name}.png`, () => tab.screenshot()),
    await keep(`${name}.txt`, () => tab.evaluate(visibleText)),
  ];
  console.warn(`The phone when « ${flow} » failed, in ${failuresFolder()}: ${kept.join(', ')}`);
}

/** `exited 0`, or the signal's name: how a process ended, as Node's `exit` event says it. */
export function howItEnded(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `ended by ${signal}`;
  // A shell's way of saying its command died of a signal (xvfb-run passes the driver's on).
  const by =
    code !== null && code > 128
      ? Object.entries(constants.signals).find(([, n]) => n === code - 128)
      : undefined;
  return by ? `exited ${code} (its command ended by ${by[0]})` : `exited ${code}`;
}
