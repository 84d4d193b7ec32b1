/**
 * The tuning sets of rounds 20 to 27 written before their rules (tests/fixtures/README.md says
 * each; round 28's in parser-held-out-28.test.ts), held apart from parser-held-out.test.ts for its length:
 * each tuned on its 0-based even half only, the odd half a held-out check read as an aggregate
 * (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of rounds 20 to 27 written before their rules', () => {
  it('gets the v20a set right at its floors, its odd half held out', () => {
    // Even half: 69 of 103 when first scored, unseen (main at d16be05), amount and currency 76.0 %;
    // 84 tuned, amount and currency 93.0 % (the amounts20 rules: a measure's part said after its
    // unit, a price of one then the count taken or the heads paid for, a part then the fraction of
    // the whole, tips for the one who served, a clock's minutes, "hang on", "minus a … voucher",
    // « le m² »).
    // Whole: 129 of 205 unseen, 151 after (the odd half 60 → 67, amount and currency 83.0 → 90.0 %,
    // read as an aggregate only). amounts21 (amounts invented by a word read as a count: "90 minus",
    // "10 back", "took 45 minutes"; a minus before a figure; « remisé à »; half price): even 89,
    // whole 156 (the odd half 67 → 67). amounts22 (whom the speaker paid for, restarts, notes
    // counted, tuned on v21a only): even 89, whole 158 (the odd half 67 → 69). amounts27 (a ship's
    // cabin numbered): even 90, whole 160 (the odd half 70 → 70). amounts28 (« To » in French, the
    // size of what a thing is for; tuned on v27a and these even misses): even 92, whole 162 (odd 70).
    // amounts29 (a thing's capacity before its noun, a cut bill): even 92, whole 163 (odd 70 → 71).
    // amounts33 (goods said with an article, then a figure ending the note: their price): even 93,
    // whole 166 (odd 71 → 73).
    heldOutSet('v20a', { minLines: 180, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 93, whole: 166 });
  });

  it('gets the v20n set right at its floors, its odd half held out', () => {
    // Even half: 60 of 84 when first scored, unseen (main at d16be05), movements said 27 of 47; 66
    // tuned, movements 33 of 47 (the moves20 frame of who gave to whom and who owed whom). Whole:
    // 124 of 168 unseen, 131 after (the odd half 64 → 65, movements 32 → 33 of 47, an aggregate only).
    // After the moves21 frame (what the money was for): 67, 134.
    heldOutSet('v20n', { minLines: 160, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 67, whole: 134 });
  });

  it('gets the v20d set right at its floors, its odd half held out', () => {
    // Even half: 66 of 93 when first scored, unseen (main at d16be05), date 80.0 %; 81 tuned, date
    // 97.9 % (the dates20 rules). Whole: 134 of 186 unseen, 160 after (the odd half 68 → 79, date
    // 76.8 → 89.5 %, read as an aggregate only).
    heldOutSet('v20d', { minLines: 180, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 81, whole: 160 });
  });

  it('gets the v20e set right at its floors, its odd half held out', () => {
    // English only, 21 lines on a French phone. Even half (0-based): 93 of 120 when first scored,
    // unseen (main at d16be05, one date label corrected: "on Saturday" is the Saturday gone); 106
    // tuned (the caten20 readers: a person's occasion said in English, a thing of the home given for
    // one, a friend and a wedding's party, an admission to a place named, a supplier's name, a part
    // on a vehicle, a phone compound, a mock exam, food from a van, a dish in a shop's pack, a tooth out).
    // Whole: 183 of 240 unseen, 196 after (the odd half 90 → 90, read as an aggregate only).
    heldOutSet('v20e', { minLines: 220, tunedHalf: 'even-0' }, { even: 106, whole: 196 });
  });

  it('gets the v20f set right at its floors, its odd half held out', () => {
    // Even half (0-based even lines): 89 of 122 when first scored, unseen (main at d16be05). The
    // catfr20 rules took it to 93 but left the odd half at 79 and four other never-tuned sets' lines
    // fewer right (aggregate): the lead took them out (2026-12-06); the set stays, unseen by rules.
    // The catdata23 open data (services), not tuned on it: even 90 → 91, the odd half 79 → 81.
    // cats27 (« un moule à », « presse- » a device), not tuned on it: even 92, whole 174 (odd 82).
    heldOutSet('v20f', { minLines: 240, minFrench: 1, tunedHalf: 'even-0' }, { even: 92, whole: 174 });
  });

  it('gets the v21a set right at its floors, its odd half held out', () => {
    // Even half: 74 of 100 when first scored, unseen (main at fd7a034), amount and currency 83.2 %;
    // 84 tuned, amount and currency 97.9 % (the amounts22 rules: whom the speaker paid for after a
    // price of one, a price restarted after « euh » or a pause, « 72 exactement », notes counted,
    // "two fivers", a coin and its change, « patates », an age beside a figure priced after "for"). Whole: 159 of 200 unseen, 172 after (the
    // odd half 85 → 88, amount and currency 89.9 → 92.9 %, read as an aggregate only).
    // amounts23 (tuned on v23a only: notes and coins listed, « U2 4821 » a flight): even 86, whole
    // 174 (the even half's amount 100 %; the odd half 88 → 88). amounts25 (tuned on v25a and the
    // older amount sets' even halves: notes and coins counted, a race's "10K", an hour and « thé » no
    // day): even 86, whole 175 (the odd half 88 → 89).
    heldOutSet('v21a', { minLines: 180, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 86, whole: 175 });
  });

  it('gets the v21n set right at its floors, its odd half held out', () => {
    // Even half: 72 of 90 when first scored, unseen (main at f43f8f1), movements said 43 of 54; 82
    // tuned, movements 52 of 54 (the moves21 frame: what the money was for, a payback promised).
    // Whole: 142 of 180 unseen, 153 after (the odd half 70 → 71, movements 43 → 44 of 54, an
    // aggregate only).
    heldOutSet('v21n', { minLines: 180, minFrench: 0.54, tunedHalf: 'even-0' }, { even: 82, whole: 153 });
  });

  it('gets the v21t set right at its floors, its odd half held out', () => {
    // Even half (0-based): 96 of 115 when first scored, unseen (main at f43f8f1); 100 with the
    // catdata21 emoji words (emojibase-data's annotations through one table of subgroups, no word
    // list written from the set's misses). Whole: 191 of 230 unseen, 204 after (the odd half 95 →
    // 104, read as an aggregate only: the method carries). After cats25 (a French head, « à » and a
    // food an object for it; not tuned on v21t): even 101, whole 206 (the odd half 104 → 105).
    heldOutSet('v21t', { minLines: 220, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 101, whole: 206 });
  });

  it('gets the v23a set right at its floors, its odd half held out', () => {
    // Even half: 66 of 90 when first scored, unseen (main at bb756c9), amount and currency 87.6 %;
    // 72 tuned, amount and currency 94.4 % (the amounts23 rules: notes and coins listed summed, a
    // part of a bill shared « à N », a flight's code written « U2 », "ninety-nine p", "my mistake").
    // Whole: 138 of 180 unseen, 146 after (the odd half 72 → 74, amount and currency 84.1 → 86.4 %,
    // read as an aggregate only). After amounts25: even 74, whole 150 (the odd half 74 → 76). After
    // amounts26 (« salle 3 », « voiture 12 », "off Interstate 95"): even 77, whole 154 (odd 77 → 77).
    // At amounts60 (a figure after a comma ending the note says the price: an order's number beside
    // it no money): even 77, whole 155 → 156 (odd 78 → 79).
    heldOutSet('v23a', { minLines: 180, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 77, whole: 156 });
  });

  it('gets the v24a set right at its floors, its odd half held out', () => {
    // Even half: 52 of 80 when first scored, unseen (main at bba9510), amount and currency 68.6 %;
    // 68 tuned, amount and currency 93.0 % (the amounts24 rules: « vingt et un de cinq », the change
    // after notes counted, « une brique », « un bâton », a bare noun numbered before a place, a list's
    // place after a figure, "a twenty and a five"). Whole: 105 of 160 unseen, 136 after (the odd half
    // 53 → 68, amount and currency 70.7 → 87.8 %, read as an aggregate only). After amounts25 ("half a
    // grand", coins after notes, « au rang 12 », « thé 3 en terrasse »): even 73, whole 142 (odd 68 → 69).
    // After amounts26: even 73, whole 143 (odd 69 → 70).
    heldOutSet('v24a', { minLines: 160, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 73, whole: 143 });
  });

  it('gets the v25a set right at its floors, its odd half held out', () => {
    // Even half: 66 of 80 when first scored, unseen (main at 29055c4), amount and currency 94.9 %;
    // 69 tuned, amount and currency 98.7 % (the amounts25 rules: "half a grand", notes counted by
    // their figure, coins counted and listed after notes, a race's "10K", « rang » and "row", an hour
    // and « thé » opening no day, "on top" added). Whole: 122 of 160 unseen, 130 after (the odd half
    // 56 → 61, amount and currency 80.8 → 88.5 %, read as an aggregate only). After amounts26 (« un
    // jean en 38 »): even 70, whole 132 (odd 62 → 62). At amounts60 even 72, whole 137 → 138 (a note
    // handed with its article, "a twenty", then change; odd 65 → 66).
    heldOutSet('v25a', { minLines: 160, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 72, whole: 138 });
  });

  it('gets the v26a set right at its floors, its odd half held out', () => {
    // Even half: 63 of 80 when first scored, unseen (main at 128fda3), amount and currency 94.9 %;
    // 68 tuned, amount and currency 100 % (the amounts26 rules: a figure after an acronym, after
    // « en », "the" with a clock's hours and minutes, a road's name after "off"; « N sur M » sides;
    // "half" before a noun no share; « salle », « voiture », "exit" number places). Whole: 122 of 160
    // unseen, 131 after (the odd half 59 → 63, amount and currency 93.6 → 97.4 %, an aggregate only).
    // amounts33 (goods priced last, no currency said): even 69, whole 134 (the odd half 63 → 65).
    heldOutSet('v26a', { minLines: 160, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 69, whole: 134 });
  });

  it('gets the v27a set right at its floors, its odd half held out', () => {
    // Even half: 63 of 80 when first scored, unseen (main at 2d9e2d4), amount and currency 94.9 %;
    // 65 tuned, amount and currency 97.4 % (the amounts28 rules: a figure after the nouns of one thing
    // names it, « à diviser », "split … in 3", « To », « W », the size of what a thing is for, the
    // parts a total is paid in skipped, a unit's price after its total). Whole: 129 of 160 unseen, 131
    // after (the odd half 66 → 66, an aggregate only). amounts29 (parts with a word of their kind,
    // « coupés en quatre », a figure between a thing's nouns, a capacity before a noun): even 68,
    // whole 135 (the odd half 66 → 67). amounts32 ("an iPad 10th gen" no day, « mensualité » no home,
    // "a power bank" a thing): even 71, whole 138 (the odd half 67 → 67). amounts33 (goods priced
    // last, no currency said: « un disque SSD de 512 Go, 49,90 »): even 72, whole 142 (odd 67 → 70).
    heldOutSet('v27a', { minLines: 160, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 72, whole: 142 });
  });

  it('gets the v23c set right at its floors, its odd half held out', () => {
    // Services, purposes and places, and a few things. Even half (0-based): 77 of 100 when first
    // scored, unseen (main at bb756c9); 78 with the catdata23 open data (iD's medical specialities
    // and beauty cares, a trade's or care's worker among a preset's terms, WordNet's carers and
    // lawyers; no word list written from the set's misses). Whole: 153 of 200 unseen, 155 after
    // (the odd half 76 → 77, read as an aggregate only). purposes25 (a frame word heading an English
    // compound, tuned on v25p): even 79, whole 156 (odd 77).
    heldOutSet('v23c', { minLines: 200, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 79, whole: 156 });
  });

  it('gets the v24e set right at its floors, its odd half held out', () => {
    // Two-sense words, purposes beside the thing, clipped words. Even half (0-based): 66 of 90 when
    // first scored, unseen (main at bba9510); 70 with the cats24 rules (a clipping read as the one
    // category of the words it starts, an unknown thing for a food an object, an occasion said with
    // a bare article no present for a thing worn there). Whole: 128 of 180 unseen, 133 after (the
    // odd half 62 → 63, read as an aggregate only). After cats25 (« le bar à ongles », a bar for no
    // drink; tuned on v24e's even misses and v25k's): even 71, whole 134 (the odd half 63 → 63).
    // purposes25 (a fee for a loan is no loan, tuned on v25p) reached the same floors on its own.
    heldOutSet('v24e', { minLines: 180, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 71, whole: 134 });
  });

  it('gets the v25k set right at its floors, its odd half held out', () => {
    // Compounds whose head decides, French slang nouns, controls. Even half (0-based): 69 of 90 when
    // first scored, unseen (main at 29055c4); 74 with the cats25 rules (a French head, « à » with no
    // article and a food: an object for that food; « une coque de téléphone » the device's; « le bar à
    // ongles » no drink out; no word list). Whole: 140 of 180 unseen, 148 after (the odd half 71 → 74,
    // read as an aggregate only). After cats26 (glasses for a drink, « lunettes de » a sport, slang):
    // even 78, whole 152 (the odd half 74 → 74). After cats27 (an English head in "-er" after a food a
    // tool, flutes after a drink; tuned on v27k and these even misses): even 79, whole 157 (odd 78).
    // After cats29 (a kitchen's object after a food: "a bread knife", "tea lights"; a child's car
    // seat): even 82, whole 160 (odd 78).
    heldOutSet('v25k', { minLines: 180, minFrench: 0.54, tunedHalf: 'even-0' }, { even: 82, whole: 160 });
  });

  it('gets the v25p set right at its floors, its odd half held out', () => {
    // Services by who does them or where, purposes beside a thing, fees by what they are for,
    // outings, places that are no brand. Even half (0-based): 66 of 90 when first scored, unseen
    // (main at 29055c4); 71 with the purposes25 rules (a fee's modifier says its kind and what
    // follows "for" the category, a frame word heading an English compound leaves the modifier to
    // say what for, a fee for a loan is no loan, an unknown thing for a pastime or an outing a thing,
    // « pour les yeux secs », « un aller pour Nantes »). Whole: 138 of 180 unseen, 143 after (the odd
    // half 72 → 72, read as an aggregate only). After cats26 (a canteen at work, the tip as the dump,
    // next door, the pedicure, words no open data holds): even 78, whole 151 (the odd half 73 → 73).
    heldOutSet('v25p', { minLines: 180, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 78, whole: 151 });
  });

  it('gets the v26k set right at its floors, its odd half held out', () => {
    // Things and services people name: two-sense words, heads no table knows, slang, public services,
    // health professions, school trips, controls. Even half (0-based): 69 of 90 when first scored,
    // unseen (main at 128fda3; 70 with one label corrected to the set's own convention, a thing for
    // someone's birthday a present too); 81 with the cats26 rules (a word's other sense said by the
    // words around: glasses for a drink, « lunettes de » a sport, the tip as the dump, a canteen at
    // work; someone next door a neighbour; words no open data holds). Whole: 139 of 180 unseen, 153
    // after (the odd half 70 → 72, an aggregate only). After cats27 (a tool in "-er" after a food, a
    // thing for the nursery, « kawa »): even 84, whole 156 (odd 72); after cats28 ("a night light" a
    // thing, no stay): even 85, whole 157 (odd 72); after cats29 (a kitchen's object after a food,
    // « un rehausseur »): even 86, whole 160 (odd 74).
    heldOutSet('v26k', { minLines: 180, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 86, whole: 160 });
  });

  it('gets the v27k set right at its floors, its odd half held out', () => {
    // Things and services people name: kitchen heads after a food, two-sense words, things for the
    // car, kids' things and clubs, slang, brand nouns, trades, fees and permits, hobbies, controls.
    // Even half (0-based): 64 of 90 when first scored, unseen (main at 2d9e2d4); 75 with the cats27
    // rules (an English head in "-er" after a food a tool, « presse-purée » a device, flutes after a
    // drink, a thing for the nursery, « un moule à », words no open data holds). Whole: 129 of 180
    // unseen, 141 after (the odd half 65 → 66, an aggregate only). After cats28 (an adjective after a
    // French compound, « verres à pied », « une boîte de », "the electric"): even 79, whole 145 (odd 66).
    // After cats29 (a pub's dish by the pub's name, "a cheese board and knives", a child's car seat):
    // even 81, whole 150 (odd 69). After cats33 (a thing no table knows for the boot is carried, "a
    // cat carrier for the vet" the pet's): even 82, whole 152 (odd 70). After cats34 (the sport a
    // pitch of iD is for, « la licence de tir à l'arc »): even 83, whole 153 (odd 70).
    heldOutSet('v27k', { minLines: 180, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 83, whole: 153 });
  });

  it('gets the v23n set right at its floors, its odd half held out', () => {
    // Even half: 70 of 90 when first scored, unseen (main at bb756c9), movements said 38 of 53; 76
    // tuned, movements 43 of 53 (the moves23 rules: who pays whom — a deposit holder giving back, a
    // bill paid by a person of one's own, savings put in a store by any verb, pay for a shift, a place
    // after "from"). Whole: 138 of 180 unseen, 147 after (the odd half 68 → 71, movements 38 → 41 of
    // 54, an aggregate only). After moves24 (put by "away", a person giving back to no one named,
    // someone else's pay and a bank's charge spent, LDDS, « compensé »; tuned on v24n only): even 80,
    // whole 152 (odd 72). After moves25 (a rebate given back): even 81, whole 153 (odd 72). After
    // moves27 (payers after « de », "paid X back", a body sending for a thing): even 81, whole 154 (odd 73).
    heldOutSet('v23n', { minLines: 180, minFrench: 0.54, tunedHalf: 'even-0' }, { even: 81, whole: 154 });
  });

  it('gets the v24n set right at its floors, its odd half held out', () => {
    // Even half: 48 of 80 when first scored, unseen (main at bba9510), movements said 30 of 47; 58
    // tuned, movements 38 of 47 (the moves24 rules: savings put by "away"/"aside", a particle after a
    // bare figure that counts nothing, a person giving back to no one named, "back the 15" as money,
    // someone else's pay paid by the speaker, money taken by a bank, LDDS and LEP, « compensé »).
    // Whole: 99 of 160 unseen, 113 after (the odd half 51 → 55, movements 30 → 34 of 47, an
    // aggregate only). After moves25 (a loan landed or released, a person paid back for a thing of
    // theirs, pay arrived from its payer, HMRC's pounds; tuned on v25n and these even misses): even
    // 62, whole 118 (odd 56). After moves26 (one's own card paid off a transfer, its line relabelled;
    // a fee named beside a bare figure): even 64, whole 120 (odd 56). After moves27 (a person between
    // "paid" and "back"; tuned on v26n and these even misses): even 65, whole 121 (odd 56). After
    // moves29 (money sent said then its sender, a money noun come in; tuned on v27n): even 66, whole 122.
    heldOutSet('v24n', { minLines: 160, minFrench: 0.54, tunedHalf: 'even-0' }, { even: 66, whole: 122 });
  });

  it('gets the v25n set right at its floors, its odd half held out', () => {
    // Even half: 59 of 80 when first scored, unseen (main at 56da22b), movements said 36 of 48.
    // 62 tuned, movements 39 of 48 (the moves25 rules: a bank's loan that arrived or landed, a person
    // paid back for a thing of theirs, pay said to have arrived and its payer after "from", a state
    // body's money, a rebate). Whole: 118 of 160 unseen, 125 after (the odd half 59 → 63, movements
    // 31 → 35 of 49, an aggregate only). After moves26 (one's own card paid off, a fee named beside a
    // bare figure): even 65, whole 131 (odd 63 → 66, an aggregate only). After moves27 (payers after
    // « de » / "from", "paid X back"; tuned on v26n and these even misses): even 70, whole 137 (odd
    // 66 → 67). After moves28 (a debit refused is what befell it, its fee spent): even 71, whole 138
    // (odd 67). After moves29 (tuned on v27n): even 71, whole 139 (odd 67 → 68).
    heldOutSet('v25n', { minLines: 160, minFrench: 0.54, tunedHalf: 'even-0' }, { even: 71, whole: 139 });
  });

  it('gets the v26n set right at its floors, its odd half held out', () => {
    // Even half: 53 of 80 when first scored, unseen (main at 128fda3), movements said 28 of 51; 64
    // tuned, movements 39 of 51 (the moves27 rules: who paid said after « de » / "from", a person
    // between "paid" and "back" for a thing of theirs, a body sending money for a thing, one's own
    // card of a brand paid off). Whole: 111 of 160 unseen, 124 after (the odd half 58 → 60, an
    // aggregate only). After moves28 (a company's two capitals opening the sentence, « m'a versé »
    // as « m'a viré », a person sending to no one named; tuned on these even misses): even 67, whole
    // 127 (odd 60). After moves29 (a debt said in a clause of its own after money sent to the
    // speaker; tuned on v27n and these even misses): even 68, whole 128 (odd 60). After moves30 (a
    // debt told after money sent, an advance's borrower a person): even 69, whole 129 (odd 60).
    // After pay29 (someone else's pay, a benefit by name, pay paid to a person): even 70, whole 130.
    // After moves31 (a return promised after the speaker paid is a loan): even 71, whole 131 (odd 60).
    // After moves33 (cash out of a machine, "got 200 cash from the machine"): even 73, whole 133 (odd 60).
    // After moves35 (tuned on v30m and v29m): even 73, whole 135 (odd 61 → 62, an aggregate only).
    heldOutSet('v26n', { minLines: 160, minFrench: 0.54, tunedHalf: 'even-0' }, { even: 73, whole: 135 });
  });

  it('gets the v27n set right at its floors, its odd half held out', () => {
    // Even half: 50 of 80 when first scored, unseen (main at 2d9e2d4), movements said 21 of 43.
    // 59 tuned, movements 29 of 43 (the moves29 rules: money sent said then « de », "from" and a
    // person came to the speaker; a money noun that « est tombé », « est arrivé », "landed" came in;
    // "a cheque" sent by a person; a brand's inner capital; cash "drew" out, « au distrib »). Whole:
    // 101 of 160 unseen, 113 after (the odd half 51 → 54, an aggregate only). moves30 relabelled an
    // even line (the ASPA paid to a grandmother's account: unsure, 60), then its rules (« moi qui ai
    // avancé », a debt told after money sent, whom the speaker lent to a person, a money noun "got";
    // "paid" taken out by the lead: it read payments the speaker made as income): even 65, whole 119.
    // After pay29 (a workplace's pay no longer another's, "carer's allowance", a third person's share
    // said after money received): even 68, whole 122. After moves31 (a share said after money sent,
    // a temp agency paying, a person's cheque): even 70, whole 126 (odd 54 → 56, an aggregate only).
    // After moves33 (sick pay from the Assurance maladie, "sent 15 back on PayPal"): even 72, whole 129 (odd 57).
    // After moves34 (a tip takes the trade tipped; "cashed Grandpa's birthday cheque"): even 74, whole 131 (odd 57).
    // After moves35 (a name's possessive before a noun says whose, "the Golf's monthly PCP payment";
    // the rest tuned on v30m and v29m): even 75, whole 133 (odd 57 → 58, an aggregate only).
    heldOutSet('v27n', { minLines: 160, minFrench: 0.54, tunedHalf: 'even-0' }, { even: 75, whole: 133 });
  });

  it('gets the v24d set right at its floors, its odd half held out', () => {
    // Even half: 70 of 80 when first scored, unseen (main at bba9510), date 93.8 %; 73 tuned, date
    // 98.8 % (the dates24 rules: « ça fait quinze jours », "two days from now", "the night before
    // last", « quinze jours » as two weeks, a registration's day the event's). Whole: 137 of 160
    // unseen, 140 after (the odd half 67 → 67, date 95.0 → 97.5 %, read as an aggregate only).
    heldOutSet('v24d', { minLines: 160, minFrench: 0.55, tunedHalf: 'even-0' }, { even: 73, whole: 140 });
  });
});
