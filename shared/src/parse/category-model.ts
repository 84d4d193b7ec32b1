/**
 * A learned category model: multinomial naive Bayes over the words of a note (accents folded,
 * elisions split, plurals folded) and their character 4-grams, so « pédicurie » is near
 * « pédicure » and a new brand near its trade. It is the parser's fallback when no lexicon word
 * names a category, when passed as ParseOptions.guessCategory (none by default: measured, it did not
 * help clearly; README « How it understands »). category-model-train.ts writes its table. Not
 * imported by the parser, so none of it is in the page's parser chunk.
 */
import { CATEGORIES, type Category } from '../categories.ts';
import { WEEKDAYS } from './date-words.ts';
import { singular } from './memory.ts';
import { normWord } from './tokenize.ts';
/** The model's numbers, as readCategoryModel reads them from a table. */
export interface CategoryModel {
  /** log P(feature | category), one entry per category in CATEGORIES order. */
  readonly logLikelihood: ReadonlyMap<string, Float64Array>;
  readonly logPrior: Float64Array;
}

export interface CategoryGuess {
  category: Category;
  /** The posterior, tempered by the number of features (not a calibrated probability). */
  probability: number;
  /** How far (log-odds, tempered) the guess is ahead of `other`, the rules' own fallback. */
  overOther: number;
}

const OTHER = CATEGORIES.indexOf('other');

/** Add-α smoothing of the counts. */
export const SMOOTHING = 0.5;

// Words that say nothing of what was bought: articles, prepositions, amounts and money, days.
const STOP = new Set(
  (
    'le|la|les|un|une|des|du|de|au|aux|a|et|ou|en|pour|par|sur|avec|sans|dans|chez|ce|cet|cette|ces|' +
    'mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|je|tu|il|elle|on|nous|vous|ils|' +
    'elles|moi|toi|lui|y|ai|as|est|sont|etait|suis|fait|pris|paye|payer|achete|acheter|depense|' +
    'euro|eur|balle|boule|centime|cent|dollar|livre|franc|eu|ete|mois|semaine|jour|hier|aujourd|hui|' +
    'demain|matin|midi|soir|dernier|derniere|' +
    'prochain|prochaine|ca|cela|c|l|d|j|m|n|s|t|qu|euh|bah|bon|genre|coup|the|an|of|to|for|at|' +
    'in|and|or|with|from|my|our|your|his|her|their|it|is|was|i|we|you|he|she|they|paid|pay|spent|' +
    'spend|bought|buy|got|get|buck|quid|pound|pence|penny|today|yesterday|tomorrow|morning|' +
    'lunch|evening|tonight|last|next|week|month|some|just|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|quarante|' +
    'cinquante|soixante|mille|one|two|three|four|five|ten|twenty|thirty|forty|fifty|hundred|thousand|' +
    'non|pardon|ben|voila|uh|um|oh|ok|alors|quoi|hein|plus|moins|tout|total|no|sorry|wait|well|so|' +
    'attend|attends|enfin|donc|vraiment|really|like|about|environ|chacun|each|per|ensemble|together'
  )
    .split('|')
    // The weekdays, French and English, of date-words.ts.
    .concat([...WEEKDAYS.keys()]),
);

/** The features of some words: each kept word, and the 4-grams of "<word>" for words of 4+ letters. */
export function categoryFeatures(text: string): string[] {
  const words = normWord(text)
    .replace(/\b(?:qu|jusqu|[ldjmtsnc])'/g, ' ')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(singular);
  const out = new Set<string>();
  for (const w of words) {
    if (STOP.has(w)) continue;
    out.add(w);
    if (w.length < 4) continue;
    const padded = `<${w}>`;
    for (let i = 0; i + 4 <= padded.length; i++) out.add(`#${padded.slice(i, i + 4)}`);
  }
  return [...out];
}

/**
 * The table as category-model-train.ts writes it: `docs per category (comma-separated)` then, per
 * feature, `feature=index:count,index:count` (categories in CATEGORIES order), joined with spaces.
 */
export function readCategoryModel(table: string): CategoryModel {
  const [head = '', ...entries] = table.split(' ');
  const docs = head.split(',').map(Number);
  const totals = new Float64Array(CATEGORIES.length);
  const counts = new Map<string, Float64Array>();
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const row = new Float64Array(CATEGORIES.length);
    for (const cell of entry.slice(eq + 1).split(',')) {
      const [c, n] = cell.split(':').map(Number);
      if (c === undefined || n === undefined) continue;
      row[c] = n;
      totals[c] = (totals[c] ?? 0) + n;
    }
    counts.set(entry.slice(0, eq), row);
  }
  const vocabulary = counts.size;
  const denominators = totals.map((t) => Math.log(t + SMOOTHING * vocabulary));
  const logLikelihood = new Map<string, Float64Array>();
  for (const [feature, row] of counts)
    logLikelihood.set(
      feature,
      row.map((n, c) => Math.log(n + SMOOTHING) - (denominators[c] ?? 0)),
    );
  const allDocs = docs.reduce((a, b) => a + b, 0);
  const logPrior = new Float64Array(
    CATEGORIES.map((_, c) => Math.log(((docs[c] ?? 0) + 1) / (allDocs + CATEGORIES.length))),
  );
  return { logLikelihood, logPrior };
}

/**
 * The model's tempered log-scores of some words, one per category in CATEGORIES order, or null when
 * it knows none of their words. Tempered by the number of known features: naive Bayes counts the
 * 4-grams of one word as independent witnesses and would be sure of everything otherwise.
 */
export function categoryScores(model: CategoryModel, text: string): Float64Array | null {
  const scores = Float64Array.from(model.logPrior);
  let known = 0;
  let words = 0;
  for (const f of categoryFeatures(text)) {
    const row = model.logLikelihood.get(f);
    if (!row) continue;
    known++;
    if (f.charAt(0) !== '#') words++;
    for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] ?? 0) + (row[c] ?? 0);
  }
  // Only 4-grams of words never seen: too little to go on ("kettle" is not "kettlebell").
  if (words === 0) return null;
  const temper = known / words;
  return scores.map((s) => s / temper);
}

/** The posterior of each category from tempered scores (not a calibrated probability). */
export function posteriors(scores: Float64Array): Float64Array {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** The most likely category of some words, or null when the model knows none of their words. */
export function guessCategory(model: CategoryModel, text: string): CategoryGuess | null {
  const scores = categoryScores(model, text);
  if (!scores) return null;
  let best = 0;
  for (let c = 1; c < scores.length; c++) if ((scores[c] ?? 0) > (scores[best] ?? 0)) best = c;
  const category = CATEGORIES[best];
  const probability = posteriors(scores)[best] ?? 0;
  const overOther = (scores[best] ?? 0) - (scores[OTHER] ?? 0);
  return category ? { category, probability, overOther } : null;
}

/** How far ahead of `other` a guess must be to replace the rules' fallback (log-odds, tempered). */
export const OVER_OTHER = 0.5;

/** The model as ParseOptions.guessCategory: its guess when it is ahead of `other`, else null. */
export function categoryGuesser(model: CategoryModel): (words: string) => Category | null {
  return (words) => {
    const guess = guessCategory(model, words);
    return guess && guess.overOther >= OVER_OTHER ? guess.category : null;
  };
}
