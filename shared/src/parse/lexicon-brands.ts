import type { LexiconEntry } from './types.ts';

/** Shops, apps and providers people name instead of what they bought; the same in both languages. */
export const BRANDS: readonly LexiconEntry[] = [
  [
    'groceries',
    3,
    'monoprix|monop|carrefour|carrefour market|carrefour city|lidl|aldi|picard|franprix|auchan|leclerc|e leclerc|' +
      'intermarche|intermarcher|casino|super u|hyper u|systeme u|biocoop|naturalia|g 20|grand frais|netto|cora|' +
      'leader price|spar|la vie claire|bio c bon|tesco|sainsbury|sainsburys|asda|waitrose|whole foods|' +
      'trader joes|trader joe|kroger|safeway|costco|rewe|edeka|mercadona|migros|coop|la grande epicerie|' +
      'marie blachere|eric kayser|maison kayser|kayser|boulangerie ange|banette|feuillette',
  ],
  [
    'dining',
    3,
    'uber eats|ubereats|deliveroo|just eat|justeat|mcdo|macdo|mcdonald|mcdonalds|mc do|burger king|kfc|' +
      'starbucks|subway|dominos|domino|pizza hut|five guys|pret a manger|big mamma|flunch|hippopotamus|' +
      'buffalo grill|courtepaille|leon de bruxelles|sushi shop|planet sushi|costa coffee|dunkin|chipotle|' +
      'columbus cafe|exki|cojean|bagelstein|o tacos|otacos|too good to go|brioche doree|la mie caline|' +
      'pomme de pain|greggs|panera|krispy kreme|tim hortons',
  ],
  [
    'transport',
    3,
    'uber|bolt|heetch|g 7|lyft|sncf|ouigo|tgv|ter|intercites|ratp|navigo|pass navigo|carte navigo|blablacar|' +
      'velib|free now|freenow|transilien|tisseo|eurostar|thalys|trenitalia|' +
      'flixbus|blablabus|stagecoach|arriva|megabus|national express|greyhound|amtrak|totalenergies|shell|esso|bp|vinci autoroutes|sanef|aprr|indigo|saemes|zity|getaround',
  ],
  [
    'housing',
    3,
    'leroy merlin|castorama|brico depot|bricomarche|mr bricolage|bricorama|ikea|conforama|maisons du monde|' +
      'but meubles|foncia|nexity|orpi|century 21|lapeyre|point p|truffaut|jardiland',
  ],
  [
    'utilities',
    3,
    'edf|engie|totalenergies electricite|ekwateur|veolia|suez|eau de paris|free mobile|freebox|sosh|sfr|red by sfr|' +
      'bouygues|bouygues telecom|b and you|livebox|la poste mobile|ovh|proximus|swisscom|bt|vodafone|' +
      'verizon|at & t|t mobile|comcast|xfinity|british gas|octopus energy',
  ],
  [
    'health',
    3,
    'doctolib|doctissimo|harmonie mutuelle|mgen|ameli|cvs|walgreens|optic 2000|afflelou|krys|' +
      'grand optical|lissac|atol|general optique|pharmacie lafayette',
  ],
  [
    'shopping',
    3,
    'amazon|fnac|darty|decathlon|zara|h & m|h et m|uniqlo|primark|sephora|nocibe|marionnaud|kiabi|celio|jules|' +
      'galeries lafayette|printemps|bhv|la redoute|cdiscount|vinted|leboncoin|ebay|aliexpress|shein|temu|' +
      'apple store|gifi|la foir fouille|nike|adidas|go sport|intersport|' +
      'walmart|best buy|etsy|zalando|asos|mango|bershka|pull and bear|etam|undiz|claires|' +
      'cultura|nature et decouvertes|micromania|hema|flying tiger|monoprix beaute|jd sports|foot locker|courir|' +
      'petco|petsmart|pets at home|zooplus|maxi zoo|animalis|tom and co|relay',
  ],
  [
    'leisure',
    3,
    'netflix|spotify|deezer|disney plus|disney +|disney|canal plus|canal +|prime video|amazon prime|apple music|' +
      'youtube premium|youtube|twitch|steam|playstation store|nintendo|xbox game pass|game pass|hbo|hbo max|' +
      'paramount|ugc|pathe|gaumont|mk 2|cgr|basic fit|basicfit|fitness park|keep cool|neoness|' +
      'l orange bleue|orange bleue|ticketmaster|fnac spectacles|disneyland|parc asterix|futuroscope|' +
      'audible|kindle|patreon|crunchyroll|molotov|salto|ocs|dazn|bein|bein sports|rmc sport|' +
      'apple tv|apple tv plus|apple tv +|paramount plus|paramount +|mubi|hulu|peacock|youtube tv|' +
      'youtube music|tidal|qobuz|pandora|kindle unlimited|playstation plus|ps plus|nintendo eshop|eshop|' +
      'nintendo switch online|xbox live|epic games|fortnite|v bucks|roblox|robux|riot points|battle net|' +
      'blizzard|ubisoft|ea play|instant gaming|humble bundle|apple arcade|spotify family|spotify premium',
  ],
  [
    'travel',
    3,
    'airbnb|booking|booking com|expedia|hotels com|trivago|abritel|gites de france|easyjet|ryanair|air france|' +
      'transavia|vueling|volotea|lufthansa|british airways|klm|iberia|emirates|hertz|europcar|sixt|' +
      'rentalcars|accor|ibis|novotel|mercure|campanile|b and b|holiday inn|hilton|marriott|club med|' +
      'pierre et vacances|center parcs|opodo|kayak|skyscanner|lastminute|hostelworld|ucpa',
  ],
  [
    'utilities',
    3,
    'icloud|google one|dropbox|onedrive|microsoft 365|office 365|adobe|canva|chatgpt|chat gpt|notion|' +
      '1password|nordvpn|proton',
  ],
  [
    'education',
    3,
    'udemy|coursera|openclassrooms|babbel|duolingo|rosetta stone|masterclass|linkedin learning|khan academy|' +
      'acadomia|completude|superprof|cned',
  ],
  [
    'gifts',
    3,
    'leetchi|lydia cagnotte|cagnotte leetchi|interflora|aquarelle|smartbox|wonderbox|tipeee|unicef',
  ],
];
