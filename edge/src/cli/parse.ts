/**
 * `pnpm --silent parse --now ISO --tz IANA --currency EUR [--locale fr]`: the local parser on
 * stdin, one utterance per line, one `{"expenses":[…]}` line out per line in, in order.
 * A line that cannot be read gives `{"expenses":[]}`; the stream never stops on one.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isInstantWithOffset, isTimeZone } from '@voicetrack/shared';
import { parseExpenseText } from '@voicetrack/shared/parser';

function fail(message: string): never {
  process.stderr.write(
    `parse: ${message}\nusage: pnpm --silent parse --now ISO --tz IANA --currency EUR [--locale fr|en]\n`,
  );
  process.exit(2);
}

let values: { now?: string; tz?: string; currency?: string; locale?: string };
try {
  ({ values } = parseArgs({
    options: {
      now: { type: 'string' },
      tz: { type: 'string' },
      currency: { type: 'string' },
      locale: { type: 'string' },
    },
    strict: true,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const now = values.now ? new Date(values.now) : new Date();
if (values.now && (!isInstantWithOffset(values.now) || Number.isNaN(now.getTime()))) {
  fail(`--now must be an ISO 8601 time with its offset, got "${values.now}"`);
}
const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
if (!isTimeZone(timeZone)) fail(`--tz must be an IANA time zone, got "${timeZone}"`);
const currency = (values.currency ?? 'EUR').toUpperCase();
if (!/^[A-Z]{3}$/.test(currency)) fail(`--currency must be an ISO 4217 code, got "${values.currency}"`);
const locale = values.locale;

const EMPTY = '{"expenses":[]}';

function parseLine(line: string): string {
  try {
    const { expenses } = parseExpenseText(line, { now, timeZone, currency, ...(locale ? { locale } : {}) });
    return JSON.stringify({
      expenses: expenses.map(({ amount, currency: c, category, description, date }) => ({
        amount,
        currency: c,
        category,
        description,
        date,
      })),
    });
  } catch {
    return EMPTY;
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
// One write per batch keeps thousands of lines fast without holding them all.
let buffer: string[] = [];
for await (const line of lines) {
  buffer.push(parseLine(line));
  if (buffer.length >= 256) {
    process.stdout.write(`${buffer.join('\n')}\n`);
    buffer = [];
  }
}
if (buffer.length) process.stdout.write(`${buffer.join('\n')}\n`);
