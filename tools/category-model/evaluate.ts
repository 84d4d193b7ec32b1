/**
 * `pnpm category-model:evaluate`: leave-one-set-out over the tuning sets. For each set, the models
 * are trained on every other set and the lexicons, and the set is scored with the rules alone, and
 * with the rules and each model as their fallback (ParseOptions.guessCategory, asked when no lexicon
 * word names a category); then each model alone, on the set's notes of one category.
 */
import { CATEGORIES } from '../../shared/src/categories.ts';
import { categoryGuesser, guessCategory, readCategoryModel } from '../../shared/src/parse/category-model.ts';
import { trainCategoryModel } from '../../shared/src/parse/category-model-train.ts';
import { LABEL_OPTIONS, loadLabelled, pct, type SetScore, scoreSet } from '../../tests/bench/parser-score.ts';
import { lexiconNotes, setNotes, TUNING_SETS } from './corpus.ts';
import { logisticGuesser, trainLogistic } from './logistic.ts';

/** A feature seen in fewer notes is left out of the naive Bayes table. */
const MIN_NOTES = Number(process.env.MIN_NOTES ?? 2);
/** How far ahead of `other` (logits) the regression must be to replace the rules' fallback. */
const LOGISTIC_MARGIN = 1.5;

const lexicon = lexiconNotes();
const sum = {
  sentences: 0,
  expected: 0,
  rules: [0, 0],
  bayes: [0, 0],
  logistic: [0, 0],
  alone: [0, 0],
  one: 0,
};
const add = (to: number[], s: SetScore, expected: number) => {
  to[0] = (to[0] ?? 0) + s.category * expected;
  to[1] = (to[1] ?? 0) + s.full * s.sentences;
};
const cell = (s: SetScore) => `${pct(s.category)} %, ${pct(s.full)} %`;
const rows = [
  'set | sentences | rules: category, fully right | rules + Bayes | rules + logistic | alone: Bayes, logistic',
  '--- | --- | --- | --- | --- | ---',
];
for (const left of TUNING_SETS) {
  const train = [...TUNING_SETS.filter((s) => s !== left).flatMap(setNotes), ...lexicon];
  const bayes = readCategoryModel(trainCategoryModel(train, { minNotes: MIN_NOTES }));
  const logistic = trainLogistic(train);
  const lines = loadLabelled(left);
  const rules = scoreSet(lines);
  const withBayes = scoreSet(lines, { ...LABEL_OPTIONS, guessCategory: categoryGuesser(bayes) });
  const withLogistic = scoreSet(lines, {
    ...LABEL_OPTIONS,
    guessCategory: logisticGuesser(logistic, LOGISTIC_MARGIN),
  });
  const anyCategory = logisticGuesser(logistic, Number.NEGATIVE_INFINITY);
  let one = 0;
  const alone = [0, 0];
  for (const l of lines) {
    const first = l.expect[0]?.category[0];
    if (!first || l.expect.some((e) => e.category[0] !== first)) continue;
    const accepted: readonly string[] = l.expect[0]?.category ?? CATEGORIES;
    one++;
    if (accepted.includes(guessCategory(bayes, l.text)?.category ?? 'other')) alone[0] = (alone[0] ?? 0) + 1;
    if (accepted.includes(anyCategory(l.text) ?? 'other')) alone[1] = (alone[1] ?? 0) + 1;
  }
  const expected = lines.reduce((a, l) => a + (l.unsure ? 0 : l.expect.length), 0);
  sum.sentences += lines.length;
  sum.expected += expected;
  sum.one += one;
  add(sum.rules, rules, expected);
  add(sum.bayes, withBayes, expected);
  add(sum.logistic, withLogistic, expected);
  sum.alone = sum.alone.map((n, i) => n + (alone[i] ?? 0));
  rows.push(
    `${left} | ${lines.length} | ${cell(rules)} | ${cell(withBayes)} | ${cell(withLogistic)} | ` +
      `${pct((alone[0] ?? 0) / one)} %, ${pct((alone[1] ?? 0) / one)} %`,
  );
}
const total = (t: number[]) => `${pct((t[0] ?? 0) / sum.expected)} %, ${pct((t[1] ?? 0) / sum.sentences)} %`;
rows.push(
  `all | ${sum.sentences} | ${total(sum.rules)} | ${total(sum.bayes)} | ${total(sum.logistic)} | ` +
    `${pct((sum.alone[0] ?? 0) / sum.one)} %, ${pct((sum.alone[1] ?? 0) / sum.one)} %`,
);
console.log(rows.join('\n'));
