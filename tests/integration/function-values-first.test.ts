/**
 * The reading chunk's build rewrite (web/function-values-first.ts): the program's `var` names whose
 * value is a function are declared first, in one `var`, in their order; the others keep theirs,
 * each name keeps the comments before it, and the code means what it meant.
 */

import { functionValuesFirst } from '@voicetrack/web/function-values-first.ts';
import { describe, expect, it } from 'vitest';

/** What a module's code leaves in `out`, run as a function body. */
const run = (code: string): unknown => new Function(`${code};return out;`)();

describe('functionValuesFirst', () => {
  it('declares the function values first, in their order, and the code returns the same', () => {
    const code =
      'function g(e){return h(e)+1}var a=new Set("x|y".split("|")),f=e=>a.has(e),b=/^z$/,h=function(e){return b.test(e)?2:0};var c=[f("x"),g("z")],k=()=>c;var out=[k(),f("q"),typeof h];';
    const grouped = functionValuesFirst(code);
    expect(grouped).toBe(
      'function g(e){return h(e)+1}var f=e=>a.has(e),h=function(e){return b.test(e)?2:0},k=()=>c;var a=new Set("x|y".split("|")),b=/^z$/;var c=[f("x"),g("z")];var out=[k(),f("q"),typeof h];',
    );
    expect(run(grouped)).toEqual(run(code));
    expect(run(grouped)).toEqual([[true, 3], false, 'function']);
  });

  it('keeps each comment before its name, and a statement left empty its end', () => {
    const code = 'var a=1,/*! @license A */f=()=>a;var /*! @license B */g=()=>2;var out=[f(),g()];';
    const grouped = functionValuesFirst(code);
    expect(grouped).toBe('var /*! @license A */f=()=>a,/*! @license B */g=()=>2;var a=1;;var out=[f(),g()];');
    expect(run(grouped)).toEqual([1, 2]);
  });

  it('leaves code with no function value, a function’s own scope, let and const as written', () => {
    const code = 'function m(){var f=()=>1,n=2;return f()+n}let l=()=>3;const c=()=>4;var out=[m(),l(),c()];';
    expect(functionValuesFirst(code)).toBe(code);
  });
});
