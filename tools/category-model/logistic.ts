/**
 * Multinomial logistic regression over the same features as the naive Bayes model (plain SGD, a
 * seeded shuffle, learning rate decaying per epoch): measured beside it by evaluate.ts.
 */
import { CATEGORIES, type Category } from '../../shared/src/categories.ts';
import { categoryFeatures } from '../../shared/src/parse/category-model.ts';
import type { TrainingNote } from '../../shared/src/parse/category-model-train.ts';

export interface Logistic {
  w: Map<string, Float64Array>;
  b: Float64Array;
}
const K = CATEGORIES.length;

function scores(m: Logistic, fs: string[]): Float64Array {
  const s = Float64Array.from(m.b);
  for (const f of fs) {
    const r = m.w.get(f);
    if (r) for (let c = 0; c < K; c++) s[c] = (s[c] ?? 0) + (r[c] ?? 0);
  }
  return s;
}

export function trainLogistic(notes: readonly TrainingNote[], epochs = 12, lr = 0.3, l2 = 1e-5): Logistic {
  const m: Logistic = { w: new Map(), b: new Float64Array(K) };
  const data = notes.map((n) => ({ fs: categoryFeatures(n.text), y: CATEGORIES.indexOf(n.category) }));
  let seed = 1;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    // A seeded Fisher–Yates shuffle: the same notes give the same model.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = lr / (1 + e);
    for (const i of order) {
      const d = data[i];
      if (!d || d.fs.length === 0) continue;
      const s = scores(m, d.fs);
      const top = Math.max(...s);
      let z = 0;
      for (let c = 0; c < K; c++) z += Math.exp((s[c] ?? 0) - top);
      const scale = rate / Math.sqrt(d.fs.length);
      for (let c = 0; c < K; c++) {
        const g = Math.exp((s[c] ?? 0) - top) / z - (c === d.y ? 1 : 0);
        m.b[c] = (m.b[c] ?? 0) - rate * g * 0.1;
        for (const f of d.fs) {
          let r = m.w.get(f);
          if (!r) {
            r = new Float64Array(K);
            m.w.set(f, r);
          }
          r[c] = (r[c] ?? 0) * (1 - l2) - scale * g;
        }
      }
    }
  }
  return m;
}

/** The regression's logits for the known features of some words, or null when it knows none of their words. */
export function logisticScores(m: Logistic, words: string): Float64Array | null {
  const fs = categoryFeatures(words).filter((f) => m.w.has(f));
  return fs.some((f) => f.charAt(0) !== '#') ? scores(m, fs) : null;
}

/** Its category when ahead of `other` by `margin` (in logits) and one of the words is known, else null. */
export function logisticGuesser(m: Logistic, margin: number): (words: string) => Category | null {
  const other = CATEGORIES.indexOf('other');
  return (words) => {
    const s = logisticScores(m, words);
    if (!s) return null;
    let best = 0;
    for (let c = 1; c < K; c++) if ((s[c] ?? 0) > (s[best] ?? 0)) best = c;
    return (s[best] ?? 0) - (s[other] ?? 0) >= margin ? (CATEGORIES[best] ?? null) : null;
  };
}
