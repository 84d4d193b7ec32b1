/**
 * The tuning sets of round 30 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-29.test.ts holds round 29's: each tuned on its 0-based even half only, the odd
 * half a held-out check read as an aggregate (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 30 written before their rules', () => {
  it('gets the v30a set right at its floors, its odd half held out', () => {
    // Prices beside sizes, models and counts, bare prices after « pour » / "for", spoken prices,
    // direct debits' days, named days and events, shares with the thing named. Even half (0-based):
    // 53 of 76 when first scored, unseen (main at ca368d23, the set at 9a0d91b7). Whole: 100 of 151
    // unseen (the odd half 47, an aggregate only).
    heldOutSet('v30a', { minLines: 151, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 53, whole: 100 });
  });
});
