import type { LexiconEntry } from './types.ts';

/**
 * Everyday French nouns no table named (issue 29, helper catfr19), listed by kind as
 * lexicon-fr-things.ts' are, and the words said in Belgium, Switzerland and Québec for the same
 * things (« chicons », « patates »): the pantry's plain staples, the butcher's and the fishmonger's
 * usual meats, the cellar's drinks, the garden's and the home's machines, vans and a bike's parts,
 * boats and instruments, the hotel's board. No open data here names them (README, « How it
 * understands »). A drink said alone is as often one served at a bar: dining, weighing 1, never
 * sure; in a bottle or a crate it is groceries (category-heads.ts). Accent-free; plurals are added by the
 * builder.
 */
export const FR_EVERYDAY: readonly LexiconEntry[] = [
  // The pantry's staples and the regional names of vegetables.
  [
    'groceries',
    2,
    'patate|chicon|oranges|cacahuetes|pistaches|biscottes|' +
      'poivre|haricots|saucisses|steak hache|' +
      'saumon|moules|soupe|essuie tout|adoucissant|liquide vaisselle|produit menager|eau de javel|' +
      "sirop d' erable|sirop de grenadine|sirop de menthe|sirop de liege|sirop d' agave|sirop de fruits",
  ],
  // Drinks said alone: a glass at the bar as often as a bottle bought (then groceries, by its bottle).
  // Not « whisky », « champagne », « liqueur », nor « chips », « piano », « barbecue »: English words
  // too, which the English table would read as these French ones.
  ['dining', 1, 'cidre|pastis'],
  // Mussels served with chips are a dish.
  ['dining', 2, 'moules frites'],
  // The garden's and the home's machines and fittings.
  [
    'housing',
    2,
    'tondeuse|motoculteur|souffleur de feuilles|gravats|benne a gravats|adoucisseur|climatiseur|' +
      'deshumidificateur|poele a granules|insert de cheminee|tonnelle|salon de jardin|' +
      'hamac|cabanon|nettoyeur haute pression|robot de piscine|chlore',
  ],
  // Getting about: the network, vans, a bike's parts and its shop.
  [
    'transport',
    2,
    'transports en commun|transport en commun|derailleur|camion|camionnette|fourgon|attelage|velociste',
  ],
  // Boats hired for an afternoon, instruments and their rehearsals, the sea's and the snow's games.
  [
    'leisure',
    2,
    'kayak|canoe kayak|barque|bateau a pedales|jet ski|violoncelle|masque et tuba|repetition|rehearsal',
  ],
  // The hotel's board and the package's.
  ['travel', 2, 'pension complete|demi pension|tout compris|formule tout compris|surclassement'],
  ['health', 2, 'appareil auditif|appareils auditifs|audioprothesiste|protheses auditives'],
  // « la coopérative scolaire », « l'assurance scolaire »: what is for school, after any noun.
  ['education', 2, 'livres de classe|livre de classe|manuels scolaires|scolaire'],
];
