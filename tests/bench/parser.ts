/**
 * Local parser figures over the labelled sentences (tests/fixtures/utterances*.jsonl): throughput
 * on one core for ~2 s, p99 time per utterance, and how often the server can skip the LLM — the
 * share of expense sentences the parser is confident about — beside how often that confidence is
 * misplaced (confident and not fully right), which is what skipping the LLM costs. The holdout
 * set (never tuned on) gives the less flattering pair.
 */
import { readFileSync } from 'node:fs';
import { PARSER_CONFIDENT, type ParseOptions, parseExpenseText } from '@voicetrack/shared';
import { type Figure, percentile } from './figure.ts';

interface Labelled {
  text: string;
  expect: { amount: number; currency: string; category: string[]; date: string }[];
}

const OPTIONS: ParseOptions = {
  now: new Date('2026-11-24T12:30:00+01:00'),
  timeZone: 'Europe/Paris',
  currency: 'EUR',
};
const DURATION_MS = Number(process.env.BENCH_PARSER_MS ?? 2000);

/** A labelled set of tests/fixtures, one sentence and its expected expenses per line. */
export function loadLabelled(name: string): Labelled[] {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Labelled);
}

function fullyRight(label: Labelled): boolean {
  const got = parseExpenseText(label.text, OPTIONS).expenses;
  return (
    got.length === label.expect.length &&
    label.expect.every((want, i) => {
      const e = got[i];
      return (
        e !== undefined &&
        Math.round(Number(e.amount) * 100) === Math.round(want.amount * 100) &&
        e.currency === want.currency &&
        e.date === want.date &&
        want.category.includes(e.category)
      );
    })
  );
}

const share = (x: number, of: number) => Math.round((1000 * x) / Math.max(1, of)) / 10;

/** How many expense sentences skip the LLM, and how many of those are saved wrong. */
function skipFigures(set: string, labelled: Labelled[]): Figure[] {
  const expenses = labelled.filter((l) => l.expect.length > 0);
  const confident = expenses.filter((l) => parseExpenseText(l.text, OPTIONS).confidence >= PARSER_CONFIDENT);
  const wrong = confident.filter((l) => !fullyRight(l));
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

export async function benchParser(): Promise<Figure[]> {
  const labelled = loadLabelled('utterances.jsonl');
  const texts = labelled.map((l) => l.text);
  // Warm up so the JIT has compiled the hot paths before the clock starts.
  for (let i = 0; i < 5000; i++) parseExpenseText(texts[i % texts.length] ?? '', OPTIONS);

  const times: number[] = [];
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < DURATION_MS) {
    const t0 = performance.now();
    parseExpenseText(texts[n % texts.length] ?? '', OPTIONS);
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
    ...skipFigures('labelled set', labelled),
    ...skipFigures('holdout set', loadLabelled('utterances-holdout.jsonl')),
  ];
}
