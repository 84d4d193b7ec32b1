/**
 * `pnpm category-model:evaluate`: leave-one-set-out over the tuning sets. For each set, a model is
 * trained on every other set and the lexicons, and the set is scored with the rules alone and with
 * the rules and that model; the model alone's category on the set's one-category notes is printed too.
 */
import { guessCategory, readCategoryModel } from '../../shared/src/parse/category-model.ts';
import { trainCategoryModel } from '../../shared/src/parse/category-model-train.ts';
import { LABEL_OPTIONS, loadLabelled, pct, scoreSet } from '../../tests/bench/parser-score.ts';

/** A feature seen in fewer notes is left out of the table. */
const MIN_NOTES = Number(process.env.MIN_NOTES ?? 2);

import { lexiconNotes, setNotes, TUNING_SETS } from './corpus.ts';

const lexicon = lexiconNotes();
const rows: string[] = [
  'set | notes | rules: category, fully right | rules+model: category, fully right | model alone: category',
];
let total = { n: 0, rc: 0, mc: 0, rf: 0, mf: 0, alone: 0, aloneN: 0, sentences: 0 };
for (const left of TUNING_SETS) {
  const others = TUNING_SETS.filter((s) => s !== left).flatMap(setNotes);
  const model = readCategoryModel(trainCategoryModel([...others, ...lexicon], { minNotes: MIN_NOTES }));
  const lines = loadLabelled(left);
  const rules = scoreSet(lines, { ...LABEL_OPTIONS, categoryModel: undefined });
  const both = scoreSet(lines, { ...LABEL_OPTIONS, categoryModel: model });
  let alone = 0;
  let aloneN = 0;
  for (const l of lines) {
    const first = l.expect[0];
    if (!first || l.expect.some((e) => e.category[0] !== first.category[0])) continue;
    aloneN++;
    if (first.category.includes(guessCategory(model, l.text)?.category ?? 'other')) alone++;
  }
  const expected = lines.reduce((a, l) => a + (l.unsure ? 0 : l.expect.length), 0);
  total = {
    n: total.n + expected,
    rc: total.rc + rules.category * expected,
    mc: total.mc + both.category * expected,
    rf: total.rf + rules.full * lines.length,
    mf: total.mf + both.full * lines.length,
    alone: total.alone + alone,
    aloneN: total.aloneN + aloneN,
    sentences: total.sentences + lines.length,
  };
  rows.push(
    `${left} | ${lines.length} | ${pct(rules.category)} %, ${pct(rules.full)} % | ${pct(both.category)} %, ${pct(both.full)} % | ${pct(alone / aloneN)} %`,
  );
  if (process.env.MISSES) {
    const a = new Set(rules.misses);
    for (const m of both.misses) if (!a.has(m)) console.log(`  worse: ${m.slice(0, 200)}`);
    const b = new Set(both.misses);
    for (const m of rules.misses) if (!b.has(m)) console.log(`  better: ${m.slice(0, 140)}`);
  }
}
rows.push(
  `all | ${total.sentences} | ${pct(total.rc / total.n)} %, ${pct(total.rf / total.sentences)} % | ${pct(total.mc / total.n)} %, ${pct(total.mf / total.sentences)} % | ${pct(total.alone / total.aloneN)} %`,
);
console.log(rows.join('\n'));
