import type { LexiconEntry } from './types.ts';

/**
 * British, Irish and American words for what was bought that no open data here names: WordNet
 * lacks them, files them under another sense ("plasters" the building's, "crisps" an adjective,
 * "gas" the car's fuel where a home's gas is meant), or has them only as a name iD and the
 * name-suggestion-index do not list (a chemist's own brands). Plurals are added by the table
 * builder. Read by category-tables.ts only: `pnpm lexicon` does not read this file, so nothing
 * generated depends on it.
 */
export const EN_REGIONAL: readonly LexiconEntry[] = [
  // A home's gas: its trades, its bottles and its prepaid key are the home's, not a car's fuel.
  [
    'housing',
    2,
    'gas engineer|gas fitter|gas man|gas safe engineer|gas safety check|gas boiler|gas fire|' +
      'boiler engineer|bricklayer|glazier|tree surgeon|' +
      'aerial installer|odd job man|holding deposit|renter insurance|' +
      'contents insurance|buildings insurance|home and contents insurance',
  ],
  [
    'utilities',
    2,
    'gas key|gas card|gas meter|gas top up|prepaid gas|bottled gas|gas bottle|gas cylinder|' +
      'calor gas|electric key|electric meter|electricity key|meter top up|water rates|' +
      'water charges|bin collection|bin charge|bin tags|bin lift|refuse collection|' +
      'pay as you go|phone credit|mobile top up|phone top up|sim card|sim only',
  ],
  // Garden and DIY materials said by their British names (fence panels, a trellis, bark chippings).
  [
    'housing',
    2,
    'fence panel|fence post|trellis|topsoil|compost|bark chippings|paving slabs|patio slabs|' +
      'garden shed|sealant|grout|skirting board|plasterboard|wallpaper|wallpaper paste|wood stain|' +
      'fence paint|creosote|weedkiller|weed killer|lawn feed|grass seed|letterbox|letter box',
  ],
  // A chemist's shelf by its brands, and the sticking plasters (said in the plural).
  [
    'health',
    2,
    'plasters|calpol|lemsip|savlon|sudocrem|strepsils|anadin|beechams|piriton|night nurse|' +
      'benylin|germolene|canesten|bonjela|imodium|dioralyte|motrin|tums|nyquil|dayquil|' +
      'pepto bismol|neosporin|benadryl|claritin|zyrtec|sudafed|counselling|counseling|counsellor|' +
      'counselor|hay fever tablets',
  ],
  // Foods of the British and Irish shelf.
  [
    'groceries',
    2,
    'crisps|rashers|black pudding|white pudding|teabags|tea bags|crumpets|digestives|marmite|' + 'hobnobs',
  ],
  // A packet, a multipack or a punnet of something no table names is most likely food: groceries,
  // weakly (never sure), and a named content wins ("a packet of cigarettes", "of seeds").
  ['groceries', 1, 'packet of|packets of|multipack of|multipacks of|punnet of|punnets of'],
  // Dishes and where they are served: the chipper, the carvery, a seafood shack.
  [
    'dining',
    2,
    'chipper|carvery|sunday roast|roast dinner|spice bag|battered sausage|chip butty|sausage butty|full english|full irish|' +
      'fry-up|cheesesteak|philly cheesesteak|hoagie|lobster roll|clam chowder|chicken parm|' +
      'hot wings|seafood shack|crab shack',
  ],
  // Passes, tolls and charges of the road, and the car's care.
  [
    'transport',
    2,
    'clean air zone|low emission zone|ulez|ulez charge|dart charge|crossing charge|' +
      'pay and display|residents parking|adblue|valet|car valet|mini valet|full valet|' +
      // "the cycle shop": the British bicycle's shop ("cycle" alone is a wash's or a spin class's too).
      'breakdown cover|roadside assistance|railcard|travelcard|cycle shop|cycle repair',
  ],
  [
    'leisure',
    2,
    'pitch and putt|crazy golf|mini golf|soft play|rod licence|rod license|panto|pantomime|' +
      'bookies|five-a-side|train set|model railway|toy car',
  ],
  // A hobby's class is leisure: "ballet class", "dance lessons" (a class or a lesson alone is a school's).
  ['leisure', 2, 'ballet|dance|dancing|tap dancing|street dance'],
  // Moving home: the removal men, a man with a van, a storage unit.
  ['housing', 2, 'removal men|removal company|removals|man with a van|storage unit|self storage'],
  // Childcare in the school holidays, not a trip ("breakfast club" is also a café chain's name: left out).
  ['education', 2, 'holiday club'],
  // Slang and spoken forms: "the leccy" is the electricity; a rail ticket is a train's.
  ['utilities', 2, 'leccy|lecky'],
  ['transport', 2, 'rail ticket|rail fare|rail pass'],
  // A call-out is a trade's visit, mostly to the home, but a car's too: never sure.
  ['housing', 1, 'callout fee|call-out fee|call-out charge|call out'],
  ['travel', 2, 'glamping|glamping pod|staycation|checked bag'],
  ['education', 2, 'coding bootcamp|bootcamp'],
  ['gifts', 2, 'stocking filler|secret santa'],
];
