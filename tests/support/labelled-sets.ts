/**
 * The labelled sets as the parser tests hold them: a set's score printed, its lines tagged, a
 * tuning set's two halves (tuned, held out) at their floors, a blind set in figures only.
 * tests/fixtures/README.md says what each set is.
 */
import { expect } from 'vitest';
import { describeScore, type Labelled, loadLabelled, scoreSet } from '../bench/parser.ts';
export function report(name: string, lines: Labelled[]) {
  const s = scoreSet(lines);
  console.log(`${name}: ${describeScore(s)}`);
  return s;
}

export const tagged = (lines: Labelled[]) => {
  for (const l of lines) {
    expect(l.quirk).toMatch(/^[a-z0-9-]+$/);
    expect(['fr', 'en']).toContain(l.lang);
  }
};

/**
 * A tuning set written before its rules: tuned on one half only, the other half a held-out check
 * read as an aggregate (never printed). `tunedHalf` says which lines were tuned on: 'even-1'
 * (even 1-based line numbers) or 'even-0' (even 0-based indexes). Prints the tuned half's misses
 * and both scores, and holds its floors: sentences fully right on the tuned half and on the whole,
 * and the parts the tuned half gets right every time.
 */
export function heldOutSet(
  name: string,
  at: { minLines: number; minFrench?: number; tunedHalf: 'even-1' | 'even-0' },
  floors: { even: number; whole: number; perfect?: ('amount' | 'detect' | 'movement' | 'date')[] },
) {
  const set = loadLabelled(`utterances-${name}.jsonl`);
  tagged(set);
  expect(set.length).toBeGreaterThanOrEqual(at.minLines);
  if (at.minFrench !== undefined) {
    expect(set.filter((l) => l.lang === 'fr').length / set.length).toBeGreaterThanOrEqual(at.minFrench);
  }
  const offset = at.tunedHalf === 'even-1' ? 1 : 0;
  const even = set.filter((_, i) => (i + offset) % 2 === 0);
  const e = report(`tuning set ${name}, even half (tuned)`, even);
  if (e.misses.length) console.log(`misses:\n${e.misses.join('\n')}`);
  const s = report(`tuning set ${name}, whole (odd half held out)`, set);
  expect(Math.round(e.full * even.length)).toBeGreaterThanOrEqual(floors.even);
  expect(Math.round(s.full * set.length)).toBeGreaterThanOrEqual(floors.whole);
  for (const part of floors.perfect ?? []) expect(e[part], `${name}'s tuned half: ${part}`).toBe(1);
  return { set, s };
}

/** A blind set in figures only, with a low floor (half fully right) so it never blocks. */
export function blindSet(version: string, writer: string, minLines = 250) {
  const blind = loadLabelled(`utterances-blind-${version}.jsonl`);
  const b = report(
    `blind ${version} (written by ${writer} before the parser ran on it, never tuned on)`,
    blind,
  );
  expect(blind.length).toBeGreaterThanOrEqual(minLines);
  tagged(blind);
  expect(b.full).toBeGreaterThanOrEqual(0.5);
}
