/**
 * What a part of the body or a pet a thing is for makes of it: « des gouttes pour les yeux », "a
 * tooth extraction" (health), « la pension du lapin » (other). Split from category-purposes.ts,
 * which says whom a thing is for; categorize.ts asks these.
 */
import { forPurpose, LINKS } from './category-frames.ts';
import { determiners, SPEAKERS_OWN } from './determiners.ts';
import type { Token } from './tokenize.ts';

/** Parts of the body a thing is for: what is bought for them, when nothing names it, is for health. */
const BODY_PARTS = new Set(
  (
    'yeux|oeil|nez|gorge|oreille|oreilles|dos|dents|genou|genoux|pied|pieds|cheville|poignet|' +
    'eyes|eye|nose|throat|ear|ears|teeth|knee|knees|feet|ankle|wrist|back|neck|shoulder|shoulders|hip|hips'
  ).split('|'),
);

// French's: English says how the part is before it (below).
const WHOSE = determiners(['definite', 'mine', 'his'], { minus: 'the|my|his|her' });
/**
 * Whether a thing in tokens[from, to) is said to be for a part of the body (« des gouttes pour les
 * yeux », « bouchons d'oreilles », "drops for my eyes"): the last word of its phrase, after « pour »,
 * "for" or « d' », « de ».
 */
export function forTheBody(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    // « pour les yeux secs »: French says how the part is after it, in one word ending the phrase
    // after a French article (not a link: « le pied de la table »); English says it before, and a
    // word after makes a compound ("the back door").
    const how =
      WHOSE.has(tokens[i - 1]?.norm ?? '') &&
      tokens[i + 2]?.kind !== 'word' &&
      !LINKS.has(tokens[i + 1]?.norm ?? '');
    if (!BODY_PARTS.has(tokens[i]?.norm ?? '') || (tokens[i + 1]?.kind === 'word' && !how)) continue;
    if (forPurpose(tokens, i) || /^(d'|de)$/.test(tokens[i - 1]?.norm ?? '')) return true;
    // "for my bad back", "for my dodgy knee": a word that says how it is, between.
    if (i - 1 > from && SPEAKERS_OWN.has(tokens[i - 2]?.norm ?? '') && forPurpose(tokens, i - 1)) return true;
  }
  return false;
}

/**
 * What a part of the body is checked by: "an eye test", "a hearing test", "a skin check"; and what
 * is done to it to care for it: "a tooth extraction", "a hip replacement", "knee surgery", "teeth
 * cleaning" (the act alone is a garage's or a cleaner's as often).
 */
const CHECKS = new Set(
  (
    'test|tests|exam|exams|examination|check|checks|checkup|scan|scans|screening|' +
    'extraction|extractions|removal|implant|implants|surgery|operation|treatment|treatments|' +
    'injection|injections|xray|x-ray|filling|fillings|replacement|cleaning|whitening'
  ).split('|'),
);
const CHECKED = new Set([
  ...BODY_PARTS,
  'blood',
  'hearing',
  'sight',
  'skin',
  'heart',
  'tooth',
  'gum',
  'gums',
]);

/**
 * The end of a check of, or a care for, a part of the body at tokens[i] ("eye exam", "blood test",
 * "a hearing check-up", "a tooth extraction"), or null: health, though the exam or the test alone
 * would be a school's.
 */
export function bodyCheck(tokens: readonly Token[], i: number, to: number): number | null {
  // "a wisdom tooth out", "two teeth pulled": a tooth taken out is the dentist's work.
  if (
    /^(tooth|teeth)$/.test(tokens[i]?.norm ?? '') &&
    /^(out|pulled|extracted)$/.test(tokens[i + 1]?.norm ?? '')
  )
    return i + 1 < to ? i + 2 : null;
  if (!CHECKED.has(tokens[i]?.norm ?? '') || i + 1 >= to || !CHECKS.has(tokens[i + 1]?.norm ?? ''))
    return null;
  return tokens[i + 1]?.norm === 'check' && tokens[i + 2]?.norm === 'up' && i + 2 < to ? i + 3 : i + 2;
}

/** Looking after an animal: boarding, minding, walking. */
const PET_CARE = new Set(
  'pension|garde|gardiennage|promenade|promenades|dressage|education|boarding|sitting|minding|walking|walks|daycare'.split(
    '|',
  ),
);
const ANIMALS = new Set(
  (
    'chat|chats|chien|chiens|chiot|chiots|chaton|chatons|lapin|lapins|cheval|chevaux|poney|hamster|furet|' +
    'perroquet|oiseau|oiseaux|tortue|cat|cats|dog|dogs|puppy|kitten|rabbit|rabbits|horse|horses|pony|' +
    'parrot|bird|birds|tortoise|pet|pets|animal|animaux'
  ).split('|'),
);
const PET_LINKS = new Set([
  'de',
  'du',
  'des',
  "d'",
  'pour',
  'for',
  'of',
  'le',
  'la',
  'les',
  "l'",
  'mon',
  'ma',
  'mes',
  'the',
  'my',
  'our',
]);

/**
 * The end of a pet's care that tokens[i] names (« la pension du lapin », « garde de mon chien »,
 * "boarding for the cat"), or null: looking after a pet is other, whatever the stay was for.
 */
export function petCare(tokens: readonly Token[], i: number, to: number): number | null {
  if (!PET_CARE.has(tokens[i]?.norm ?? '')) return null;
  for (let j = i + 1; j < Math.min(to, i + 4); j++) {
    const norm = tokens[j]?.norm ?? '';
    if (ANIMALS.has(norm)) return j + 1;
    if (!PET_LINKS.has(norm)) return null;
  }
  return null;
}

/** A baby: a thing of the home for it is its own, bought, as a pet's is ("a cot for the baby", « un lit pour bébé »). */
export const BABIES: ReadonlySet<string> = new Set(['bebe', 'baby', 'nourrisson', 'newborn']);

/** Whether a word names a pet: « lapin », "cat". */
export const aPet = (norm: string) => ANIMALS.has(norm);

/**
 * Whether the thing at tokens[start, end) is said to be a pet's: "a dog bed", « un lit pour le
 * chien », "a blanket for the cat". A thing of the home a pet sleeps or sits on is the pet's (shopping).
 */
export function aPetsThing(
  tokens: readonly Token[],
  from: number,
  to: number,
  start: number,
  end: number,
  whose: ReadonlySet<string> = ANIMALS,
) {
  if (start > from && whose.has(tokens[start - 1]?.norm ?? '')) return true;
  if (!/^(pour|for)$/.test(tokens[end]?.norm ?? '')) return false;
  for (let j = end + 1; j < Math.min(to, end + 4); j++) {
    const norm = tokens[j]?.norm ?? '';
    if (whose.has(norm)) return true;
    if (!PET_LINKS.has(norm)) return false;
  }
  return false;
}
