/**
 * The local parser against labelled sentences (tests/fixtures/utterances*.jsonl), scored the way
 * ../shared/eval/score.mjs scores the CLI: a sentence is fully right when it gives exactly the
 * expected expenses, in order, each with the right amount and currency, date and an accepted
 * category, and the keys some lines add (`reimbursable`, `review`, `descriptionHas`, `unsure`;
 * tests/bench/parser.ts says what each means).
 * - utterances.jsonl: the first labelled set; it stays fully right.
 * - utterances-v2.jsonl: shares, tips, asides, orders to the system, plausibility, long-tail
 *   categories; tuned on, held to a high bar.
 * - utterances-v3.jsonl: issue 29's rules (movements, reimbursable asides, future days, totals,
 *   amounts never dropped, open-data categories), written before the parser changes; tuned on.
 * - utterances-v4.jsonl: written by another person than the parser engineer, without reading the
 *   parser or the other sets (utterances-v4.md); tuned on.
 * - utterances-v5.jsonl: written before the v5 parser changes, labelled from what a person means
 *   without running the parser (utterances-v5.md); tuned on.
 * - utterances-v5b.jsonl, utterances-v5c.jsonl: second and third batches, each written after the
 *   rules before it and scored once before being tuned on (utterances-v5b.md, utterances-v5c.md).
 * - utterances-v6.jsonl: written before the v6 rules, scored once unseen, then tuned on
 *   (utterances-v6.md).
 * - utterances-cat7.jsonl: long-tail merchants, trades and products, written before the learned
 *   category model was tried and scored once unseen, then tuned on (utterances-cat7.md).
 * - utterances-v7.jsonl: written before the v7 rules, scored once unseen, then tuned on
 *   (utterances-v7.md).
 * - utterances-v9m.jsonl: movements, money not spent and currencies, written before the v9m rules,
 *   scored once unseen, then tuned on (utterances-v9m.md); a movement there must say its amount too.
 * - utterances-v9m2.jsonl: a second batch of the same kinds, written after the first v9m rules, scored
 *   once unseen, then tuned on (utterances-v9m2.md).
 * - utterances-v9m3.jsonl: a third batch, written after the v9m2 rules, scored once unseen, then tuned
 *   on (utterances-v9m3.md).
 * - utterances-v9m4.jsonl: a fourth batch, written after the v9m3 rules, scored once unseen, then
 *   tuned on (utterances-v9m4.md).
 * - utterances-v9m5.jsonl: a fifth batch, written after the v9m4 rules, scored once unseen, then
 *   tuned on (utterances-v9m5.md).
 * - utterances-v9m6.jsonl: a sixth batch, written after the v9m5 rules, scored once unseen, then tuned
 *   on (utterances-v9m6.md).
 * - utterances-cat9.jsonl: long-tail products, services and trades said by the product, written
 *   before the WordNet nouns and scored once unseen, then tuned on (utterances-cat9.md).
 * - utterances-v9.jsonl: amounts, totals, shares and dates, written before the v9 rules, scored once
 *   unseen, then tuned on (utterances-v9.md).
 * - utterances-v10c.jsonl: ~20 new speakers (Belgian, Swiss, Québec, trades, students, retirees),
 *   written before the v10 doubts and scored once unseen: the calibration set of which readings
 *   were sure and wrong (utterances-v10c.md); then tuned on.
 * - utterances-v10d.jsonl: 12 other speakers, written after the v10 doubts and scored once unseen
 *   with and without them (utterances-v10d.md); then tuned on.
 * - utterances-v10a.jsonl: amounts in hard places (fillers, self-corrections, numbers that are not
 *   money, every spoken form of decimals and currencies), written before the v10 rules, scored once
 *   unseen, then tuned on (utterances-v10a.md).
 * - utterances-v13m.jsonl: movements said the way people talk to a phone, written before the v13m
 *   rules and scored once unseen; tuned on its even lines only, the odd lines held out and never
 *   printed (utterances-v13m.md).
 * - utterances-v14c.jsonl: long-tail purchases of every category, written before the cat14 rules and
 *   scored once unseen; tuned on its even lines only, the odd lines held out and never printed
 *   (utterances-v14c.md).
 * - utterances-v15c.jsonl: long-tail purchases, English first (head nouns, compounds, trades,
 *   services, chains), written before the cat15 rules and scored once unseen; tuned on its even
 *   lines only, the odd lines held out and never printed (utterances-v15c.md).
 * - utterances-v16e.jsonl: English purchases never seen (UK, US and Irish compounds, passes and
 *   services bought, brands that are also words, chains; a sixth of them on a French phone),
 *   written before the cat16en rules and scored once unseen; tuned on its even lines only, the odd
 *   lines held out and never printed (utterances-v16e.md).
 * - utterances-v14l.jsonl: English said on a French phone and French on an English one (a line's
 *   `locale`), counts of people beside money, money moved between named people and companies;
 *   written before the v14l rules and scored once unseen; tuned on its even lines only, the odd
 *   lines held out and never printed (utterances-v14l.md).
 * - utterances-v14a.jsonl: money said the way people say it (numbers in words, slang, corrections,
 *   prices each, shares, tips, numbers that are not money, currencies by place, word and symbol),
 *   written before the v14a rules and scored once unseen; tuned on its even lines (0-based index)
 *   only, the odd lines held out and never printed (utterances-v14a.md).
 * - utterances-v14n.jsonl: money said that was not spent (plans, quotes, balances, budgets, prices
 *   refused, money owed) and the expenses that look like it, written before the v14n rules and
 *   scored once unseen; tuned on its even lines only, the odd lines held out and never printed
 *   (utterances-v14n.md).
 * - utterances-v15m.jsonl: expenses said like money moved (a person or a trade paid for a service or
 *   a share, something bought for someone, rent sent, fees of a return or a withdrawal) beside true
 *   movements and money not spent; written before the v15m rules and scored once unseen; tuned on
 *   its even lines only, the odd lines held out and never printed (utterances-v15m.md).
 * - utterances-v15a.jsonl: counts, quantities and unit prices beside money (a count at a price
 *   each or for all, people counted beside a bill, digits said one by one, model names and numbers
 *   that are not money, weights and durations, a total and its parts), written before the v15a
 *   rules and scored once unseen; tuned on its even lines (0-based index) only, the odd lines held
 *   out and never printed (utterances-v15a.md).
 * - utterances-v16a.jsonl: amounts beside years, sizes, ages, times, phone numbers, addresses and
 *   codes, counts at a price each or for all, a part said before its total, rough amounts and
 *   corrections; written before the v16a rules and scored once unseen; tuned on its even lines
 *   (0-based index) only, the odd lines held out and never printed (utterances-v16a.md).
 * - utterances-v17a.jsonl: amounts beside numbers that are no money (a place's or a turn's number,
 *   a pack's size), such a number said alone, rough amounts, ranges and bounds, cents in words,
 *   slang, thousands, several amounts in one note, currencies after the number; written before the
 *   amounts17 rules and scored once unseen; tuned on its even lines (0-based index) only, the odd
 *   lines held out and never printed (utterances-v17a.md).
 * - utterances-v14d.jsonl: when things were paid (relative days, weekdays, month days, times that
 *   are not dates, dates of the thing bought, days to come); written before the dates14 rules and
 *   scored once unseen; tuned on its even lines only, the odd lines held out and never printed
 *   (utterances-v14d.md).
 * - utterances-v15d.jsonl: the date of sentences never seen (vague past days, bookings whose weekday
 *   is the thing's, tenses that move the day, months, years and holidays said, dates beside amounts
 *   and clock times); written before the dates15 rules and scored once unseen; tuned on its even
 *   lines only, the odd lines held out and never printed (utterances-v15d.md).
 * - utterances-v16t.jsonl: the date and the expense-or-not of sentences never seen (day numbers,
 *   nights, « ce week-end » on a Tuesday, weeks back, days that are not the payment's, deadlines;
 *   refunds asked, deposits, cash withdrawn, savings, gift cards, money owed, bills and claims not
 *   paid); written before the daymove16 rules and scored once unseen; tuned on its even lines only,
 *   the odd lines held out and never printed (utterances-v16t.md).
 * - utterances-v17m.jsonl: dates and money movements of sentences never seen (weekdays with and
 *   without « dernier/prochain », « avant-hier », day numbers, the start and end of a month, dates
 *   after the amount or in an aside, dates inside names, times; income, refunds, repayments, loans,
 *   transfers and their look-alikes, payment apps to a shop or a person); written before the
 *   datemove17 rules and scored once unseen; tuned on its even lines (0-based index) only, the odd
 *   lines held out and never printed (utterances-v17m.md).
 * - utterances-v15f.jsonl: French long-tail purchases of every category, written before the catfr15
 *   rules and scored once unseen; tuned on its even lines only, the odd lines held out and never
 *   printed (utterances-v15f.md).
 * - utterances-v16f.jsonl: French long-tail purchases of every category, nouns no other set says,
 *   written before the catfr16 rules and scored once unseen; tuned on its even lines only, the odd
 *   lines held out and never printed (utterances-v16f.md).
 * - utterances-v17f.jsonl: French long-tail purchases of every category again (cheeses, produce, DIY,
 *   the home's fixtures, fuels, parts, care), written before the catfr17 rules; tuned on its 0-based
 *   even lines only, the odd lines held out and never printed (utterances-v17f.md).
 * - utterances-v17e.jsonl: English long-tail purchases (UK, Irish and US foods, shops, trades,
 *   charges, bills, DIY and garden; a ninth of them on a French phone), written before the caten17
 *   rules and scored once unseen; tuned on its even lines (0-based) only, the odd lines held out
 *   and never printed (utterances-v17e.md).
 * - utterances-v17s.jsonl: services, trades, bills and fees in French and English, lines no other
 *   set is close to, written before the catsvc17 rules and scored once unseen; tuned on its even
 *   lines (0-based index) only, the odd lines held out and never printed (utterances-v17s.md).
 * - utterances-holdout.jsonl, utterances-blind.jsonl and utterances-blind-v3.jsonl were written
 *   before the parser changes they measure and never tuned on: only their aggregate figures are
 *   printed (never a line), and only a floor (what was measured when they were first run) is
 *   asserted, so nobody is tempted to tune to them.
 * - utterances-blind-v5.jsonl: written by another person before the parser ran on it, never tuned
 *   on (utterances-blind-v5.md); figures only, with a low floor (half fully right) that cannot block.
 * - utterances-blind-v6.jsonl: written by the helper blind6 without reading the parser or the other
 *   sets, before the parser ran on it, never tuned on (utterances-blind-v6.md); figures only, the
 *   same low floor.
 * - utterances-blind-v9.jsonl: written by the helper blind9 the same way, after the v9 rules and
 *   before the parser ran on it (utterances-blind-v9.md); figures only, the same low floor.
 * - utterances-blind-v8.jsonl: written by the helper blind8 without reading the parser or the other
 *   sets, before the parser ran on it, never tuned on (utterances-blind-v8.md); figures only, the
 *   same low floor.
 * - utterances-blind-v10.jsonl: written by the helper blind12 without reading the parser or the other
 *   blind sets, before the round's parser changes and before the parser ran on it, never tuned on
 *   (utterances-blind-v10.md); figures only, the same low floor.
 * - utterances-blind-v11.jsonl: written by the helper blind13 the same way, before the next round's
 *   parser changes and before the parser ran on it, never tuned on (utterances-blind-v11.md); figures
 *   only, the same low floor.
 * - utterances-blind-v12.jsonl: written by the helper blind14 the same way, before the next round's
 *   parser changes and before the parser ran on it, weighted toward long-tail French purchases, messy
 *   amounts, currencies said by a place or slang and movements between named people, never tuned on
 *   (utterances-blind-v12.md); figures only, the same low floor.
 * - utterances-blind-v13.jsonl: written by the helper blind15 the same way, before the next round's
 *   parser changes and before the parser ran on it, weighted toward long-tail purchases in both
 *   languages, expenses that name another person, counts and discounts beside the price paid,
 *   bookings and vague past days, notes left to review, and short English notes on a French phone;
 *   never tuned on (utterances-blind-v13.md); figures only, the same low floor.
 * - utterances-blind-v14.jsonl: written by the helper blind16 the same way, before the next round's
 *   parser changes and before the parser ran on it, weighted toward the category of long-tail
 *   purchases in both languages (dishes, home goods, clothes, hobby supplies, passes and check-ups,
 *   trades by their act, brand names that are also words), then dates, movements and money not
 *   spent, amounts beside other numbers, and short English notes on a French phone; never tuned on
 *   (utterances-blind-v14.md); figures only, the same low floor.
 */
