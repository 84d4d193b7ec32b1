/**
 * Local parser figures over the labelled sentences (tests/fixtures/utterances*.jsonl): for each
 * set, how many sentences are fully right, and the amount, date, category and expense-or-not
 * rates (scored the way ../shared/eval/score.mjs scores the CLI, plus the labels' own keys);
 * throughput on one core for ~2 s, p99 time per utterance, and how often the server can skip the
 * LLM — the share of expense sentences the parser is confident about — beside how often that
 * confidence is misplaced (confident and not fully right), which is what skipping the LLM costs.
 * The holdout and blind sets (never tuned on) give the less flattering figures.
 */
import { readFileSync } from 'node:fs';
import {
  PARSER_CONFIDENT,
  type ParsedExpense,
  type ParseOptions,
  type ParseResult,
  parseExpenseText,
} from '@voicetrack/shared';
import { type Figure, percentile } from './figure.ts';

/** One expected expense. The optional keys are checked only on the lines that carry them. */
export interface ExpectedExpense {
  amount: number;
  currency: string;
  /** The acceptable categories. */
  category: string[];
  date: string;
  /** true: the expense must come back `reimbursable: true`; absent: it must not. */
  reimbursable?: boolean;
  /** true: it must be flagged (a `reviewReason`, or the result below PARSER_CONFIDENT); absent: no reviewReason. */
  review?: boolean;
  /** Words the description must hold (case-insensitive). */
  descriptionHas?: string;
}

export interface Labelled {
  text: string;
  expect: ExpectedExpense[];
  lang?: 'fr' | 'en';
  quirk?: string;
  /** Odd words ("1e308 euros pain"): right when nothing comes out or everything is flagged. */
  unsure?: boolean;
}

export interface SetScore {
  sentences: number;
  /** Shares of sentences (full, detect) or of expected expenses (amount, date, category), 0..1. */
  full: number;
  amount: number;
  date: number;
  category: number;
  detect: number;
  misses: string[];
}

/** Every labelled line is relative to this instant in Paris, with euros by default. */
export const LABEL_OPTIONS: ParseOptions = {
  now: new Date('2026-11-24T12:30:00+01:00'),
  timeZone: 'Europe/Paris',
  currency: 'EUR',
};
const DURATION_MS = Number(process.env.BENCH_PARSER_MS ?? 2000);
/** The sets of tests/fixtures, each with whether it may be tuned on. */
export const LABELLED_SETS = [
  ['labelled', 'utterances.jsonl'],
  ['holdout', 'utterances-holdout.jsonl'],
  ['tuning v2', 'utterances-v2.jsonl'],
  ['blind', 'utterances-blind.jsonl'],
] as const;

/** A labelled set of tests/fixtures, one sentence and its expected expenses per line. */
export function loadLabelled(name: string): Labelled[] {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Labelled);
}

const cents = (decimal: string | number) => Math.round(Number(decimal) * 100);
const flagged = (got: ParseResult, e: ParsedExpense) =>
  e.reviewReason !== undefined || got.confidence < PARSER_CONFIDENT;

/** Whether one parsed expense is the expected one; `parts` says which parts are right. */
function check(want: ExpectedExpense, e: ParsedExpense | undefined, got: ParseResult) {
  const amount = e !== undefined && cents(e.amount) === cents(want.amount) && e.currency === want.currency;
  const date = e?.date === want.date;
  const category = e !== undefined && want.category.includes(e.category);
  const extras =
    e !== undefined &&
    (want.reimbursable === true) === (e.reimbursable === true) &&
    (want.review === true ? flagged(got, e) : e.reviewReason === undefined) &&
    (want.descriptionHas === undefined ||
      e.description.toLowerCase().includes(want.descriptionHas.toLowerCase()));
  return { amount, date, category, all: amount && date && category && extras };
}

