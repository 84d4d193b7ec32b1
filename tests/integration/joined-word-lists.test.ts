/**
 * The reading chunk's build rewrite (web/joined-word-lists.ts): a literal list of words becomes one
 * string split where it is read, by one function of the module (a Set made of a list, by another),
 * and the code means what it meant — the same arrays and Sets, in the same order, each evaluation
 * a new one; what is not a list of plain words is left as written.
 */

import { joinWordLists } from '@voicetrack/web/joined-word-lists.ts';
import { describe, expect, it } from 'vitest';

/** What a module's code leaves in `out`, run as a function body. */
const run = (code: string): unknown => new Function(`${code};return out;`)();

/** The two functions the rewrite declares first, under the names it chose. */
const helpers = (split: string, sets: string | null) =>
  `function ${split}(e){return e.split("|")}${sets ? `function ${sets}(e){return new Set(e.split("|"))}` : ''}`;

describe('joinWordLists', () => {
  it('joins a list of two or more words, wherever it stands, and the code returns the same', () => {
    const code =
      'const a=["taxi","uber","bus"];const f=()=>["é","","x y"];for(const w of["un","deux"])a.push(w);function g(){return["c","d"]}const s=()=>new Set(["a","b"]);const out=[a,f(),f()!==f(),s().has("b"),s()!==s(),g()];';
    const joined = joinWordLists(code);
    expect(joined.startsWith(helpers('$W', '$S'))).toBe(true);
    expect(joined).toContain('=$W("taxi|uber|bus")');
    expect(joined).toContain('$W("é||x y")');
    // After a keyword, the call is spaced from it.
    expect(joined).toContain('of $W("un|deux")');
    expect(joined).toContain('return $W("c|d")');
    expect(joined).toContain('=>$S("a|b")');
    expect(joined).not.toContain('["');
    expect(run(joined)).toEqual(run(code));
    expect(run(joined)).toEqual([
      ['taxi', 'uber', 'bus', 'un', 'deux'],
      ['é', '', 'x y'],
      true,
      true,
      true,
      ['c', 'd'],
    ]);
  });

  it('leaves what is not a list of plain words as written', () => {
    const code =
      'const n="x";const out=[["one"],["a|b","c"],["a",n],["a",...["b","c"]],["a",1],[,"a","b"],[["a","b"]],new Set(["a"])];';
    const joined = joinWordLists(code);
    // The one list of plain words inside a spread is joined; nothing else is.
    expect(joined).toBe(
      `${helpers('$W', '$S')}const n="x";const out=[["one"],["a|b","c"],["a",n],["a",...$W("b|c")],["a",1],[,"a","b"],[$W("a|b")],new Set(["a"])];`,
    );
    expect(run(joined)).toEqual(run(code));
    expect(joinWordLists('const out=[["a"],1];')).toBe('const out=[["a"],1];');
  });

  it('names its functions with names the module has nowhere, and leaves a Set of its own as written', () => {
    const code = 'const $W=1,$S=2;const out=[$W+$S,new Set(["a","b"]).size];';
    const joined = joinWordLists(code);
    expect(joined).toBe(`${helpers('$W2', '$S2')}const $W=1,$S=2;const out=[$W+$S,$S2("a|b").size];`);
    expect(run(joined)).toEqual([3, 2]);
    // A module that names a Set of its own keeps `new Set` where it made one.
    const own = 'class Set extends Array{}const out=new Set(["a","b"]);';
    expect(joinWordLists(own)).toBe(
      `${helpers('$W', null)}class Set extends Array{}const out=new Set($W("a|b"));`,
    );
    expect(run(joinWordLists(own))).toEqual(run(own));
  });
});