import { parseExpenseText } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import {
  describeScore,
  LABEL_OPTIONS,
  type Labelled,
  loadLabelled,
  scoreSet,
  sureFigures,
} from '../bench/parser.ts';

function report(name: string, lines: Labelled[]) {
  const s = scoreSet(lines);
  console.log(`${name}: ${describeScore(s)}`);
  return s;
}

const tagged = (lines: Labelled[]) => {
  for (const l of lines) {
    expect(l.quirk).toMatch(/^[a-z0-9-]+$/);
    expect(['fr', 'en']).toContain(l.lang);
  }
};

/**
 * A tuning set written before its rules: tuned on one half only, the other half a held-out check
 * read as an aggregate (never printed). `tunedHalf` says which lines were tuned on: 'even-1'
 * (even 1-based line numbers) or 'even-0' (even 0-based indexes). Prints the tuned half's misses
 * and both scores, and holds its floors: sentences fully right on the tuned half and on the whole,
 * and the parts the tuned half gets right every time.
 */
function heldOutSet(
  name: string,
  at: { minLines: number; minFrench?: number; tunedHalf: 'even-1' | 'even-0' },
  floors: { even: number; whole: number; perfect?: ('amount' | 'detect' | 'movement' | 'date')[] },
) {
  const set = loadLabelled(`utterances-${name}.jsonl`);
  tagged(set);
  expect(set.length).toBeGreaterThanOrEqual(at.minLines);
  if (at.minFrench !== undefined) {
    expect(set.filter((l) => l.lang === 'fr').length / set.length).toBeGreaterThanOrEqual(at.minFrench);
  }
  const offset = at.tunedHalf === 'even-1' ? 1 : 0;
  const even = set.filter((_, i) => (i + offset) % 2 === 0);
  const e = report(`tuning set ${name}, even half (tuned)`, even);
  if (e.misses.length) console.log(`misses:\n${e.misses.join('\n')}`);
  const s = report(`tuning set ${name}, whole (odd half held out)`, set);
  expect(Math.round(e.full * even.length)).toBeGreaterThanOrEqual(floors.even);
  expect(Math.round(s.full * set.length)).toBeGreaterThanOrEqual(floors.whole);
  for (const part of floors.perfect ?? []) expect(e[part], `${name}'s tuned half: ${part}`).toBe(1);
  return { set, s };
}

