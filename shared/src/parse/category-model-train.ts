import { CATEGORIES, type Category } from '../categories.ts';
import { categoryFeatures } from './category-model.ts';

export interface TrainingNote {
  text: string;
  category: Category;
}

export interface TrainingOptions {
  /** A feature seen in fewer notes than this is left out of the table (a smaller table). */
  minNotes?: number;
}

/**
 * Counts, per category, the notes each feature appears in (a feature counts once per note), and
 * writes the table readCategoryModel reads. Deterministic: features sorted, counts integers.
 * Not imported by the parser: only the build script (tools/category-model) and tests train.
 */
export function trainCategoryModel(notes: readonly TrainingNote[], options: TrainingOptions = {}): string {
  const minNotes = options.minNotes ?? 2;
  const index = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
  const docs = CATEGORIES.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const note of notes) {
    const c = index.get(note.category);
    if (c === undefined) continue;
    docs[c] = (docs[c] ?? 0) + 1;
    for (const f of categoryFeatures(note.text)) {
      const row = counts.get(f) ?? CATEGORIES.map(() => 0);
      row[c] = (row[c] ?? 0) + 1;
      counts.set(f, row);
    }
  }
  const entries: string[] = [];
  for (const f of [...counts.keys()].sort()) {
    const row = counts.get(f) ?? [];
    if (row.reduce((a, b) => a + b, 0) < minNotes) continue;
    const cells = row.flatMap((n, c) => (n > 0 ? [`${c}:${n}`] : []));
    entries.push(`${f}=${cells.join(',')}`);
  }
  return [docs.join(','), ...entries].join(' ');
}
