import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes.ts';

describe('concatBytes', () => {
  it.each([
    ['no parts', [], []],
    ['one part', [[1, 2, 3]], [1, 2, 3]],
    ['parts in their order, an empty one among them', [[1], [], [2, 3], [4]], [1, 2, 3, 4]],
  ])('joins %s', (_, parts, joined) => {
    expect(concatBytes(parts.map((p) => new Uint8Array(p)))).toEqual(new Uint8Array(joined));
  });

  it('joins a part of a larger buffer by its own bytes only', () => {
    const buffer = new Uint8Array([9, 1, 2, 9]);
    expect(concatBytes([buffer.subarray(1, 3), new Uint8Array([3])])).toEqual(new Uint8Array([1, 2, 3]));
  });
});
