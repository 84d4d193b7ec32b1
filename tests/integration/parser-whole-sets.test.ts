/**
 * The local parser against the category tuning sets written before their rules and tuned whole
 * (tests/fixtures/README.md says each): no half held out, each held to the floor it reached, and
 * the v10 sets to how often the parser is sure. The sets tuned on one half are
 * parser-held-out.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled, sureFigures } from '../bench/parser.ts';
import { report, tagged } from '../support/labelled-sets.ts';

describe('the local parser on category sets tuned whole', () => {
  it('gets at least 91 % of the cat7 set fully right, with its categories', () => {
    const cat7 = loadLabelled('utterances-cat7.jsonl');
    tagged(cat7);
    expect(cat7.length).toBeGreaterThanOrEqual(150);
    const s = report('tuning set cat7', cat7);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 152 of 167 when first scored, unseen (main at f7f282d): every miss is a category.
    expect(Math.round(s.full * cat7.length)).toBeGreaterThanOrEqual(152);
    expect(s.amount).toBe(1);
  });

  it('gets the cat9 set right at its floor, with its categories', () => {
    const cat9 = loadLabelled('utterances-cat9.jsonl');
    tagged(cat9);
    expect(cat9.length).toBeGreaterThanOrEqual(160);
    expect(cat9.filter((l) => l.lang === 'fr').length / cat9.length).toBeGreaterThanOrEqual(0.6);
    const s = report('tuning set cat9', cat9);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 124 of 195 when first scored, unseen (main at 96a5daa): every miss is a category; 150 tuned
    // (WordNet's English nouns and the classes of category-frames.ts).
    expect(Math.round(s.full * cat9.length)).toBeGreaterThanOrEqual(150);
    expect(s.amount).toBe(1);
  });

  it('gets the v10c set right at its floor, and is sure of it no more often than it is right', () => {
    const v10c = loadLabelled('utterances-v10c.jsonl');
    tagged(v10c);
    expect(v10c.length).toBeGreaterThanOrEqual(200);
    expect(v10c.filter((l) => l.lang === 'fr').length / v10c.length).toBeGreaterThanOrEqual(0.6);
    const s = report('tuning set v10c', v10c);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 196 of 238 when first scored, unseen (main at b52b145, with one label made to follow v7's rule).
    expect(Math.round(s.full * v10c.length)).toBeGreaterThanOrEqual(196);
    // Main's parser: sure of 143 of 199 expense sentences, 22 of them wrong. With the doubts and
    // the insurer's aside: 126 sure, 14 wrong. A doubt that flags everything would pass the second
    // line, not the first.
    const f = sureFigures(v10c);
    expect(f.sure).toBeGreaterThanOrEqual(120);
    expect(f.sureWrong).toBeLessThanOrEqual(14);
  });

  it('gets the v10d set right at its floor, and is sure of it no more often than it is right', () => {
    const v10d = loadLabelled('utterances-v10d.jsonl');
    tagged(v10d);
    expect(v10d.length).toBeGreaterThanOrEqual(90);
    const s = report('tuning set v10d', v10d);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 69 of 99 when first scored, unseen, with the doubts and without them.
    expect(Math.round(s.full * v10d.length)).toBeGreaterThanOrEqual(69);
    // Main's parser: sure of 57 of 83, 10 wrong; with the doubts 50 sure, 7 wrong.
    const f = sureFigures(v10d);
    expect(f.sure).toBeGreaterThanOrEqual(45);
    expect(f.sureWrong).toBeLessThanOrEqual(7);
  });
});