/** A blind set in figures only, with a low floor (half fully right) so it never blocks. */
function blindSet(version: string, writer: string, minLines = 250) {
  const blind = loadLabelled(`utterances-blind-${version}.jsonl`);
  const b = report(
    `blind ${version} (written by ${writer} before the parser ran on it, never tuned on)`,
    blind,
  );
  expect(blind.length).toBeGreaterThanOrEqual(minLines);
  tagged(blind);
  expect(b.full).toBeGreaterThanOrEqual(0.5);
}

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

  it('gets the v13m set fully right at its floors, its odd half held out', () => {
    // Even half: 74 of 84 when first scored, unseen (main at 0d0c689), movements said 54 of 59;
    // 82 tuned, every movement said. Whole: 147 of 168 unseen, movements 107 of 118; 159 and 113 after.
    const { s } = heldOutSet(
      'v13m',
      { minLines: 160, minFrench: 0.6, tunedHalf: 'even-1' },
      { even: 82, whole: 159, perfect: ['movement'] },
    );
    expect(Math.round(s.movement * s.movements)).toBeGreaterThanOrEqual(113);
  });

  it('gets the v14c set right at its floors, its odd half held out', () => {
    // Even half: 71 of 103 when first scored, unseen (main at 17494d5); 83 tuned (the cat14 forms and
    // purposes). Whole: 155 of 206 unseen, 171 after.
    heldOutSet('v14c', { minLines: 180, minFrench: 0.6, tunedHalf: 'even-1' }, { even: 83, whole: 171 });
  });

  it('gets the v15c set right at its floors, its odd half held out', () => {
    // Even half: 79 of 104 when first scored, unseen (main at afa83a9); 87 tuned (the cat15 WordNet
    // widening, English forms, chains). Whole: 156 of 208 unseen, 166 after.
    heldOutSet('v15c', { minLines: 180, minFrench: 0.4, tunedHalf: 'even-1' }, { even: 87, whole: 166 });
  });

  it('gets the v16e set right at its floors, its odd half held out', () => {
    // English only, 38 lines on a French phone. Even half: 82 of 109 when first scored, unseen (main
    // at 2d41309); 94 tuned (the cat16en fare, chain, body, illness and goods readers). Whole: 158 of
    // 218 unseen, 175 after (the odd half 76 → 81, read as an aggregate only). caten17's words no
    // open data names: even half 94 → 104, whole 175 → 191 (its odd half 6 more, never read).
    heldOutSet('v16e', { minLines: 180, tunedHalf: 'even-1' }, { even: 104, whole: 191 });
  });

  it('gets the v14l set fully right at its floors, its odd half held out', () => {
    // English on a French phone and the reverse: the line's own locale is the page's.
    // Even half: 34 of 49 when first scored, unseen (main at 17494d5), 49 tuned; whole: 72 of 99
    // unseen, 98 after (the odd half 38 → 49 of 50, read as an aggregate only).
    const { set: v14l } = heldOutSet('v14l', { minLines: 80, tunedHalf: 'even-1' }, { even: 49, whole: 98 });
    expect(
      v14l.filter((l) => l.locale !== undefined && !l.locale.startsWith(l.lang ?? '')).length,
    ).toBeGreaterThanOrEqual(40);
  });

  it('gets the v14a set fully right at its floors, its odd half held out', () => {
    // Even half: 78 of 90 when first scored, unseen (main at 17494d5), amount and currency 94.6 %;
    // 83 tuned, amount and currency 100 % (the misses left are categories). Whole: 154 of 179
    // unseen, 159 after (the odd half, 76 of 89, did not move).
    heldOutSet(
      'v14a',
      { minLines: 160, minFrench: 0.6, tunedHalf: 'even-0' },
      { even: 83, whole: 159, perfect: ['amount'] },
    );
  });

  it('gets the v15a set fully right at its floors, its odd half held out', () => {
    // Even half: 76 of 95 when first scored, unseen (main at afa83a9), amount and currency 93.8 %;
    // 83 tuned, amount and currency 100 % (the misses left are categories). Whole: 151 of 190
    // unseen, 161 after (the odd half 75 → 78, amount and currency 92.8 → 99.0 %, an aggregate only).
    heldOutSet(
      'v15a',
      { minLines: 160, minFrench: 0.6, tunedHalf: 'even-0' },
      { even: 83, whole: 161, perfect: ['amount'] },
    );
  });

  it('gets the v16a set fully right at its floors, its odd half held out', () => {
    // Even half: 65 of 88 when first scored, unseen (main at 2d41309), amount and currency 86.4 %;
    // 74 tuned, amount and currency 98.9 % (the misses left: categories, a deli ticket's number).
    // Whole: 127 of 176 unseen, 146 after (the odd half 62 → 72, amount and currency 79.5 → 93.2 %,
    // an aggregate only). FreeDict's French nouns removed (freedict16: a GPL work, not shipped):
    // whole 146 → 144, the even half still 74.
    heldOutSet('v16a', { minLines: 160, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 74, whole: 144 });
  });

  it('gets the v17a set fully right at its floors, its odd half held out, seldom sure and wrong', () => {
    // Even half: 76 of 95 when first scored, unseen (main at 47d32bd), amount and currency 90.2 %,
    // 5 read sure and wrong; 86 tuned, amount and currency 98.9 %, 1 sure and wrong (a category).
    // Whole: 144 of 189 unseen, 156 after (the odd half 68 → 70, amount and currency 91.8 → 92.9 %,
    // 1 sure and wrong before and after, an aggregate only).
    const { set } = heldOutSet(
      'v17a',
      { minLines: 180, minFrench: 0.6, tunedHalf: 'even-0' },
      { even: 86, whole: 156, perfect: ['detect'] },
    );
    expect(sureFigures(set).sureWrong).toBeLessThanOrEqual(2);
  });

  it('gets the v14n set fully right at its floors, its odd half held out', () => {
    // Even half: 66 of 83 when first scored, unseen (main at fc67870), expense-or-not 91.6 %; 77
    // tuned, every expense-or-not and movement right (the 6 misses left are categories). Whole: 130
    // of 167 unseen, 153 after (the odd half 64 → 76, read as an aggregate only).
    heldOutSet(
      'v14n',
      { minLines: 160, minFrench: 0.58, tunedHalf: 'even-1' },
      { even: 77, whole: 153, perfect: ['detect', 'movement'] },
    );
  });

  it('gets the v15m set fully right at its floors, its odd half held out', () => {
    // Even half: 72 of 81 when first scored, unseen (main at afa83a9), expense-or-not 96.3 %; 79
    // tuned, every amount, expense-or-not and movement right (the 2 misses left are categories).
    // Whole: 144 of 163 unseen, 155 after (the odd half 72 → 76, read as an aggregate only).
    heldOutSet(
      'v15m',
      { minLines: 160, minFrench: 0.58, tunedHalf: 'even-1' },
      { even: 79, whole: 155, perfect: ['amount', 'detect', 'movement'] },
    );
  });

  it('gets the v14d set right at its floors, its odd half held out', () => {
    // Even half: 75 of 87 when first scored, unseen (main at 34b6015), date 89.7 %; 84 tuned, date
    // 100 % (the dates14 rules). Whole: 151 of 174 unseen, date 91.4 %; 164 after, date 98.9 %.
    heldOutSet(
      'v14d',
      { minLines: 150, minFrench: 0.6, tunedHalf: 'even-1' },
      { even: 84, whole: 164, perfect: ['date'] },
    );
  });

  it('gets the v15d set right at its floors, its odd half held out', () => {
    // Even half: 49 of 79 when first scored, unseen (main at afa83a9), date 69.6 %; 74 tuned, date
    // 100 % (the dates15 rules; the 5 misses left are categories). Whole: 94 of 159 unseen, date
    // 68.6 %; 143 after, date 96.9 % (the odd half 45 → 69 of 80, read as an aggregate only).
    heldOutSet(
      'v15d',
      { minLines: 150, minFrench: 0.6, tunedHalf: 'even-1' },
      { even: 74, whole: 143, perfect: ['date'] },
    );
  });

  it('gets the v16t set right at its floors, its odd half held out', () => {
    // Even half: 82 of 97 when first scored, unseen (main at 2d41309), date 88.9 %, expense-or-not
    // 94.8 %, movements said 13 of 16; 94 tuned, date, expense-or-not and movements 100 % (the
    // daymove16 rules; the 3 misses left are categories). Whole: 168 of 194 unseen, 183 after (the
    // odd half 86 → 89, read as an aggregate only).
    heldOutSet(
      'v16t',
      { minLines: 170, minFrench: 0.55, tunedHalf: 'even-1' },
      { even: 94, whole: 183, perfect: ['date', 'detect', 'movement'] },
    );
  });

  it('gets the v17m set right at its floors, its odd half held out', () => {
    // Even half: 81 of 96 when first scored, unseen (main at 47d32bd), date 88.1 %, expense-or-not
    // 93.8 %, movements said 20 of 26; 95 tuned, date and amount 100 %, expense-or-not 99.0 %,
    // movements 25 of 26 (the datemove17 rules). Whole: 168 of 191 unseen, 183 after (the odd half
    // 87 → 88, read as an aggregate only).
    heldOutSet(
      'v17m',
      { minLines: 180, minFrench: 0.55, tunedHalf: 'even-0' },
      { even: 95, whole: 183, perfect: ['date', 'amount'] },
    );
  });

  it('gets the v15f set right at its floors, its odd half held out', () => {
    // Even half: 68 of 100 when first scored, unseen (main at 482fae7); 85 tuned (the catfr15 rules:
    // Christmas and funerals, iD's sports, dishes bought to cook, goods said with « un », the home's
    // things for the body). Whole: 139 of 200 unseen, 165 after (the odd half 71 → 80, as an aggregate);
    // 164 once FreeDict's French nouns were removed (freedict16: a GPL work, not shipped).
    heldOutSet('v15f', { minLines: 180, minFrench: 1, tunedHalf: 'even-1' }, { even: 85, whole: 164 });
  });

  it('gets the v16f set right at its floors, its odd half held out', () => {
    // Even half: 55 of 102 when first scored, unseen (main at 2d41309); 71 tuned (the catfr16 rules:
    // goods past a lead-in, toys as presents and ages as birthdays, stays counted in nights, the
    // restaurant said by its cooking, a weak word after a frame word). Whole: 122 of 204 unseen, 146
    // after (the odd half 67 → 75, read as an aggregate only). FreeDict's French nouns removed
    // (freedict16: a GPL work, not shipped): even half 71 → 69, whole 146 → 144.
    heldOutSet('v16f', { minLines: 180, minFrench: 1, tunedHalf: 'even-1' }, { even: 69, whole: 144 });
  });

  it('gets the v17f set right at its floors, its odd half held out', () => {
    // Even half (0-based even lines): 59 of 96 when first scored, unseen (main at 47d32bd); 93 tuned
    // (the catfr17 lexicon of French things by kind: cheeses, cuts, fish, produce, the pantry, DIY and
    // garden, the home's fixtures and kitchen things, fuels, car and bike parts, care, funerals; a
    // person's fête, retirement or leaving as an occasion). Whole: 122 of 191 unseen, 173 after (the
    // odd half 63 → 80, read as an aggregate only).
    heldOutSet('v17f', { minLines: 180, minFrench: 1, tunedHalf: 'even-0' }, { even: 93, whole: 173 });
  });

  it('gets the v17e set right at its floors, its odd half held out', () => {
    // English only, 22 lines on a French phone. Even half (0-based): 64 of 100 when first scored,
    // unseen (main at 47d32bd); 95 tuned (the caten17 words no open data names, a deposit's and a
    // round's frames, a container of unnamed contents). Whole: 141 of 200 unseen, 173 after (the odd
    // half 77 → 78, read as an aggregate only).
    heldOutSet('v17e', { minLines: 180, tunedHalf: 'even-0' }, { even: 95, whole: 173 });
  });

  it('gets the v17s set right at its floors, its odd half held out', () => {
    // Even half: 76 of 115 when first scored, unseen (main at 47d32bd); 112 tuned (the catsvc17
    // words for services, trades and fees, carers read by their ending, a part of a phone). Whole:
    // 143 of 230 unseen, 181 after (the odd half 67 → 69, read as an aggregate only: words do not carry).
    heldOutSet('v17s', { minLines: 220, minFrench: 0.54, tunedHalf: 'even-0' }, { even: 112, whole: 181 });
  });

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

  it.each(
    [...own, ...v2].filter((l) => l.expect.length === 0 && !l.unsure).map((l) => [l.quirk, l.text] as const),
  )('finds no expense in a %s sentence: %s', (_quirk, text) => {
    expect(parseExpenseText(text, LABEL_OPTIONS).expenses).toEqual([]);
  });

  it('reports the never-tuned holdout and blind sets separately', () => {
    const holdout = loadLabelled('utterances-holdout.jsonl');
    const blind = loadLabelled('utterances-blind.jsonl');
    report('holdout (never tuned on)', holdout);
    const b = report('blind (written before the v2 parser, never tuned on)', blind);
    expect(holdout.length).toBeGreaterThanOrEqual(80);
    expect(blind.length).toBeGreaterThanOrEqual(60);
    tagged(blind);
    // A floor, not a target: 73 of 74 when the set was first scored against the v2 parser.
    expect(b.full * blind.length).toBeGreaterThanOrEqual(73);
  });

  it('reports the blind set v3 in figures only', () => {
    const blind = loadLabelled('utterances-blind-v3.jsonl');
    const b = report('blind v3 (written before issue 29, never tuned on)', blind);
    expect(blind.length).toBeGreaterThanOrEqual(120);
    // A floor, not a target: 160 of 252 when the set was first scored, before issue 29's changes.
    expect(Math.round(b.full * blind.length)).toBeGreaterThanOrEqual(160);
  });

  it('reports the blind set v5 in figures only', () => {
    blindSet('v5', 'blindwriter', 200);
  });

  it('reports the blind set v6 in figures only', () => {
    blindSet('v6', 'blind6');
  });

  it('reports the blind set v8 in figures only', () => {
    blindSet('v8', 'blind8');
  });

  it('reports the blind set v9 in figures only', () => {
    blindSet('v9', 'blind9');
  });

  it('reports the blind set v10 in figures only', () => {
    blindSet('v10', 'blind12');
  });

  it('reports the blind set v11 in figures only', () => {
    blindSet('v11', 'blind13');
  });

  it('reports the blind set v12 in figures only', () => {
    blindSet('v12', 'blind14');
  });

  it('reports the blind set v13 in figures only', () => {
    blindSet('v13', 'blind15');
  });

  it('reports the blind set v14 in figures only', () => {
    blindSet('v14', 'blind16');
  });

  it('reports the blind set v15 in figures only', () => {
    blindSet('v15', 'blind17');
  });
});
