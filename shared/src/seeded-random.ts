/**
 * mulberry32, a small seeded generator: one seed always draws the same numbers (0 ≤ x < 1), so the
 * parser's generated notes, the receipt sets and the fault proxy's faults are the same at every
 * run and a failing one can be replayed. Only tests and the tools that make test sets use it.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