/** Scores one set: fully right, amount+currency, date, category, expense-or-not. */
export function scoreSet(lines: readonly Labelled[], options: ParseOptions = LABEL_OPTIONS): SetScore {
  let full = 0;
  let detect = 0;
  let amount = 0;
  let date = 0;
  let category = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const label of lines) {
    const got = parseExpenseText(label.text, options);
    let right: boolean;
    if (label.unsure) {
      right = got.expenses.every((e) => flagged(got, e));
      if (right) detect++;
    } else {
      if ((label.expect.length === 0) === (got.expenses.length === 0)) detect++;
      right = got.expenses.length === label.expect.length;
      label.expect.forEach((want, i) => {
        const c = check(want, got.expenses[i], got);
        expected++;
        amount += Number(c.amount);
        date += Number(c.date);
        category += Number(c.category);
        right &&= c.all;
      });
    }
    if (right) full++;
    else misses.push(`[${label.quirk ?? '?'}] ${label.text} → ${JSON.stringify(got)}`);
  }
  const share = (x: number, of: number) => (of === 0 ? 1 : x / of);
  return {
    sentences: lines.length,
    full: share(full, lines.length),
    amount: share(amount, expected),
    date: share(date, expected),
    category: share(category, expected),
    detect: share(detect, lines.length),
    misses,
  };
}

const pct = (x: number) => Math.round(1000 * x) / 10;

/** "fully right 97.4 %, amount 99.1 %, …": one line per set, for the bench and the tests. */
export function describeScore(s: SetScore): string {
  return (
    `${s.sentences} sentences: fully right ${pct(s.full)} %, amount+currency ${pct(s.amount)} %, ` +
    `date ${pct(s.date)} %, category ${pct(s.category)} %, expense-or-not ${pct(s.detect)} %`
  );
}

const share = (x: number, of: number) => Math.round((1000 * x) / Math.max(1, of)) / 10;

/** How many expense sentences skip the LLM, and how many of those are saved wrong. */
function skipFigures(set: string, labelled: Labelled[]): Figure[] {
  const expenses = labelled.filter((l) => l.expect.length > 0);
  const confident = expenses.filter(
    (l) => parseExpenseText(l.text, LABEL_OPTIONS).confidence >= PARSER_CONFIDENT,
  );
  const wrong = confident.filter((l) => scoreSet([l]).full < 1);
  return [
    {
      name: `${set}: expense sentences that skip the LLM`,
      value: share(confident.length, expenses.length),
      unit: '%',
      note: `${confident.length}/${expenses.length} at confidence ≥ ${PARSER_CONFIDENT}`,
    },
    {
      name: `${set}: of those, not fully right (saved unchecked)`,
      value: share(wrong.length, confident.length),
      unit: '%',
      note: `${wrong.length}/${confident.length}`,
    },
  ];
}

function accuracyFigures(set: string, labelled: Labelled[]): Figure[] {
  const s = scoreSet(labelled);
  return [
    {
      name: `${set}: fully right`,
      value: pct(s.full),
      unit: '%',
      note: `amount ${pct(s.amount)} %, date ${pct(s.date)} %, category ${pct(s.category)} %, expense-or-not ${pct(s.detect)} %, ${s.sentences} sentences`,
    },
  ];
}

export async function benchParser(): Promise<Figure[]> {
  const sets = LABELLED_SETS.map(([name, file]) => [name, loadLabelled(file)] as const);
  const texts = sets.flatMap(([, lines]) => lines.map((l) => l.text));
  // Warm up so the JIT has compiled the hot paths before the clock starts.
  for (let i = 0; i < 5000; i++) parseExpenseText(texts[i % texts.length] ?? '', LABEL_OPTIONS);

  const times: number[] = [];
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < DURATION_MS) {
    const t0 = performance.now();
    parseExpenseText(texts[n % texts.length] ?? '', LABEL_OPTIONS);
    times.push(performance.now() - t0);
    n++;
  }
  const elapsedS = (performance.now() - start) / 1000;
  const perSecond = Math.round(n / elapsedS);
  return [
    {
      name: 'local parser throughput (one core)',
      value: perSecond,
      unit: 'utt/s',
      target: '≥ 5000/s',
      ok: perSecond >= 5000,
      note: `${n} parses of ${texts.length} labelled sentences in ${elapsedS.toFixed(1)} s`,
    },
    {
      name: 'local parser p99 per utterance',
      value: Math.round(percentile(times, 99) * 10_000) / 10,
      unit: 'µs',
    },
    ...sets.flatMap(([name, lines]) => accuracyFigures(`${name} set`, lines)),
    // The tuning set is written to be passed; the others say what skipping the LLM costs.
    ...sets
      .filter(([name]) => name !== 'tuning v2')
      .flatMap(([name, lines]) => skipFigures(`${name} set`, lines)),
  ];
}
