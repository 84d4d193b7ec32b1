import type { LexiconEntry } from './types.ts';

/** English words for what was bought; plurals are added by the table builder. */
export const EN_LEXICON: readonly LexiconEntry[] = [
  [
    'groceries',
    2,
    'grocery|grocery store|supermarket|food shopping|bread|milk|cheese|eggs|butter|vegetables|' +
      'veggies|meat|chicken|fish|rice|pasta|cereal|bakery|butcher|deli|farmers market|market|produce|' +
      'toilet paper|diapers|detergent|orange juice|apples|bananas|wine bottle|bottle of wine|plonk|six pack|yogurt|ready meal',
  ],
  [
    'dining',
    2,
    'restaurant|wine bar|room service|lunch|dinner|breakfast|coffee|latte|cappuccino|espresso|tea|pub|bar|drink|' +
      'beer|pint|takeaway|takeout|take out|food delivery|pizza|sushi|burger|' +
      'noodles|meal|muffin|bagel|donut|doughnut|ice cream|fast food|diner|bistro|canteen|' +
      'cafeteria|food truck|dessert|croissant|pastry|smoothie|burrito|curry|chinese food|thai food|indian food',
  ],
  // A tip alone is a meal's; beside a trade tipped (the hairdresser, the cab), the trade's.
  ['dining', 1, 'tip|tipped'],
  [
    'transport',
    2,
    'taxi|cab|uber ride|ride|subway|metro|tube|underground|bus|bus fare|bus ticket|train ticket|gas|' +
      'fuel|petrol|gas station|parking ticket|parking fine|toll|car|car wash|car repair|' +
      'mechanic|tires|tyres|oil change|bike|scooter|metro card|oyster|oyster card|transit|fare|carpool|' +
      'car insurance|new tires|speeding ticket|charging station|van|pcp|engine oil|coolant|screenwash|antifreeze|exhaust|clutch',
  ],
  [
    'housing',
    2,
    'rent|rent deposit|deposit|security deposit|mortgage|landlord|plumber|electrician|locksmith|repairs|' +
      'home repairs|furniture|sofa|couch|bed|mattress|shelf|shelves|home insurance|renters insurance|' +
      'property tax|council tax|cleaning|cleaner|cleaning lady|housekeeping|moving|movers|paint|hardware store|' +
      'hardware|tools|gardening|apartment|flat|house|boiler|appliance|fridge|washing machine|vacuum|screw|drill bit|wall plug|sandpaper|hinge|masking tape|door handle',
  ],
  [
    'utilities',
    2,
    'electricity|electric bill|electricity bill|power bill|energy bill|gas bill|water bill|wifi|' +
      'broadband|phone bill|phone plan|mobile plan|cell phone bill|cell phone|utilities|utility bill|heating|' +
      'cable|tv license|tv licence|internet bill|data plan',
  ],
  [
    'health',
    2,
    "pharmacy|drugstore|chemist|doctor|doctor's|gp|dentist|dental|physio|physiotherapist|therapist|" +
      'therapy|psychologist|optician|glasses|contacts|contact lenses|hospital|clinic|medicine|medication|meds|' +
      'prescription|pills|vitamins|checkup|check up|blood test|vaccine|health insurance|copay|ophthalmologist|' +
      'chiropractor|osteopath|dermatologist|physical therapy|painkillers|aspirin|ibuprofen|vet|veterinarian',
  ],
  [
    'shopping',
    2,
    'clothes|clothing|shoes|sneakers|trainers|jacket|shirt|t shirt|pants|trousers|dress|coat|socks|underwear|bag|' +
      'handbag|watch|jewelry|jewellery|makeup|perfume|haircut|hairdresser|barber|nails|manicure|laptop|' +
      'computer|phone case|headphones|charger|electronics|gadget|shopping|mall|online order|' +
      'smokes|dry cleaning|laundry|umbrella|sunglasses|cosmetics|hard drive|external drive|power bank|charity shop|haberdashery',
  ],
  // A cable named by its plug or its device is a thing ("an HDMI cable"); "cable" alone is the TV service.
  [
    'shopping',
    2,
    'hdmi cable|usb cable|usb c cable|ethernet cable|network cable|charging cable|charger cable|phone cable|' +
      'power cable|extension cable|lightning cable|aux cable|audio cable|displayport cable|printer cable',
  ],
  [
    'leisure',
    2,
    'movie|cinema|fireworks|movie tickets|show|theater|museum|exhibition|gallery|' +
      'game|video game|football match|stadium|gym|gym membership|yoga|pool|swimming|' +
      'nightclub|party|book|ebook|music|zoo|amusement park|theme park|ski pass|skiing|' +
      'hobby|arcade|escape room|karaoke|popcorn|comics|board game|lottery|' +
      // Fitness classes WordNet does not name (older sets: leisure or health, never education).
      'barre|zumba|spin class|aquafit|boxercise|hiit',
  ],
  [
    'travel',
    2,
    'hostel|motel|flight|plane ticket|plane|airline|airport|baggage|visa|passport|trip|' +
      'vacation|holiday|cruise|car rental|rental car|resort|b & b|bnb|' +
      'currency exchange|boarding pass|travel insurance',
  ],
  [
    'education',
    2,
    'school|tuition|tuition fees|university|course|class|lesson|textbook|school supplies|stationery|' +
      'tutor|tutoring|exam|exam fee|workshop|seminar|training|daycare|nursery|babysitter|' +
      'babysitting|baby sitter|childminder|nanny|driving lessons|library|registration fee|school trip|online course|school fees',
  ],
  // The words of a present itself are in the last row, at weight 4 (a later row wins a word).
  [
    'gifts',
    2,
    'birthday|christmas gift|wedding gift|wedding|flowers|donation|charity|fundraiser|red cross|baby shower',
  ],
  // Weak words: they name the kind of payment more than what was bought.
  ['shopping', 1, 'order|store|shop|purchase|stuff'],
  ['leisure', 1, 'subscription|membership|ticket|club'],
  ['utilities', 1, 'bill|phone|plan'],
  ['health', 1, 'appointment|insurance'],
  ['groceries', 1, 'food'],
  ['travel', 1, 'night'],
  // A present bought on Amazon is a present: these beat shop names.
  ['gifts', 4, 'gift|present|birthday present|birthday gift|christmas present|gift card'],
];
