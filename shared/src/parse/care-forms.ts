/**
 * A carer named by the form of the word (catsvc17, issue 29): the branches of medicine and care
 * are made of a few Greek and Latin endings, so a specialist no table lists is still read as one:
 * « l'angiologue », « la diabétologue », « le gériatre », « la coloscopie », « la
 * musicothérapeute », "the endocrinologist", "a colonoscopy", "cryotherapy". categorize.ts asks
 * only about a word from which no table's phrase starts, and reads it at weight 1.5 (a derived
 * form's), under every listed word and unsure: a form is evidence, not a dictionary's word. The
 * endings' other words (« sociologue », "geologist", "psychopath") are left out by their stem;
 * « catalogue » and « dialogue » have no « -ologue ».
 */

/**
 * French: « -logue » (the specialist), « -thérapeute », « -thérapie », « -iatre », « -pathe »,
 * « -scopie », « -odontiste » (« le parodontiste »).
 */
const FRENCH = /^[a-z]{3,}(?:ologue|therapeute|therapie|iatre|pathe|scopie|odontiste)s?$/;
/** English: "-ologist", "-therapist", "-therapy", "-iatrist", "-opath", "-oscopy", "-odontist". */
const ENGLISH = /^[a-z]{3,}(?:ologist|therapist|therapy|iatrist|opath|oscopy|odontist)s?$/;

/**
 * The stems before « -logue » and "-logist" that name no carer: a scholar of a field no one pays as
 * one (« archéologue », « sociologue », "geologist"), a kind of text (« monologue »), and
 * « œnologue », who is paid for wine; and the « -opathe » or "-opath" no one pays
 * (« psychopathe », "sociopath").
 */
const NOT_CARE = new Set(
  (
    'mono|homo|ideo|astro|oeno|eno|archeo|archaeo|socio|philo|theo|musico|sino|egypto|polito|futuro|' +
    'zoo|geo|bio|crimino|climato|glacio|volcano|sismo|seismo|paleo|palaeo|anthropo|ethno|lexico|' +
    'etymo|mytho|numero|grapho|psych|soci'
  ).split('|'),
);

/** Whether a word no table knows names a carer or a care by its ending. */
export function careByForm(norm: string): boolean {
  // Both languages' endings, whatever the note's: a French phone says "cryotherapy" too.
  if (!FRENCH.test(norm) && !ENGLISH.test(norm)) return false;
  const stem = /^([a-z]+?)(?:logues?|logists?|opathes?|opaths?)$/.exec(norm)?.[1];
  return stem === undefined || !NOT_CARE.has(stem);
}
