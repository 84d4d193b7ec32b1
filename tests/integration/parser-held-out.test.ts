/**
 * The local parser against the tuning sets written before their rules (tests/fixtures/README.md
 * says each): most tuned on one half only, the other half a held-out check read as an aggregate
 * (never printed), each held to the floors it reached.
 */
import { describe, expect, it } from 'vitest';
import { sureFigures } from '../bench/parser.ts';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on tuning sets written before their rules', () => {
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

  it('gets the v19a set right at its floors, its odd half held out, seldom sure and wrong', () => {
    // Even half: 60 of 91 when first scored, unseen (main at 36d2df6), amount and currency 80.6 %,
    // 7 read sure and wrong; 72 tuned, amount and currency 95.7 %, expense-or-not 100 %, 3 sure and
    // wrong (the amounts19 rules: lists priced with one currency, halves of a measure, packs and
    // sizes, « fin du mois » in the past, a share of two things, weights). Whole: 107 of 182 unseen,
    // 131 after (the odd half 47 → 59, read as an aggregate only).
    const { set } = heldOutSet(
      'v19a',
      { minLines: 180, minFrench: 0.6, tunedHalf: 'even-0' },
      { even: 72, whole: 131, perfect: ['detect'] },
    );
    expect(sureFigures(set.filter((_, i) => i % 2 === 0)).sureWrong).toBeLessThanOrEqual(3);
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

  it('gets the v18n set right at its floors, its odd half held out', () => {
    // Even half: 65 of 80 when first scored, unseen (main at 093ff60), expense-or-not 90.0 %,
    // movements said 31 of 40; 74 tuned, expense-or-not 97.5 %, movements 38 of 40 (the moves18
    // rules). Whole: 130 of 160 unseen, 141 after (the odd half 65 → 67, read as an aggregate only).
    // After the moves21 frame (what the money was for): 76, 145. After moves29: 76, 146 (odd 69 → 70).
    heldOutSet('v18n', { minLines: 160, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 76, whole: 146 });
  });

  it('gets the v19n set right at its floors, its odd half held out', () => {
    // Even half: 62 of 81 when first scored, unseen (main at 36d2df6), movements said 32 of 40; 73
    // tuned, movements 39 of 40 (the moves19 rules). Whole: 117 of 162 unseen, 133 after (the odd half
    // 55 → 60, movements 23 → 27 of 40, read as an aggregate only).
    // After the moves21 frame (what the money was for): 74, 139.
    heldOutSet('v19n', { minLines: 160, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 74, whole: 139 });
  });

  it('gets the v19d set right at its floors, its odd half held out', () => {
    // Even half: 71 of 98 when first scored, unseen (main at 330a6f3), date 80.2 %; 86 tuned, date
    // 96.0 % (the dates19 rules). Whole: 150 of 196 unseen, 171 after (the odd half 79 → 85, read
    // as an aggregate only). After the round of 2026-12-06 (dates20, amounts20, moves20): 89, 176.
    heldOutSet('v19d', { minLines: 190, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 89, whole: 176 });
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

  it('gets the v19e set right at its floors, its odd half held out', () => {
    // English only, 20 lines on a French phone. Even half (0-based): 77 of 100 when first scored,
    // unseen (main at 36d2df6); 85 tuned (the caten19 readers: WordNet's restaurants, bars, hotels
    // and a vehicle's parts, goods after the money's frame, a stay in a place named, the days of
    // giving, care of a part of the body, a people's cooking's place). Whole: 155 of 200 unseen,
    // 165 after (the odd half 78 → 80, read as an aggregate only).
    heldOutSet('v19e', { minLines: 180, tunedHalf: 'even-0' }, { even: 85, whole: 165 });
  });

  it('gets the v17s set right at its floors, its odd half held out', () => {
    // Even half: 76 of 115 when first scored, unseen (main at 47d32bd); 112 tuned (the catsvc17
    // words for services, trades and fees, carers read by their ending, a part of a phone). Whole:
    // 143 of 230 unseen, 181 after (the odd half 67 → 69, read as an aggregate only: words do not carry).
    heldOutSet('v17s', { minLines: 220, minFrench: 0.54, tunedHalf: 'even-0' }, { even: 112, whole: 181 });
  });

  it('gets the v19f set right at its floors, its odd half held out', () => {
    // Even half (0-based even lines): 76 of 102 when first scored, unseen (main at 36d2df6); 94 tuned
    // (the catfr19 rules: a frame word read past « un », « une », unsure when its object is unknown;
    // a drink by its crate or its bottle; a meal after « pour »; a service's agent; everyday and
    // regional nouns by kind; a hotel's board no pension). Whole: 140 of 203 unseen, 159 after (the
    // odd half 64 → 65, read as an aggregate only: words do not carry). Later rounds: even 96, and
    // cats27 (not tuned on it) whole 163 (the odd half 66 → 67).
    heldOutSet('v19f', { minLines: 200, minFrench: 1, tunedHalf: 'even-0' }, { even: 96, whole: 163 });
  });
});
