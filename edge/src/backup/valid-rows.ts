/** An import's section checked row by row: the valid rows (with their index), the others' reasons. */
import type { ImportCounts } from '@voicetrack/shared';
import * as v from 'valibot';

export function validRows<S extends v.GenericSchema>(schema: S, input: readonly unknown[]) {
  const rows: v.InferOutput<S>[] = [];
  /** Each valid row's index in the file. */
  const indices: number[] = [];
  const refused: ImportCounts['refused'] = [];
  input.forEach((row, index) => {
    const result = v.safeParse(schema, row);
    if (result.success) {
      rows.push(result.output);
      indices.push(index);
    } else {
      const issue = result.issues[0];
      const path = issue ? v.getDotPath(issue) : null;
      refused.push({ index, reason: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid row'}` });
    }
  });
  return { rows, indices, refused };
}
