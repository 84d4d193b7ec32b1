/**
 * `pnpm category-model:doubt`: a learned model as a doubt of the lexicon's category, leave-one-set-out
 * over the tuning sets (never a holdout or blind set). For each set, naive Bayes and the logistic
 * regression are trained on every other set and the lexicons; the set is read by the parser, and for
 * each sure reading (confidence ≥ PARSER_CONFIDENT) whose category a clear lexicon word gave
 * (ParseOptions.doubtCategory is asked exactly then), each model scores the expense's words, and the
 * same words without the keyword. Then, per rule and threshold: how many wrong categories the
 * disagreement flags, how many right ones, and how many sure-and-wrong sentences stay wrong in a part
 * no model is asked about (the bench's « unchecked » count) if the flagged categories were asked.
 */
import { CATEGORIES, type Category } from '../../shared/src/categories.ts';
import { categoryScores, posteriors, readCategoryModel } from '../../shared/src/parse/category-model.ts';
import { type TrainingNote, trainCategoryModel } from '../../shared/src/parse/category-model-train.ts';
import { PARSER_CONFIDENT } from '../../shared/src/parse/confidence.ts';
import { parseExpenseText } from '../../shared/src/parse/parse-expense-text.ts';
import { LABEL_OPTIONS, type Labelled, loadLabelled, scoreSet } from '../../tests/bench/parser-score.ts';
import { lexiconNotes, setNotes, TUNING_SETS } from './corpus.ts';
import { logisticScores, trainLogistic } from './logistic.ts';

/** What one model made of some words, against the lexicon's category. */
interface View {
  /** Posterior of the lexicon's category (1 when the model knows none of the words). */
  posterior: number;
  /** How far (log-odds) the model's best category is ahead of the lexicon's; 0 when it is the lexicon's. */
  margin: number;
}
const VARIANTS = [
  'Bayes, all words',
  'Bayes, without the keyword',
  'logistic, all words',
  'logistic, without the keyword',
] as const;
/** One lexicon-sure category of a sure reading: right or not, and each variant's view. */
interface Seen {
  right: boolean;
  views: View[];
}
interface Sure {
  label: Labelled;
  got: ReturnType<typeof parseExpenseText>;
  /** Index among the expenses of each lexicon-sure category, and what the models made of it. */
  at: number[];
  seen: Seen[];
  wrong: boolean;
}

function view(scores: Float64Array | null, category: Category): View {
  if (!scores) return { posterior: 1, margin: 0 };
  const c = CATEGORIES.indexOf(category);
  return { posterior: posteriors(scores)[c] ?? 0, margin: Math.max(...scores) - (scores[c] ?? 0) };
}

/** LEXICON=0: trained on the sets' notes alone, without the lexicons' phrases. */
const lexicon = process.env.LEXICON === '0' ? [] : lexiconNotes();
const sures: Sure[] = [];
for (const left of TUNING_SETS) {
  const train: TrainingNote[] = [...TUNING_SETS.filter((s) => s !== left).flatMap(setNotes), ...lexicon];
  const bayes = readCategoryModel(trainCategoryModel(train));
  const logistic = trainLogistic(train);
  for (const label of loadLabelled(left)) {
    if (label.expect.length === 0 || label.unsure) continue;
    const views: View[][] = [];
    const doubtCategory = (words: string, keyword: string, category: Category) => {
      const rest = words.replace(keyword, ' ');
      views.push([
        view(categoryScores(bayes, words), category),
        view(categoryScores(bayes, rest), category),
        view(logisticScores(logistic, words), category),
        view(logisticScores(logistic, rest), category),
      ]);
      return false;
    };
    const got = parseExpenseText(label.text, { ...LABEL_OPTIONS, doubtCategory });
    if (got.confidence < PARSER_CONFIDENT) continue;
    // A sure reading drops no clause, so the calls are its lexicon-sure expenses, in order.
    const at = got.expenses.flatMap((e, i) => (e.categorySure ? [i] : []));
    const seen = views.map((v, k) => {
      const e = got.expenses[at[k] ?? -1];
      const want = label.expect[at[k] ?? -1];
      return { views: v, right: e !== undefined && want?.category.includes(e.category) === true };
    });
    sures.push({ label, got, at, seen, wrong: scoreSet([label]).full < 1 });
  }
}

/** Still wrong in a part no model is asked about when the flagged categories are asked too. */
function unchecked(s: Sure, flag: (x: Seen) => boolean): boolean {
  const asked = new Set(s.got.expenses.flatMap((e, i) => (e.categorySure === false ? [i] : [])));
  s.seen.forEach((x, k) => {
    if (flag(x)) asked.add(s.at[k] ?? -1);
  });
  const expect = s.label.expect.map((want, i) => {
    const e = s.got.expenses[i];
    return asked.has(i) && e ? { ...want, category: [...want.category, e.category] } : want;
  });
  return scoreSet([{ ...s.label, expect }]).full < 1;
}

const all = sures.flatMap((s) => s.seen);
const sureWrong = sures.filter((s) => s.wrong);
const cell = (flag: (x: Seen) => boolean) => {
  const wrong = all.filter((x) => !x.right && flag(x)).length;
  const right = all.filter((x) => x.right && flag(x)).length;
  return `${wrong} / ${right}, ${sureWrong.filter((s) => unchecked(s, flag)).length}`;
};
const RULES: [string, (v: View) => boolean][] = [
  ...[0.01, 0.05, 0.1, 0.2].map((p): [string, (v: View) => boolean] => [
    `posterior < ${p}`,
    (v) => v.posterior < p,
  ]),
  ...[1, 2, 3, 4].map((m): [string, (v: View) => boolean] => [
    `another ahead by ≥ ${m}`,
    (v) => v.margin >= m,
  ]),
];
console.log(
  `${sures.length} sure expense sentences; ${all.length} categories from a clear lexicon word in them, ` +
    `${all.filter((x) => !x.right).length} wrong; ${sureWrong.length} sentences sure and wrong, ` +
    `${sureWrong.filter((s) => unchecked(s, () => false)).length} in a part no model is asked about. ` +
    `Of the wrong categories, the lexicon's is each model's own first choice (all words): ` +
    `${VARIANTS.map((v, i) => [v, i] as const)
      .filter(([v]) => v.endsWith('all words'))
      .map(([v, i]) => `${v.split(',')[0]} ${all.filter((x) => !x.right && x.views[i]?.margin === 0).length}`)
      .join(', ')}.\n` +
    'Each cell: wrong flagged / right flagged, sure-and-wrong sentences left in a part no model is asked about.\n',
);
const rows = [`doubt when | ${VARIANTS.join(' | ')}`, `--- | ${VARIANTS.map(() => '---').join(' | ')}`];
for (const [name, rule] of RULES)
  rows.push(
    `${name} | ${VARIANTS.map((_, i) => cell((x) => rule(x.views[i] ?? { posterior: 1, margin: 0 }))).join(' | ')}`,
  );
console.log(rows.join('\n'));
