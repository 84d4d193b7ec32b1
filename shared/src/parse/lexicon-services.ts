import type { LexiconEntry } from './types.ts';

/**
 * What is paid for that is not a thing (catsvc17, issue 29): the trades, services, fees and charges
 * iD's presets (lexicon-open-data.ts: crafts, offices, healthcare) and WordNet's nouns do not name,
 * French then English. Accent-free; plurals (and the French feminine of a trade) are added by the
 * builder. A word that names something else as often is left out or written in a longer phrase
 * (« vignette autoroutière », not « vignette », a sticker too; "smog check", not "check").
 */
export const FR_SERVICES: readonly LexiconEntry[] = [
  [
    'housing',
    2,
    // The building trades, and the parts of a home they work on.
    'zinguerie|facadier|ravalement|ravalement de facade|plaquiste|placo|placoplatre|terrassier|' +
      'terrassement|storiste|volet roulant|antenniste|antenne tv|antenne satellite|parabole|' +
      'frigoriste|fumiste|tubage|conduit de cheminee|desamianteur|desamiantage|amiante|' +
      'diagnostiqueur|diagnostic immobilier|diagnostics immobiliers|dpe|etancheite|etancheur|pisciniste|' +
      'ferronnerie|puisatier|verandaliste|veranda|domoticien|nettoyage des vitres|' +
      'lavage des vitres|laveur de vitres|tranchee|fosse septique|tonte de la pelouse|taille des haies|' +
      'debroussaillage|telesurveillance|' +
      // What a landlord's agency or a co-ownership charges.
      "honoraires de location|honoraires d' agence|mandat de gestion|gestion locative|etat des lieux",
  ],
  [
    'transport',
    2,
    'carrossier|carrosserie|portiere|debosselage|courroie de distribution|' +
      'boite de vitesses|vignette autoroutiere|vignette suisse|tunnel du mont blanc|' +
      'tunnel du frejus|tunnel sous la manche',
  ],
  ['health', 2, 'psychomotricite|kinesiologue|certificat medical|visite medicale|radiographie'],
  ['education', 2, 'aide aux devoirs|etude surveillee|toeic|toefl|bafa'],
  [
    'other',
    2,
    'boite postale|genealogiste|curatelle|greffe du tribunal|urssaf|frais de recouvrement|' +
      'frais de virement|marechal ferrant',
  ],
  ['leisure', 2, 'anneau au port'],
  // The general vocabulary of the same kinds, beside the words of the set's misses: a home's parts
  // and fittings, a car's parts, care's fees, taxes and the paperwork of a life.
  [
    'housing',
    2,
    'escalier|cloison|grenier|vmc|tableau electrique|' +
      'canalisations|puits|pelouse|fenetre|double vitrage|' +
      "digicode|ascenseur|gardien d' immeuble|gardienne d' immeuble|curage|" +
      'domotique',
  ],
  ['leisure', 2, 'vide grenier|dossard|remontees mecaniques'],
  // A flea market is where things are bought; a thing named there says more (« à la brocante, une lampe »).
  ['shopping', 1, 'brocante'],
  ['utilities', 2, 'teom|linky|compteur linky|frais de mise en service|encombrants|enlevement des dechets'],
  ['transport', 2, 'exces de vitesse|proces verbal|equilibrage|' + 'assistance routiere'],
  ['health', 2, "bilan sanguin|teleconsultation|depassement d' honoraires|franchise medicale|plombage"],
  ['education', 2, 'professeur particulier|conservatoire|solfege|periscolaire'],
  // Sports iD's sport field does not label (its dojo's terms are one word each, which the build
  // leaves out), said as a club's, a licence's or a class's purpose: « la licence d'escrime ».
  [
    'leisure',
    2,
    'judo|karate|aikido|jiu jitsu|ju jitsu|kung fu|krav maga|taekwondo|boxe|escrime|aviron|' +
      'volley|water polo|triathlon|pilates|patinage|capoeira|muscu|musculation|coach sportif|' +
      'aquagym|qi gong|tai chi|kick boxing|kickboxing|self defense|chorale',
  ],
  ['housing', 2, 'permis de construire'],
  ['education', 2, 'permis bateau'],
  ['leisure', 2, 'chasse'],
  [
    'other',
    2,
    'impot|impot sur le revenu|prelevement a la source|funerarium|cremation|inhumation|' +
      'naturalisation|apostille|traduction|titre de sejour|' +
      // A bank card by its range (« la Visa Premier »), no travel visa.
      'cotisation syndicale|visa premier|visa infinite|visa classic',
  ],
];

