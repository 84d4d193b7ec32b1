/**
 * The local parser against labelled sentences (tests/fixtures/utterances*.jsonl), scored the way
 * ../shared/eval/score.mjs scores the CLI: a sentence is fully right when it gives exactly the
 * expected expenses, in order, each with the right amount and currency, date and an accepted
 * category. The holdout set was written before the parser and never tuned on: its figure is
 * printed, not asserted, so nobody is tempted to tune to it.
 */
import { readFileSync } from 'node:fs';
import { type ParseResult, parseExpenseText } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';

interface Expected {
  amount: number;
  currency: string;
  category: string[];
  date: string;
}
interface Labelled {
  text: string;
  expect: Expected[];
  lang: 'fr' | 'en';
  quirk: string;
}

const load = (name: string): Labelled[] =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Labelled);

// Every line is relative to this instant in Paris, with euros by default.
const OPTIONS = { now: new Date('2026-11-24T12:30:00+01:00'), timeZone: 'Europe/Paris', currency: 'EUR' };

const cents = (decimal: string | number) => Math.round(Number(decimal) * 100);

function fullyRight(label: Labelled, got: ParseResult): boolean {
  if (got.expenses.length !== label.expect.length) return false;
  return label.expect.every((want, i) => {
    const e = got.expenses[i];
    return (
      e !== undefined &&
      cents(e.amount) === cents(want.amount) &&
      e.currency === want.currency &&
      e.date === want.date &&
      want.category.includes(e.category)
    );
  });
}

function score(lines: Labelled[]) {
  const misses: string[] = [];
  let full = 0;
  let detect = 0;
  for (const label of lines) {
    const got = parseExpenseText(label.text, OPTIONS);
    if ((label.expect.length === 0) === (got.expenses.length === 0)) detect++;
    if (fullyRight(label, got)) full++;
    else misses.push(`[${label.quirk}] ${label.text} → ${JSON.stringify(got.expenses)}`);
  }
  return { full: full / lines.length, detect: detect / lines.length, misses };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('the local parser on labelled sentences', () => {
  const own = load('utterances.jsonl');

  it('has a labelled set of at least 180 sentences, mostly French, each tagged', () => {
    expect(own.length).toBeGreaterThanOrEqual(180);
    expect(own.filter((l) => l.lang === 'fr').length / own.length).toBeGreaterThanOrEqual(0.6);
    for (const l of own) expect(l.quirk).toMatch(/^[a-z0-9-]+$/);
  });

  it('gets at least 97 % of its own labelled set fully right', () => {
    const { full, detect, misses } = score(own);
    console.log(
      `labelled set: ${own.length} sentences, fully right ${pct(full)}, expense-or-not ${pct(detect)}`,
    );
    if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
    expect(full).toBeGreaterThanOrEqual(0.97);
  });

  it.each(own.filter((l) => l.expect.length === 0).map((l) => [l.quirk, l.text] as const))(
    'finds no expense in a %s sentence: %s',
    (_quirk, text) => {
      expect(parseExpenseText(text, OPTIONS).expenses).toEqual([]);
    },
  );

  it('reports the never-seen holdout set separately', () => {
    const holdout = load('utterances-holdout.jsonl');
    const { full, detect } = score(holdout);
    console.log(
      `holdout (never tuned on): ${holdout.length} sentences, fully right ${pct(full)}, expense-or-not ${pct(detect)}`,
    );
    expect(holdout.length).toBeGreaterThanOrEqual(80);
  });
});
