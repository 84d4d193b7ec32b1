/**
 * How the labelled sentences of tests/fixtures/utterances*.jsonl are scored against the local
 * parser: the way ../shared/eval/score.mjs scores the CLI (exactly the expected expenses, in order,
 * each with the right amount and currency, date and an accepted category), plus the keys some
 * lines add (`reimbursable`, `review`, `reason`, `descriptionHas`, `movement`, `moved`, `unsure`;
 * tests/fixtures/utterances-blind-v3.md says what each means), and `locale`: the phone's language,
 * which may differ from the sentence's (tests/fixtures/utterances-v14l.md).
 */
import { readFileSync } from 'node:fs';
import {
  type MovementKind,
  PARSER_CONFIDENT,
  type ParsedExpense,
  type ParseOptions,
  type ParseResult,
  parseExpenseText,
  readLocally,
  settleLocally,
} from '@voicetrack/shared';

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
  /** With `review`: the `reviewReason` must be exactly this ("future_date"). */
  reason?: string;
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
  /**
   * Money that moved but was not spent. With `expect: []`, right only when the parse says this
   * kind; beside expenses, the expenses are scored as usual (the kind is informative).
   */
  movement?: MovementKind;
  /**
   * With `movement` and `expect: []`: the movement must also say this amount in this currency, and
   * its description hold `descriptionHas` (case-insensitive) when given: the person or the thing.
   */
  moved?: { amount: number; currency: string; descriptionHas?: string };
  /** The page's locale the sentence was said under ("fr-FR" for English on a French phone); absent: none. */
  locale?: string;
}

export interface SetScore {
  sentences: number;
  /** Shares of sentences (full, detect) or of expected expenses (amount, date, category), 0..1. */
  full: number;
  amount: number;
  date: number;
  category: number;
  detect: number;
  /** Of the lines that are a movement alone, the share whose kind (and `moved`, when labelled) the parse said (1 when none). */
  movement: number;
  movements: number;
  misses: string[];
}

/** Every labelled line is relative to this instant in Paris, with euros by default. */
export const LABEL_OPTIONS: ParseOptions = {
  now: new Date('2026-11-24T12:30:00+01:00'),
  timeZone: 'Europe/Paris',
  currency: 'EUR',
};

/** A labelled set of tests/fixtures, one sentence and its expected expenses per line. */
export function loadLabelled(name: string): Labelled[] {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Labelled);
}

/** The options a line is read with: its own locale, when it says one. */
const withLocale = (options: ParseOptions, label: Labelled): ParseOptions =>
  label.locale === undefined ? options : { ...options, locale: label.locale };

const cents = (decimal: string | number) => Math.round(Number(decimal) * 100);
const flagged = (got: ParseResult, e: ParsedExpense) =>
  e.reviewReason !== undefined || got.confidence < PARSER_CONFIDENT;

function reviewRight(want: ExpectedExpense, e: ParsedExpense, got: ParseResult): boolean {
  if (want.review !== true) return e.reviewReason === undefined;
  return flagged(got, e) && (want.reason === undefined || e.reviewReason === want.reason);
}

/** Whether one parsed expense is the expected one; `parts` says which parts are right. */
function check(want: ExpectedExpense, e: ParsedExpense | undefined, got: ParseResult) {
  const amount = e !== undefined && cents(e.amount) === cents(want.amount) && e.currency === want.currency;
  const date = e?.date === want.date;
  const category = e !== undefined && want.category.includes(e.category);
  const extras =
    e !== undefined &&
    (want.reimbursable === true) === (e.reimbursable === true) &&
    reviewRight(want, e, got) &&
    (want.descriptionHas === undefined ||
      e.description.toLowerCase().includes(want.descriptionHas.toLowerCase()));
  return { amount, date, category, all: amount && date && category && extras };
}

