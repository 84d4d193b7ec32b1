/**
 * Word forms the category tables do not list as such. French: a verb-noun compound (« essuie-glaces »,
 * « tire-lait ») is a device, not its noun (categorize.ts asks); a practice is its practitioner's
 * (« ostéopathie » of « ostéopathe »), a shop its trade's (« horlogerie » of « horloger ») and a
 * trade its shop's, a shop or a trade the goods' (« crèmerie » of « crème »), a service's agent
 * its service's (« dératiseur » of « dératisation », « élagueur » of « élagage »), and a service's verb
 * after « faire » is the service (« faire ramoner » of « ramonage »); category-tables.ts adds these
 * when it builds the French table. English (englishForms): the practitioner of a practice
 * ("podiatry" → "podiatrist") and a trade's shop and a shop's trade ("butcher" → "butchery",
 * "brewery" → "brewer"), added the same way to the English table.
 */
import type { Token } from './tokenize.ts';

/** The verbs a French device's name opens on: « essuie-glaces », « sèche-cheveux », « porte-clés ». */
const DEVICE_VERBS = new Set(
  (
    'essuie|pare|porte|seche|tire|chauffe|casse|ouvre|lave|presse|tourne|ramasse|garde|grille|taille|' +
    'aspire|brise|cache|couvre|protege|range|repose|serre|abat|attrape|pique|rince|perce|pese|chasse|' +
    'coupe|vide|souffle|monte|decapsule|hache|broie|passe|epluche'
  ).split('|'),
);

/**
 * Whether tokens[i] is the noun of a verb-noun compound whose verb tokens[i - 1] is, joined by a
 * hyphen: « essuie-glaces » are no ice creams, « tire-lait » is no milk. A compound the tables list
 * whole (« lave-vaisselle », « grille-pain ») is matched from its verb before this is asked.
 */
export function deviceNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const verb = tokens[i - 1];
  return (
    t !== undefined &&
    verb?.kind === 'word' &&
    !t.spaced &&
    verb.end === t.start - 1 &&
    DEVICE_VERBS.has(verb.norm)
  );
}

/** A practice from its practitioner: « ostéopathe » → « ostéopathie », « kinésithérapeute » → « kinésithérapie ». */
const PRACTICES: readonly (readonly [RegExp, string])[] = [
  [/pathe$/, 'pathie'],
  [/logue$/, 'logie'],
  [/peute$/, 'pie'],
  [/phoniste$/, 'phonie'],
  [/iatre$/, 'iatrie'],
];

/**
 * The French words one listed word names by its form (accents folded, one word): the practice of a
 * practitioner, the shop of a trade (-ier, -er → -erie) and the trade of a shop (-erie → -ier), the
 * shop or the trade of the goods (« fromage » → « fromagerie »; « fleur » →
 * « fleuriste »), and a carer's adjective. Only words said alone are derived; the caller keeps a word any table lists.
 */
export function derivedForms(word: string, goods: boolean, care = false): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  const out: string[] = [];
  for (const [end, practice] of PRACTICES) if (end.test(word)) out.push(word.replace(end, practice));
  // « un bilan orthoptique » of « orthoptiste », « dermatologique » of « dermatologue »: a care's
  // adjective names the care, after a noun that says only what kind of visit it was; not
  // « psychologique », said of novels and pressure as much as of care.
  if (care && /^(?!psych).*(iste|logue)$/.test(word)) out.push(word.replace(/(ist|u)e$/, 'ique'));
  if (/ier$/.test(word)) out.push(`${word.slice(0, -3)}erie`);
  else if (/[^i]er$/.test(word)) out.push(`${word.slice(0, -2)}erie`);
  if (/erie$/.test(word)) out.push(`${word.slice(0, -4)}ier`);

  // The shop or the trade of goods: « crème » → « crèmerie », « fleur » → « fleuriste »; not -ier,
  // -er: « saladier », « sucrier », « glacier », « pommier » are other things than their goods' trade.
  if (goods && word.endsWith('e')) out.push(`${word}rie`);
  else if (goods && /[^aeiouy]$/.test(word)) out.push(`${word}iste`);
  return out;
}

