/**
 * The reading chunk's build rewrite (web/grouped-values.ts): the program's `var` names whose value
 * is a function are declared first, in one `var`; the last `var`'s names valued by a list of
 * strings (or its Set) and by a pattern at its start; each group in its names' order, the others
 * in theirs, each name with the comments before it, and the code means what it meant.
 */

import { groupValues } from '@voicetrack/web/grouped-values.ts';
import { describe, expect, it } from 'vitest';

/** What a module's code leaves in `out`, run as a function body. */
const run = (code: string): unknown => new Function(`${code};return out;`)();

describe('groupValues', () => {
  it('declares the function values first, the last var’s word lists and patterns at its start, and the code returns the same', () => {
    const code =
      'function g(e){return h(e)+1}var a=new Set(["x","y"]),f=e=>a.has(e),b=/^z$/,h=function(e){return b.test(e)?2:0};var c=[f("x"),g("z")],k=()=>c,w=["p","q"],n=new Set(w);var u=[k(),f("q")],v=["r","s"],p=/^b/,o=new Set(["t","u"]),out=[u,typeof h,n.size,p.test("b"),o.has("t"),v];';
    const grouped = groupValues(code);
    // An earlier statement's data stays where it was: moved to the last, it could follow its reader (n).
    expect(grouped).toBe(
      'function g(e){return h(e)+1}var f=e=>a.has(e),h=function(e){return b.test(e)?2:0},k=()=>c;var a=new Set(["x","y"]),b=/^z$/;var c=[f("x"),g("z")],w=["p","q"],n=new Set(w);var v=["r","s"],o=new Set(["t","u"]);var p=/^b/;var u=[k(),f("q")],out=[u,typeof h,n.size,p.test("b"),o.has("t"),v];',
    );
    expect(run(grouped)).toEqual(run(code));
    expect(run(grouped)).toEqual([[[true, 3], false], 'function', 2, true, true, ['r', 's']]);
  });

  it('keeps each comment before its name, and a statement left empty its end', () => {
    const code =
      'var a=1,/*! @license A */f=()=>a;var /*! @license B */g=()=>2;var x=1,/*! @license C */w=["a","b"],out=[f(),g(),w,x];';
    const grouped = groupValues(code);
    expect(grouped).toBe(
      'var /*! @license A */f=()=>a,/*! @license B */g=()=>2;var a=1;;var /*! @license C */w=["a","b"];var x=1,out=[f(),g(),w,x];',
    );
    expect(run(grouped)).toEqual([1, 2, ['a', 'b'], 1]);
  });

  it('leaves a function’s own scope, let, const and a Set of the module’s own as written', () => {
    const code = 'function m(){var f=()=>1,n=2;return f()+n}let l=()=>3;const c=()=>4;var out=[m(),l(),c()];';
    expect(groupValues(code)).toBe(code);
    const own = 'class Set{constructor(a){this.a=a}}var out=new Set(["a","b"]);';
    expect(groupValues(own)).toBe(own);
  });
});
