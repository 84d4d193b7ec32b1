import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.ts';

const draw = (seed: number, count: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random());
};

describe('seededRandom', () => {
  it('draws mulberry32’s numbers, so every generated test set stays the one its figures were measured on', () => {
    expect(draw(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('draws the same numbers from the same seed, other numbers from another', () => {
    expect(draw(29, 50)).toEqual(draw(29, 50));
    expect(draw(30, 50)).not.toEqual(draw(29, 50));
  });

  it('draws from 0 up to, not including, 1', () => {
    const numbers = draw(10, 10_000);
    expect(numbers.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