/**
 * The one who does a service in -age, -ation or -ement: « ramonage » → « ramoneur », « élagage » →
 * « élagueur », « dératisation » → « dératiseur », « déménagement » → « déménageur ». Asked only of
 * the services' categories (category-tables.ts): « fromage » names no « fromeur ».
 */
export function agentOfService(word: string): string | null {
  const m = /^([a-z]{3,}[^aeiou])(age|ation|ement)$/.exec(word);
  // « chauffeur » drives a car: no agent of « chauffage ».
  if (!m?.[1] || m[1] === 'chauff') return null;
  // « élagage » → « élagueur »: a g keeps its sound before e.
  return m[2] === 'age' && m[1].endsWith('g') ? `${m[1]}ueur` : `${m[1]}eur`;
}

/**
 * The verb of a service in -age, -ation or -ffure (« ramonage » → « ramoner », « épilation » →
 * « épiler »): it names the service only after « faire » (see afterFaire). Not from a stem of three
 * letters (« ménage » is no « mener », « garage » no « garer »).
 */
export function serviceVerb(word: string): string | null {
  if (word.length < 7) return null;
  // « épilation » → « épiler », « vaccination » → « vacciner », « coiffure » → « coiffer ».
  if (/^[a-z]+[^aeiou]ation$/.test(word)) return `${word.slice(0, -5)}er`;
  if (/^[a-z]+ffure$/.test(word)) return `${word.slice(0, -3)}er`;
  if (!/^[a-z]+[^aeiou]age$/.test(word)) return null;
  const stem = word.slice(0, -3);
  // « élagage » → « élaguer »: a g keeps its sound before e.
  return stem.endsWith('g') ? `${stem}uer` : `${stem}er`;
}

const FAIRE = new Set('faire|fait|fais|ferai|ferais|fera|faisons|faites|font|faisais|faisait'.split('|'));

/** Whether tokens[i] follows a form of « faire », past « me », « se », « nous »: « faire ramoner », « je me suis fait masser ». */
export function afterFaire(tokens: readonly Token[], i: number): boolean {
  return FAIRE.has(tokens[i - 1]?.norm ?? '');
}

/**
 * The English words one listed word names by its form (one word): the practitioner of a practice
 * in -y ("pharmacy" → "pharmacist", "podiatry" → "podiatrist", "therapy" → "therapist"), the shop
 * of a trade in -er ("butcher" → "butchery") and the trade of a shop in -ery ("brewery" →
 * "brewer"). The caller keeps a word any table lists, and a form no one says is never matched.
 */
export function englishForms(word: string): string[] {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return [];
  const out: string[] = [];
  if (/[^aeiouy]y$/.test(word) && !word.endsWith('ery')) out.push(`${word.slice(0, -1)}ist`);
  if (/[^e]er$/.test(word)) out.push(`${word}y`);
  if (/[^e]ery$/.test(word)) out.push(word.slice(0, -1));
  return out;
}

/**
 * The service of a trade in -er or -or, in -ing: "roofer" → "roofing", "tiler" → "tiling",
 * "decorator" → "decorating", "tutor" → "tutoring". Asked only of trades that sell a service
 * (category-tables.ts), not of things ("heater", "toaster").
 */
export function serviceOfTrade(word: string): string | null {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return null;
  if (/ator$/.test(word) || /[^e]er$/.test(word)) return `${word.slice(0, -2)}ing`;
  // "tutor" → "tutoring".
  if (/[^aeiou]or$/.test(word)) return `${word}ing`;
  return null;
}

/**
 * Who does an English service of two words or more: "gutter cleaning" → "gutter cleaner", "dog
 * walking" → "dog walker", "pest control" → "pest controller" (the service's own last word changed).
 */
export function agentOfEnglishService(words: readonly string[]): string | null {
  const last = words.at(-1) ?? '';
  const doer = /[^aeiou]ing$/.test(last)
    ? `${last.slice(0, -3)}er`
    : last === 'control'
      ? 'controller'
      : null;
  return doer && [...words.slice(0, -1), doer].join(' ');
}
