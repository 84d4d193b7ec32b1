/**
 * The reading chunk's build rewrite (web/front-coded-sets.ts): a Set of words the code only asks
 * `has` of is written sorted and front-coded, decoded at load, and answers every `has` as before;
 * a Set read any other way (iterated, sized, added to, exported, its name declared twice) or a
 * word that cannot be front-coded keeps the Set as written. A list of words made into a phrase
 * table with one meaning each (web/front-coded-tables.ts) is sorted alike, and the table finds the
 * same meanings.
 */

import { decoder, frontCodeSets, sortedFrontCoded } from '@voicetrack/web/front-coded-sets.ts';
import { describe, expect, it } from 'vitest';

/** What a module's code leaves in `out`, run as a function body. */
const run = (code: string): unknown => new Function(`${code};return out;`)();

const WORDS = ['taxi', 'bus', 'cab', 'carte', 'car', 'bus', 'é', 'x y'];
const asks = ['taxi', 'bus', 'cab', 'carte', 'car', 'é', 'x y', 'ca', 'cars', '', 'taxis'];

describe('frontCodeSets', () => {
  it('sorts and front-codes a Set only asked `has`, and every answer stays', () => {
    const list = WORDS.join('|');
    const code = `function $S(e){return new Set(e.split("|"))}const m=e=>new Set(e.split("|"));const a=new Set("${list}".split("|")),b=$S("${list}"),c=m("${list}");const out=${JSON.stringify(asks)}.map(w=>[a.has(w),b.has(w),c.has(w)]);`;
    const coded = frontCodeSets(code);
    expect(sortedFrontCoded(WORDS)).toBe('bus|cabBrCte|taxi|x y|é');
    expect(coded.startsWith(decoder('$F'))).toBe(true);
    expect(coded).toContain('a=$F("bus|cabBrCte|taxi|x y|é"),b=$F(');
    expect(coded).toContain('c=$F(');
    expect(run(coded)).toEqual(run(code));
  });

  it('keeps a Set read other than by `has`, a name declared twice, and words it cannot code', () => {
    const code =
      'function $S(e){return new Set(e.split("|"))}const a=$S("b|a"),b=$S("b|a"),c=$S("b|a"),d=$S("b|a"),f=$S("B|a"),g=$S("b||a");' +
      'b.add("c");function h(d){return d.has("a")}const out=[[...a],a.has("a"),b.has("c"),c.size,h(new Set(["z"])),d.has("a"),f.has("B"),g.has("")];';
    expect(frontCodeSets(code)).toBe(code);
  });

  it('sorts the list a Set only asked `has` is made of with more words, and every answer stays', () => {
    const code = `const r=["x y","ca"],a=new Set("taxi|bus|cab|bus".split("|").concat(r.slice(0,1),["car"]));const out=${JSON.stringify(asks)}.map(w=>a.has(w));`;
    const coded = frontCodeSets(code);
    expect(coded).toContain('a=new Set($G("bus|cab|taxi").concat(r.slice(0,1),["car"]))');
    expect(coded).toContain('function $G(e){return[...$F(e)]}');
    expect(run(coded)).toEqual(run(code));
  });

  it('keeps a Set made of a list and more when it is read otherwise, or its list split otherwise', () => {
    const read = 'const a=new Set("b|a".split("|").concat(["c"]));const out=[[...a],a.has("a")];';
    expect(frontCodeSets(read)).toBe(read);
    const spaced =
      'const a=new Set("b a".split(" ").concat(["c"])),b=new Set("b|A".split("|").concat(["c"]));const out=[a.has("a"),b.has("A")];';
    expect(frontCodeSets(spaced)).toBe(spaced);
  });

  it('leaves a maker declared twice or read other than as a callee', () => {
    const code = 'const m=e=>new Set(e.split("|"));const a=m("b|a");const out=[a.has("a"),[m].length];';
    expect(frontCodeSets(code)).toBe(code);
  });

  // A stand-in for the parser's PhraseTable as Terser writes it: its constructor, its two look-ups.
  const TABLE =
    'var T=class{root=new Map;constructor(e=[]){for(let[t,n]of e)this.add(t,n)}add(e,t){this.root.set(e,t)}' +
    'hasWordAnywhere(e){return this.root.has(e)}startingWith(e){return[...this.root].filter(([t])=>t.startsWith(e)).sort()}};' +
    'function $W(e){return e.split("|")}';

  it('sorts the lists of one meaning a phrase table is made of, and the table means the same', () => {
    const code = `${TABLE}const a=new T($W("taxi|bus|cab").map(e=>[e,!0])),b=new T([...$W("x|b|a").map(e=>[e,1]),..."a|c|bus".split("|").map(e=>[e,-2])]);const out=${JSON.stringify(asks.concat(['a', 'b', 'c', 'x']))}.map(w=>[a.root.get(w),b.root.get(w),b.startingWith(w)]);`;
    const coded = frontCodeSets(code);
    expect(coded).toContain('new T($G("bus|cab|taxi").map(');
    expect(coded).toContain('[...$G("a|b|x").map(e=>[e,1]),...$G("a|bus|c").map(');
    expect(run(coded)).toEqual(run(code));
  });

  it('keeps a list whose words mean each their own, and a table class read otherwise', () => {
    const own = `${TABLE}const a=new T($W("taxi|bus").map(e=>[e,e.length])),b=new T($W("b|a").map((e,t)=>[e,t]));const out=0;`;
    expect(frontCodeSets(own)).toBe(own);
    const read = `${TABLE}const a=new T($W("taxi|bus").map(e=>[e,!0]));const out=[T];`;
    expect(frontCodeSets(read)).toBe(read);
  });

  it('sorts a list of entries spread only into tables, and a list of marked words, and the tables mean the same', () => {
    const code = `${TABLE}const m=(e,t)=>t.split("|").map(n=>[n.trim(),e]),k=2,v=[...$W("x|b|a").map(e=>[e,k]),...m("mark","c| a|b")],w=[...$W("d|c").map(e=>[e,k])];const a=new T([...v,...m("last","b|z")]),b=new T(v),c=new T([...w]);w.push(["q",1]);const out=${JSON.stringify(asks.concat(['a', 'b', 'c', 'd', 'x', 'z']))}.map(t=>[a.root.get(t),b.root.get(t),c.root.get(t)]);`;
    const coded = frontCodeSets(code);
    expect(coded).toContain('v=[...$G("a|b|x").map(e=>[e,k]),...m("mark",$J(" a|b|c"))]');
    expect(coded).toContain('m("last",$J("b|z"))');
    // `w` is read otherwise too (its push): its list stays as written.
    expect(coded).toContain('w=[...$W("d|c")');
    expect(run(coded)).toEqual(run(code));
  });

  it('sorts a list of marked words with participles that agree, and the table means the same', () => {
    const agree =
      '(e,t)=>t.split("|").flatMap(t=>(e=>e.includes("*")?$W("|e|s|es").map(t=>e.replace("*",t)):[e])(t.trim()).map(t=>[t,e]))';
    const asked = asks.concat(['recu', 'recues', 'verse', 'verses', 'a', 'z', 'mon verse']);
    const code = `${TABLE}const q=${agree},v=[...q("income","verse*|recu*| a|z|mon verse*")];const a=new T([...v,...q("loan","a")]);const out=${JSON.stringify(asked)}.map(t=>a.root.get(t));`;
    const coded = frontCodeSets(code);
    expect(coded).toContain('v=[...q("income",$J(" a|mon verse*|recu*|verse*|z"))]');
    expect(run(coded)).toEqual(run(code));
    // The same maker with another ending list, or called otherwise too, keeps its words as written.
    const other = code.replace('"|e|s|es"', '"|e|s"');
    expect(frontCodeSets(other)).toBe(other);
    const read = code.replace('const out=', 'q.length;const out=');
    expect(frontCodeSets(read)).toBe(read);
  });
});
