/**
 * The local parser against its first labelled sets (tests/fixtures/README.md says each), held to
 * high bars: scored the way ../shared/eval/score.mjs scores the CLI (exactly the expected expenses,
 * in order, each with the right amount and currency, date and an accepted category, and the keys
 * some lines add: tests/bench/parser-score.ts says each).
 */
import { parseExpenseText } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { LABEL_OPTIONS, loadLabelled } from '../bench/parser.ts';
import { report, tagged } from '../support/labelled-sets.ts';

describe('the local parser on labelled sentences', () => {
  const own = loadLabelled('utterances.jsonl');
  const v2 = loadLabelled('utterances-v2.jsonl');

  it('has labelled sets of at least 180 and 100 sentences, mostly French, each tagged', () => {
    expect(own.length).toBeGreaterThanOrEqual(180);
    expect(v2.length).toBeGreaterThanOrEqual(100);
    for (const set of [own, v2]) {
      expect(set.filter((l) => l.lang === 'fr').length / set.length).toBeGreaterThanOrEqual(0.6);
      tagged(set);
    }
  });

  it('gets all of its first labelled set fully right', () => {
    const s = report('labelled set', own);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    expect(s.full).toBe(1);
  });

  it('gets at least 97 % of the v2 set fully right, and tells expenses from the rest every time', () => {
    const s = report('tuning set v2', v2);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    expect(s.full).toBeGreaterThanOrEqual(0.97);
    expect(s.detect).toBe(1);
  });

  it('gets at least 95 % of the v3 set fully right, and every movement said', () => {
    const v3 = loadLabelled('utterances-v3.jsonl');
    tagged(v3);
    expect(v3.length).toBeGreaterThanOrEqual(120);
    const s = report('tuning set v3', v3);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    expect(s.full).toBeGreaterThanOrEqual(0.95);
    expect(s.movement).toBe(1);
  });

  it('gets at least 99.7 % of the v4 set fully right, every movement said and every amount kept', () => {
    const v4 = loadLabelled('utterances-v4.jsonl');
    tagged(v4);
    expect(v4.length).toBeGreaterThanOrEqual(300);
    const s = report('tuning set v4', v4);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // A floor at what the parser reached: 368 of 372 when first tuned on, 371 with the v5 rules.
    expect(Math.round(s.full * v4.length)).toBeGreaterThanOrEqual(371);
    expect(s.movement).toBe(1);
    expect(s.amount).toBeGreaterThanOrEqual(0.99);
  });

  it('gets at least 99.5 % of the v5 set fully right, every movement said and every amount kept', () => {
    const v5 = loadLabelled('utterances-v5.jsonl');
    tagged(v5);
    expect(v5.length).toBeGreaterThanOrEqual(300);
    const s = report('tuning set v5', v5);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // A floor at what the parser reached when the set was tuned on (376 of 424 before, 421 tuned, 422 with v6, 423 with v7).
    expect(Math.round(s.full * v5.length)).toBeGreaterThanOrEqual(423);
    expect(s.movement).toBe(1);
    expect(s.amount).toBeGreaterThanOrEqual(0.99);
  });

  it('gets at least 99 % of the v5b set fully right, every movement said', () => {
    const v5b = loadLabelled('utterances-v5b.jsonl');
    tagged(v5b);
    expect(v5b.length).toBeGreaterThanOrEqual(200);
    const s = report('tuning set v5b', v5b);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 181 of 222 before the session, 186 when first scored (after the v5 rules), 217 tuned, 220 with v6.
    expect(Math.round(s.full * v5b.length)).toBeGreaterThanOrEqual(220);
    expect(s.movement).toBe(1);
  });

  it('gets at least 99.3 % of the v5c set fully right', () => {
    const v5c = loadLabelled('utterances-v5c.jsonl');
    tagged(v5c);
    expect(v5c.length).toBeGreaterThanOrEqual(140);
    const s = report('tuning set v5c', v5c);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 120 of 145 when first scored (before and after the v5 and v5b rules alike), 141 tuned, 143 with v6, 144 with v7.
    expect(Math.round(s.full * v5c.length)).toBeGreaterThanOrEqual(144);
    expect(s.movement).toBe(1);
  });

  it('gets at least 98 % of the v6 set fully right, every movement said and every expense found', () => {
    const v6 = loadLabelled('utterances-v6.jsonl');
    tagged(v6);
    expect(v6.length).toBeGreaterThanOrEqual(250);
    expect(v6.filter((l) => l.lang === 'fr').length / v6.length).toBeGreaterThanOrEqual(0.6);
    const s = report('tuning set v6', v6);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 320 of 369 when first scored, unseen (main at cff6895); 366 tuned.
    expect(Math.round(s.full * v6.length)).toBeGreaterThanOrEqual(366);
    expect(s.movement).toBe(1);
    expect(s.detect).toBe(1);
  });

  it('gets at least 96.5 % of the v7 set fully right, every movement said', () => {
    const v7 = loadLabelled('utterances-v7.jsonl');
    tagged(v7);
    expect(v7.length).toBeGreaterThanOrEqual(250);
    expect(v7.filter((l) => l.lang === 'fr').length / v7.length).toBeGreaterThanOrEqual(0.6);
    const s = report('tuning set v7', v7);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 300 of 335 when first scored, unseen (main at e983c2a); 324 tuned.
    expect(Math.round(s.full * v7.length)).toBeGreaterThanOrEqual(324);
    expect(s.movement).toBe(1);
    // « Paul a payé le resto, 80 € » at the start of a sentence is read as the speaker's (two lines).
    expect(s.detect).toBeGreaterThanOrEqual(0.99);
  });

  it('gets at least 94.5 % of the v9m set fully right, and its movements said with their amounts', () => {
    const v9m = loadLabelled('utterances-v9m.jsonl');
    tagged(v9m);
    expect(v9m.length).toBeGreaterThanOrEqual(220);
    expect(v9m.filter((l) => l.lang === 'fr').length / v9m.length).toBeGreaterThanOrEqual(0.6);
    const s = report('tuning set v9m', v9m);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 199 of 278 when first scored, unseen (main at 96a5daa); 263 tuned. Movements said with their
    // amount: 91 of 128 unseen, 125 tuned.
    expect(Math.round(s.full * v9m.length)).toBeGreaterThanOrEqual(263);
    expect(Math.round(s.movement * s.movements)).toBeGreaterThanOrEqual(125);
  });

  it('gets the v9m2 set fully right at its floor', () => {
    const v9m2 = loadLabelled('utterances-v9m2.jsonl');
    tagged(v9m2);
    expect(v9m2.length).toBeGreaterThanOrEqual(100);
    const s = report('tuning set v9m2', v9m2);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 73 of 113 on main's parser (96a5daa); 93 when first scored, unseen, after the first v9m rules; 110 tuned.
    expect(Math.round(s.full * v9m2.length)).toBeGreaterThanOrEqual(110);
  });

  it('gets the v9m3 set fully right at its floor', () => {
    const v9m3 = loadLabelled('utterances-v9m3.jsonl');
    tagged(v9m3);
    expect(v9m3.length).toBeGreaterThanOrEqual(70);
    const s = report('tuning set v9m3', v9m3);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 44 of 77 on main's parser (96a5daa); 61 when first scored, unseen, after the v9m2 rules; 72 tuned.
    expect(Math.round(s.full * v9m3.length)).toBeGreaterThanOrEqual(72);
  });

  it('gets the v9m4 set fully right at its floor', () => {
    const v9m4 = loadLabelled('utterances-v9m4.jsonl');
    tagged(v9m4);
    expect(v9m4.length).toBeGreaterThanOrEqual(60);
    const s = report('tuning set v9m4', v9m4);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 51 of 70 on main's parser (96a5daa); 63 when first scored, unseen, after the v9m3 rules; 68 tuned.
    expect(Math.round(s.full * v9m4.length)).toBeGreaterThanOrEqual(68);
  });

  it('gets the v9m5 set fully right at its floor', () => {
    const v9m5 = loadLabelled('utterances-v9m5.jsonl');
    tagged(v9m5);
    expect(v9m5.length).toBeGreaterThanOrEqual(60);
    const s = report('tuning set v9m5', v9m5);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 46 of 65 on main's parser (96a5daa); 60 when first scored, unseen, after the v9m4 rules; 63 tuned.
    expect(Math.round(s.full * v9m5.length)).toBeGreaterThanOrEqual(63);
  });

  it('gets the v9m6 set fully right at its floor', () => {
    const v9m6 = loadLabelled('utterances-v9m6.jsonl');
    tagged(v9m6);
    expect(v9m6.length).toBeGreaterThanOrEqual(50);
    const s = report('tuning set v9m6', v9m6);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 44 of 60 on main's parser (96a5daa); 59 when first scored, unseen, after the v9m5 rules; 60 tuned.
    expect(Math.round(s.full * v9m6.length)).toBeGreaterThanOrEqual(60);
  });

  it('gets at least 92.5 % of the v9 set fully right, every movement said and every amount kept', () => {
    const v9 = loadLabelled('utterances-v9.jsonl');
    tagged(v9);
    expect(v9.length).toBeGreaterThanOrEqual(250);
    expect(v9.filter((l) => l.lang === 'fr').length / v9.length).toBeGreaterThanOrEqual(0.6);
    const s = report('tuning set v9', v9);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 200 of 304 when first scored, unseen (main at 96a5daa); 280 tuned, 282 with the v9m rules
    // (21 of the 22 misses left are categories).
    expect(Math.round(s.full * v9.length)).toBeGreaterThanOrEqual(282);
    expect(s.movement).toBe(1);
    expect(s.amount).toBeGreaterThanOrEqual(0.99);
    expect(s.date).toBe(1);
  });

  it('gets the v10a set fully right at its floor, with its amounts', () => {
    const v10a = loadLabelled('utterances-v10a.jsonl');
    tagged(v10a);
    expect(v10a.length).toBeGreaterThanOrEqual(150);
    expect(v10a.filter((l) => l.lang === 'fr').length / v10a.length).toBeGreaterThanOrEqual(0.6);
    const s = report('tuning set v10a', v10a);
    if (s.misses.length) console.log(`misses:\n${s.misses.join('\n')}`);
    // 155 of 172 when first scored, unseen (main at b52b145), amount and currency 96 %; 163 tuned
    // (amount and currency 99.4 %; the misses left are categories, two flags, a day and a movement).
    expect(Math.round(s.full * v10a.length)).toBeGreaterThanOrEqual(164);
    expect(s.amount).toBeGreaterThanOrEqual(0.99);
  });

  it.each(
    [...own, ...v2].filter((l) => l.expect.length === 0 && !l.unsure).map((l) => [l.quirk, l.text] as const),
  )('finds no expense in a %s sentence: %s', (_quirk, text) => {
    expect(parseExpenseText(text, LABEL_OPTIONS).expenses).toEqual([]);
  });
});
