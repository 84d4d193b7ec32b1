/**
 * The reading chunk's build rewrite (web/joined-word-lists.ts): a literal list of words becomes one
 * string split where it is read, and the code means what it meant — the same arrays, in the same
 * order, each evaluation a new one; what is not a list of plain words is left as written.
 */

import { joinWordLists } from '@voicetrack/web/joined-word-lists.ts';
import { describe, expect, it } from 'vitest';

/** What a module's code leaves in `out`, run as a function body. */
const run = (code: string): unknown => new Function(`${code};return out;`)();

describe('joinWordLists', () => {
  it('joins a list of two or more words, wherever it stands, and the code returns the same', () => {
    const code =
      'const a=["taxi","uber","bus"];const f=()=>["é","","x y"];for(const w of["un","deux"])a.push(w);const out=[a,f(),f()!==f(),new Set(["a","b"]).has("b")];';
    const joined = joinWordLists(code);
    expect(joined).toContain('"taxi|uber|bus".split("|")');
    expect(joined).toContain('"é||x y".split("|")');
    expect(joined).toContain('of"un|deux".split("|")');
    expect(joined).not.toContain('["');
    expect(run(joined)).toEqual(run(code));
    expect(run(joined)).toEqual([['taxi', 'uber', 'bus', 'un', 'deux'], ['é', '', 'x y'], true, true]);
  });

  it('leaves what is not a list of plain words as written', () => {
    const code =
      'const n="x";const out=[["one"],["a|b","c"],["a",n],["a",...["b","c"]],["a",1],[,"a","b"],[["a","b"]]];';
    const joined = joinWordLists(code);
    // The one list of plain words inside a spread is joined; nothing else is.
    expect(joined).toBe(
      'const n="x";const out=[["one"],["a|b","c"],["a",n],["a",..."b|c".split("|")],["a",1],[,"a","b"],["a|b".split("|")]];',
    );
    expect(run(joined)).toEqual(run(code));
  });
});
