/**
 * Which readings the parser is sure of and wrong (issue 29), per non-blind labelled set and half:
 *   tsx tests/bench/sure-wrong.ts                       # per set and half: expense sentences, sure, sure and wrong, unchecked
 *   tsx tests/bench/sure-wrong.ts --save /tmp/x.json    # the same, and each line's state kept to compare with later
 *   tsx tests/bench/sure-wrong.ts --against /tmp/x.json # per half, before → after, and the cost: right readings made unsure
 *   tsx tests/bench/sure-wrong.ts --misses v20a         # the sure-and-wrong sentences of v20a's EVEN half, and what is wrong
 *   tsx tests/bench/sure-wrong.ts --changes /tmp/x.json # the lines of the HALVED sets' even halves whose sureness changed since
 * Halves are by the 0-based index of a line (even: 0, 2, 4…), as in v19a and the sets after it.
 * The blind sets and the holdout are never read; an odd half is only ever counted, never listed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PARSER_CONFIDENT, type ParseResult, parseExpenseText } from '@voicetrack/shared';
import { LABELLED_SETS } from './parser.ts';
import { LABEL_OPTIONS, type Labelled, loadLabelled, scoreSet } from './parser-score.ts';

/** The sets written with halves whose even half the doubts of round 21 were found on. */
export const HALVED = ['v19a', 'v19d', 'v19e', 'v19f', 'v19n', 'v20a', 'v20d', 'v20e', 'v20f', 'v20n'];

interface LineState {
  sure: boolean;
  right: boolean;
  /** Sure, wrong, and not only in a category the model is asked for. */
  unchecked: boolean;
  /** The category of an expense is asked to the model (`categorySure: false`). */
  asked: boolean;
}

const cents = (x: string | number) => Math.round(Number(x) * 100);
const optionsOf = (l: Labelled) =>
  l.locale === undefined ? LABEL_OPTIONS : { ...LABEL_OPTIONS, locale: l.locale };

/** The parts of a reading that are wrong: what a person would find wrong in their totals. */
function wrongParts(label: Labelled, got: ParseResult): string[] {
  if (got.expenses.length === 0) return ['expense-or-not'];
  const parts = new Set<string>();
  if (got.expenses.length !== label.expect.length) parts.add('count of expenses');
  label.expect.forEach((want, i) => {
    const e = got.expenses[i];
    if (!e) return;
    if (cents(e.amount) !== cents(want.amount) || e.currency !== want.currency) parts.add('amount');
    if (e.date !== want.date) parts.add('date');
    if (!want.category.includes(e.category))
      parts.add(e.categorySure === false ? 'category (asked)' : 'category');
  });
  if (label.movement !== undefined && got.movement?.kind !== label.movement) parts.add('movement');
  return parts.size ? [...parts] : ['review, reimbursable or description'];
}

/** Each expense line's state; lines with no expense expected are left out (null). */
function states(lines: readonly Labelled[]): (LineState | null)[] {
  return lines.map((label) => {
    if (label.expect.length === 0) return null;
    const got = parseExpenseText(label.text, optionsOf(label));
    const sure = got.confidence >= PARSER_CONFIDENT;
    const right = scoreSet([label]).full === 1;
    // Right once the categories the model is asked for are taken as the model would give them.
    const asked = label.expect.map((want, i) => {
      const e = got.expenses[i];
      return e?.categorySure === false ? { ...want, category: [...want.category, e.category] } : want;
    });
    const unchecked = sure && !right && scoreSet([{ ...label, expect: asked }]).full < 1;
    return { sure, right, unchecked, asked: got.expenses.some((e) => e.categorySure === false) };
  });
}

const half = <T>(xs: readonly T[], odd: boolean) => xs.filter((_, i) => i % 2 === (odd ? 1 : 0));
const sum = (xs: readonly (LineState | null)[], f: (s: LineState) => boolean) =>
  xs.filter((s): s is LineState => s !== null && f(s)).length;
const pc = (x: number, of: number) => (of === 0 ? '–' : `${((100 * x) / of).toFixed(1)} %`);

function describeHalf(xs: readonly (LineState | null)[]): string {
  const n = sum(xs, () => true);
  const sure = sum(xs, (s) => s.sure);
  const wrong = sum(xs, (s) => s.sure && !s.right);
  return `${n} expense sentences, sure ${sure} (${pc(sure, n)}), sure and wrong ${wrong} (${pc(wrong, sure)} of sure), unchecked ${sum(xs, (s) => s.unchecked)}`;
}

