/**
 * The tuning sets of round 28 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-20.test.ts holds rounds 20 to 27 (apart for its length): each tuned on its
 * 0-based even half only, the odd half a held-out check read as an aggregate (never printed), held
 * to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 28 written before their rules', () => {
  it('gets the v28k set right at its floors, its odd half held out', () => {
    // Things by their everyday noun: compounds whose head decides, trades and services, purposes,
    // places and what was bought there, long-tail merchants, controls. Even half (0-based): 67 of 78
    // when first scored, unseen (main at fd634ac, the set at 9c06940); three dates mislabelled in the
    // writing relabelled today before any rule (68). 71 with the cats29 rules (a food "at the" and a
    // name no table knows is a pub's dish, a kitchen's object after a food, a child's seat for the
    // car the child's). Whole: 134 of 155 unseen, 136 relabelled, 142 after (the odd half 67 → 68 →
    // 71, an aggregate only). After cats32 (clothes worn to someone's wedding, « un déguisement », a
    // vehicle's repair shop; tuned on v29k's even half and these even misses): 75, 146 (odd 71).
    // After cats33 (« une glacière pour le coffre », "a cat carrier for the vet"): 77, 148 (odd 71).
    heldOutSet('v28k', { minLines: 155, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 77, whole: 148 });
  });

  it('gets the v28p set right at its floors, its odd half held out', () => {
    // Even half: 44 of 65 when first scored, unseen (main at fd634acf). 57 tuned (the pay29 rules:
    // a household's employee's pay is spent, « salaire de la nounou », "nanny's wages"; benefits by
    // their names come in, "carer's allowance"; pay paid to a person, « versée à mon ex », left).
    // Whole: 91 of 130 unseen, 112 after (the odd half 47 → 55, an aggregate only). Then a third
    // person's share said after money received (« encaissé le chèque de Jules pour sa part »): 58, 113.
    // After moves31 (advances: on one's wages, a return promised; shares said after money sent; the
    // sécu to pay back; a temp agency; a person's cheque; tuned on these even misses): 64, 119 (odd 55).
    // After moves33 (sick pay from the health insurer is income): 64, 120 (odd 56).
    // After moves34 (a tip takes the trade tipped; "advanced my sister"; treats): 65, 122 (odd 57).
    // After money45 (not tuned on this set): 65, 123 (odd 58).
    heldOutSet('v28p', { minLines: 130, minFrench: 0.56, tunedHalf: 'even-0' }, { even: 65, whole: 123 });
  });
});
