/**
 * `pnpm --silent parse --now ISO --tz IANA --currency EUR [--locale fr] [--memory FILE]`: the
 * local parser on stdin, one utterance per line, one `{"expenses":[…]}` line out per line in, in
 * order. An expense to look at carries its `reviewReason` (`future_date`, `unclear_amount`…), one
 * someone else pays back `reimbursable: true`; money that moved without being spent is a `movement` beside no expense. `--memory` is a JSON array of learned words (`[{"phrase":"le petit zinc","category":"dining"}]`),
 * what a person taught the parser by fixing categories.
 * A line that cannot be an utterance (empty, not UTF-8, control characters, far too long) gives
 * `{"expenses":[]}`; nothing on one line can stop the stream.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  isCategory,
  isInstantWithOffset,
  isTimeZone,
  type LearnedWord,
  type ParseOptions,
  parseExpenseText,
} from '@voicetrack/shared';

const USAGE =
  'usage: pnpm --silent parse [--now ISO-with-offset] [--tz IANA] [--currency EUR] [--locale fr|en] [--memory FILE]\n' +
  '  reads one utterance per line on stdin, prints one {"expenses":[...]} JSON line per input line\n';
const EMPTY = '{"expenses":[]}';
/** Well past any spoken note; longer lines are not utterances and are not even tokenised. */
const MAX_LINE = 4000;
// C0 controls but tab, DEL and C1 controls; U+FFFD is what the decoder puts for bytes that are not UTF-8.
const MALFORMED = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\uFFFD]/;
const LOCALE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,3}$/;

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n${USAGE}`);
  process.exit(2);
}

/** The learned words of `--memory FILE`: a JSON array of `{phrase, category}`. */
function readMemory(file: string): LearnedWord[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`--memory: cannot read ${file} as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const valid = (w: unknown): w is LearnedWord =>
    typeof w === 'object' &&
    w !== null &&
    typeof (w as { phrase?: unknown }).phrase === 'string' &&
    typeof (w as { category?: unknown }).category === 'string' &&
    isCategory((w as { category: string }).category);
  if (!Array.isArray(json) || !json.every(valid)) {
    fail('--memory must hold a JSON array of {"phrase": "…", "category": "dining"} with known categories');
  }
  return json;
}

function readOptions(): ParseOptions {
  let values: {
    now?: string;
    tz?: string;
    currency?: string;
    locale?: string;
    memory?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        now: { type: 'string' },
        tz: { type: 'string' },
        currency: { type: 'string' },
        locale: { type: 'string' },
        memory: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (values.now !== undefined && !isInstantWithOffset(values.now)) {
    fail(
      `--now must be an ISO 8601 time with its offset, such as 2026-11-24T12:30:00+01:00 (got "${values.now}")`,
    );
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(timeZone)) fail(`--tz must be an IANA time zone such as Europe/Paris (got "${timeZone}")`);
  const currency = values.currency ?? 'EUR';
  if (!/^[A-Za-z]{3}$/.test(currency))
    fail(`--currency must be an ISO 4217 code such as EUR (got "${currency}")`);
  if (values.locale !== undefined && !LOCALE.test(values.locale)) {
    fail(`--locale must be a language tag such as fr, en or fr-FR (got "${values.locale}")`);
  }
  return {
    now,
    timeZone,
    currency: currency.toUpperCase(),
    ...(values.locale === undefined ? {} : { locale: values.locale }),
    ...(values.memory === undefined ? {} : { memory: readMemory(values.memory) }),
  };
}

/** One input line → one output line; never throws. */
function parseLine(line: string, options: ParseOptions): string {
  if (line.length === 0 || line.length > MAX_LINE || MALFORMED.test(line) || !line.isWellFormed())
    return EMPTY;
  try {
    const { expenses, movement } = parseExpenseText(line, options);
    return JSON.stringify({
      // Expenses to look at (a future day, an amount nothing places, an implausible one) are listed
      // like the others, with the reason they wait.
      // An expense someone else pays back says so (`reimbursable`), as the API's does.
      expenses: expenses.map(
        ({ amount, currency, category, description, date, reviewReason, reimbursable }) => ({
          amount,
          currency,
          category,
          description,
          date,
          ...(reviewReason ? { reviewReason } : {}),
          ...(reimbursable ? { reimbursable } : {}),
        }),
      ),
      ...(movement ? { movement } : {}),
    });
  } catch {
    return EMPTY;
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  // `parse … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // Batched writes keep thousands of lines fast; waiting for 'drain' keeps memory flat when the
  // reader is slower than the parser.
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const ok = process.stdout.write(`${batch.join('\n')}\n`);
    batch = [];
    if (!ok) await once(process.stdout, 'drain');
  };
  for await (const line of lines) {
    batch.push(parseLine(line, options));
    if (batch.length >= 256) await flush();
  }
  await flush();
}

await main();
