/**
 * French word forms the category tables do not list as such: a verb-noun compound (« essuie-glaces »,
 * « tire-lait ») is a device, not its noun. categorize.ts asks these.
 */
import type { Token } from './tokenize.ts';

/** The verbs a French device's name opens on: « essuie-glaces », « sèche-cheveux », « porte-clés ». */
const DEVICE_VERBS = new Set(
  (
    'essuie|pare|porte|seche|tire|chauffe|casse|ouvre|lave|presse|tourne|ramasse|garde|grille|taille|' +
    'aspire|brise|cache|couvre|protege|range|repose|serre|abat|attrape|pique|rince|perce|pese|chasse|' +
    'coupe|vide|souffle|monte|decapsule|hache|broie|passe'
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
