/**
 * The reading chunk's build rewrite (web/functions-near-twins.ts): a top-level function declaration
 * is moved beside the function it shares the most text with when the run of declarations deflates
 * smaller so, and the code means what it meant (a module's function declarations are all made before
 * its code runs); each keeps the comments before it, and what is not a function declaration, or not
 * in the longest run of them, stays where it was.
 */

import { deflateRawSync } from 'node:zlib';
import { placeFunctionsNearTwins } from '@voicetrack/web/functions-near-twins.ts';
import { describe, expect, it } from 'vitest';

/** What a module's code leaves in `out`, run as a function body. */
const run = (code: string): unknown => new Function(`${code};return out;`)();

/** Letters no deflate finds again: a fixed pseudo-random stream, one per seed. */
function noise(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(97 + ((state >> 16) % 26));
  }
  return text;
}

/** A function whose body holds a long string: `name(e)` is the string's length plus e. */
const fn = (name: string, text: string) => `function ${name}(e){return "${text}".length+e}`;

describe('placeFunctionsNearTwins', () => {
  const twin = noise(1, 3000);
  const fillers = Array.from({ length: 40 }, (_, i) => fn(`f${i}`, noise(100 + i, 1000)));

  it('moves a function beside its far twin, the run deflates smaller, and the code returns the same', () => {
    const code = `var x=1;${fn('a', twin)}${fillers.join('')}${fn('z', twin)}var out=[a(1),z(2),f0(3),f39(x)];`;
    const placed = placeFunctionsNearTwins(code);
    expect(placed.length).toBe(code.length);
    expect(placed).not.toBe(code);
    const a = fn('a', twin);
    const z = fn('z', twin);
    // 41 KB apart as written, within gzip's 32 KB window once placed.
    expect(code.indexOf(z) - code.indexOf(a)).toBeGreaterThan(40_000);
    expect(Math.abs(placed.indexOf(z) - placed.indexOf(a))).toBeLessThan(32_768);
    expect(placed.split(a).length + placed.split(z).length).toBe(4);
    expect(deflateRawSync(placed, { level: 9 }).length).toBeLessThan(
      deflateRawSync(code, { level: 9 }).length,
    );
    // What is not a function declaration stays where it was.
    expect(placed.startsWith('var x=1;')).toBe(true);
    expect(placed.endsWith('var out=[a(1),z(2),f0(3),f39(x)];')).toBe(true);
    expect(run(placed)).toEqual(run(code));
    expect(run(placed)).toEqual([3001, 3002, 1003, 1001]);
  });

  it('keeps each comment before its function, and the shorter run of declarations as written', () => {
    const before = `${fn('b', noise(7, 100))}${fn('c', noise(8, 100))}`;
    const code = `${before}var y=2;${fn('a', twin)}${fillers.join('')}\n/*! @license Z */${fn('z', twin)}var out=[a(0),z(y),b(0),c(0)];`;
    const placed = placeFunctionsNearTwins(code);
    expect(placed).not.toBe(code);
    expect(placed.startsWith(`${before}var y=2;`)).toBe(true);
    expect(placed).toContain(`\n/*! @license Z */${fn('z', twin)}`);
    expect(run(placed)).toEqual(run(code));
  });

  it('leaves a run of two declarations and code with none as written, and twins side by side stay so', () => {
    const two = `${fn('a', twin)}${fn('z', twin)}var out=a(1);`;
    expect(placeFunctionsNearTwins(two)).toBe(two);
    expect(placeFunctionsNearTwins('var out=1;')).toBe('var out=1;');
    const near = `${fn('a', twin)}${fn('z', twin)}${fillers.slice(0, 3).join('')}var out=[a(1),f2(0)];`;
    const placed = placeFunctionsNearTwins(near);
    expect(placed).toContain(fn('a', twin) + fn('z', twin));
    expect(run(placed)).toEqual(run(near));
  });
});