// Words of a home's part that name something else as often: a bank account's closing (« frais de
// clôture »), the theatre's seats (« places au balcon »), a cream whipper (« siphon à chantilly »),
// a car's air conditioning (« la clim de la voiture »), a card's limit (« le plafond de la
// carte »). Weak: any other word of the note wins, and alone they stay unsure. ("Fencing", the
// sport as often as the fence, is left out.)
export const FR_SERVICES_WEAK: readonly LexiconEntry[] = [
  ['housing', 1, 'cloture|balcon|siphon|clim|climatisation|plafond'],
];

export const EN_SERVICES: readonly LexiconEntry[] = [
  [
    'housing',
    2,
    'tree surgery|tree felling|tree removal|stump grinding|hedge trimming|' +
      'hedge cutting|pressure washing|power washing|patio|driveway|basement|' +
      'damp-proofing|damp proof course|damp survey|rising damp|epc|energy performance certificate|' +
      'property manager|managing agent|letting agent|letting agency|lettings agent|condo fee|' +
      'condo dues|hoa fees|strata fee|body corporate|blocked drain|' +
      'drain unblocking|painter and decorator|window fitter|window cleaner|flue',
  ],
  [
    'transport',
    2,
    'smog check|emissions test|emission test|dartford crossing|vehicle tax|' +
      'car tax|cambelt|gearbox|breakdown recovery',
  ],
  ['health', 2, 'earwax|ear syringing|microsuction|reflexology|hygienist'],
  [
    'other',
    2,
    'carer|caregiver|care worker|home help|bailiff|court fee|probate|background check|' +
      'work permit|courier|bounced check|livery|livery yard|farrier|breakfast club',
  ],
  // The driving licence's tests are the driving school's; the licence itself a vehicle's paper.
  ['education', 2, 'graduation|graduation gown|gown hire|driving test|theory test'],
  ['transport', 2, 'driving licence|driving license|provisional licence'],
  ['housing', 2, 'planning permission'],
  ['travel', 2, 'checked baggage|hold luggage|hold bag|seat selection'],
  ['leisure', 2, 'mooring|mooring fee|allotment|choir|scout'],
  // The general vocabulary of the same kinds (as the French above).
  [
    'housing',
    2,
    'guttering|downpipe|fascias|soffits|loft conversion|loft insulation|cavity wall insulation|' +
      'rewiring|repointing|decking|block paving|builder|general contractor|decorator|' +
      'termite inspection|home inspection|home inspector|escrow|closing costs|conveyancing|conveyancer|' +
      'land registry|stamp duty|letting fee|janitor|caretaker|lawn service|yard work|snow removal',
  ],
  [
    'transport',
    2,
    'tax disc|vehicle registration|dmv|impound|impound lot|brake job|transmission repair|' +
      'catalytic converter|jump start|e-zpass|ezpass',
  ],
  [
    'health',
    2,
    'co-pay|dispensing fee|urgent care|root canal|orthotics|doula|lactation consultant|' +
      'nursing home|care home|hospice',
  ],
  ['education', 2, 'enrollment fee|enrolment fee|resit fee|lab fee|day care|preschool'],
  [
    'other',
    2,
    'bank fee|overdraft|nsf fee|returned payment|wire fee|foreign transaction fee|' +
      // A bank card by its network ("my Visa card"): its fee is the bank's, not a travel visa.
      'visa card|visa debit card|mastercard|card fee|annual card fee|' +
      'notarization|naturalization|' +
      'marriage license|marriage licence|court costs|burial|headstone|cemetery plot|' +
      'shredding|it support|data recovery',
  ],
  [
    'utilities',
    2,
    'sewer|trash pickup|garbage collection|waste collection|trash service|smart meter|prepayment meter',
  ],
];