/** Scores one set: fully right, amount+currency, date, category, expense-or-not, movements. */
export function scoreSet(lines: readonly Labelled[], options: ParseOptions = LABEL_OPTIONS): SetScore {
  let full = 0;
  let detect = 0;
  let amount = 0;
  let date = 0;
  let category = 0;
  let expected = 0;
  let movements = 0;
  let movementsRight = 0;
  const misses: string[] = [];
  for (const label of lines) {
    const got = parseExpenseText(label.text, withLocale(options, label));
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
      if (label.movement !== undefined && label.expect.length === 0) {
        movements++;
        const said =
          got.movement?.kind === label.movement &&
          (label.moved === undefined ||
            (cents(got.movement.amount) === cents(label.moved.amount) &&
              got.movement.currency === label.moved.currency &&
              (label.moved.descriptionHas === undefined ||
                got.movement.description.toLowerCase().includes(label.moved.descriptionHas.toLowerCase()))));
        if (said) movementsRight++;
        right &&= said;
      }
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
    movement: share(movementsRight, movements),
    movements,
    misses,
  };
}

/** How often the parser is sure of an expense sentence, and how often it is sure and wrong. */
export interface SureFigures {
  /** Sentences labelled with at least one expense. */
  expenseSentences: number;
  /** Of those, read at confidence ≥ PARSER_CONFIDENT: saved without asking the model the amounts. */
  sure: number;
  /** Of the sure ones, not fully right. */
  sureWrong: number;
  /**
   * Of the sure-and-wrong ones, wrong in a part no model is asked about: not only in a category the
   * parser was unsure of (`categorySure: false`, whose category alone the server asks the model).
   */
  unchecked: number;
}

export function sureFigures(lines: readonly Labelled[], options: ParseOptions = LABEL_OPTIONS): SureFigures {
  const figures: SureFigures = { expenseSentences: 0, sure: 0, sureWrong: 0, unchecked: 0 };
  for (const label of lines) {
    if (label.expect.length === 0) continue;
    figures.expenseSentences++;
    const got = parseExpenseText(label.text, withLocale(options, label));
    if (got.confidence < PARSER_CONFIDENT) continue;
    figures.sure++;
    if (scoreSet([label], options).full === 1) continue;
    figures.sureWrong++;
    // Right once the categories the model is asked for are taken as the model would give them.
    const asked = label.expect.map((want, i) => {
      const e = got.expenses[i];
      return e?.categorySure === false ? { ...want, category: [...want.category, e.category] } : want;
    });
    if (scoreSet([{ ...label, expect: asked }], options).full < 1) figures.unchecked++;
  }
  return figures;
}

export const pct = (x: number) => Math.round(1000 * x) / 10;

/** "fully right 97.4 %, amount 99.1 %, …": one line per set, for the bench and the tests. */
export function describeScore(s: SetScore): string {
  const moves = s.movements > 0 ? `, movements said ${pct(s.movement)} % of ${s.movements}` : '';
  return (
    `${s.sentences} sentences: fully right ${pct(s.full)} %, amount+currency ${pct(s.amount)} %, ` +
    `date ${pct(s.date)} %, category ${pct(s.category)} %, expense-or-not ${pct(s.detect)} %${moves}`
  );
}

/**
 * Where money said goes with no model to ask (a server with no key, the phone offline): of the
 * sentences labelled with an expense, how many the local rule keeps no row of. `asMovement`: the
 * answer says money moved (the card offers to record it as an expense); `silent`: it says nothing
 * at all — the amount vanished, what the review of round 24 said must never happen.
 */
export interface KeptFigures {
  expenseSentences: number;
  asMovement: number;
  silent: number;
}

export function keptFigures(lines: readonly Labelled[], options: ParseOptions = LABEL_OPTIONS): KeptFigures {
  const figures: KeptFigures = { expenseSentences: 0, asMovement: 0, silent: 0 };
  for (const label of lines) {
    if (label.expect.length === 0) continue;
    figures.expenseSentences++;
    const settled = settleLocally(label.text, readLocally(label.text, withLocale(options, label)), false);
    if (settled === null || settled.expenses.length > 0) continue;
    if (settled.movement) figures.asMovement++;
    else figures.silent++;
  }
  return figures;
}