function compareHalf(was: readonly (LineState | null)[], now: readonly (LineState | null)[]): string {
  let rightUnsure = 0;
  let wrongCaught = 0;
  let newlySure = 0;
  let rightAsked = 0;
  let uncheckedAsked = 0;
  now.forEach((s, i) => {
    const w = was[i];
    if (!s || !w) return;
    if (w.sure && !s.sure && s.right) rightUnsure++;
    if (w.sure && !w.right && !s.sure) wrongCaught++;
    if (!w.sure && s.sure) newlySure++;
    // A category doubt: the confidence stays, the model is asked for the category alone.
    if (w.sure && s.sure && !w.asked && s.asked && s.right) rightAsked++;
    if (w.unchecked && s.sure && !s.unchecked) uncheckedAsked++;
  });
  return (
    `${describeHalf(was)}\n      → ${describeHalf(now)}\n      sure-and-wrong made unsure ${wrongCaught}, ` +
    `right readings made unsure ${rightUnsure}; unchecked whose category is now asked ${uncheckedAsked}, ` +
    `right sure readings whose category is now asked ${rightAsked}${newlySure ? `; newly sure ${newlySure}` : ''}`
  );
}

const open = LABELLED_SETS.filter(
  ([, file, kind]) => kind !== 'never tuned on' && !file.includes('blind') && !file.includes('holdout'),
);
const nameOf = (file: string) => file.replace(/^utterances-?/, '').replace(/\.jsonl$/, '') || 'labelled';
const [mode, arg] = process.argv.slice(2);

if (mode === '--misses') {
  // Only the sets whose 0-based even half is the tuned one: in the sets tuned on 1-based even lines
  // (v13m, v14c…) the 0-based even half is the held-out one.
  if (![...HALVED, 'v21s'].includes(arg ?? ''))
    throw new Error(`${arg}: not a set tuned on its 0-based even half`);
  const file = `utterances-${arg}.jsonl`;
  const even = half(loadLabelled(file), false);
  even.forEach((label, k) => {
    if (label.expect.length === 0) return;
    const got = parseExpenseText(label.text, optionsOf(label));
    if (got.confidence < PARSER_CONFIDENT || scoreSet([label]).full === 1) return;
    const read = got.expenses.map((e) => `${e.amount} ${e.currency} ${e.category} ${e.date}`).join(' + ');
    console.log(
      `${arg}:${2 * k} [${wrongParts(label, got).join(', ')}] ${label.text}  →  ${read || 'nothing'} (${got.confidence})`,
    );
  });
} else if (mode === '--changes') {
  const before = JSON.parse(readFileSync(arg ?? '', 'utf8')) as Record<string, (LineState | null)[]>;
  for (const name of [...HALVED, 'v21s']) {
    const lines = loadLabelled(`utterances-${name}.jsonl`);
    const now = states(lines);
    now.forEach((s, i) => {
      const w = before[name]?.[i];
      if (i % 2 === 1 || !s || !w || (w.sure === s.sure && w.asked === s.asked)) return;
      const what =
        w.sure !== s.sure
          ? s.sure
            ? 'now sure'
            : 'now unsure'
          : s.asked
            ? 'category now asked'
            : 'category no longer asked';
      console.log(`${name}:${i} ${what}, ${s.right ? 'right' : 'WRONG'}: ${lines[i]?.text}`);
    });
  }
} else {
  const all: Record<string, (LineState | null)[]> = {};
  for (const [, file] of open) all[nameOf(file)] = states(loadLabelled(file));
  const before =
    mode === '--against' ? (JSON.parse(readFileSync(arg ?? '', 'utf8')) as typeof all) : undefined;
  const pooled = (names: readonly string[], odd: boolean, from: typeof all) =>
    names.flatMap((n) => half(from[n] ?? [], odd));
  const rows: [string, boolean, string[]][] = [
    ...Object.keys(all).flatMap((n): [string, boolean, string[]][] => [
      [`${n} even`, false, [n]],
      [`${n} odd`, true, [n]],
    ]),
    ['the ten halved sets, even halves', false, HALVED],
    ['the ten halved sets, odd halves', true, HALVED],
    ['every non-blind set, even halves', false, Object.keys(all)],
    ['every non-blind set, odd halves', true, Object.keys(all)],
  ];
  for (const [label, odd, names] of rows) {
    const now = pooled(names, odd, all);
    console.log(`${label}: ${before ? compareHalf(pooled(names, odd, before), now) : describeHalf(now)}`);
  }
  if (mode === '--save') writeFileSync(arg ?? '', JSON.stringify(all));
}
