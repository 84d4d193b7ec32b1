/**
 * The one reviewed table from OpenStreetMap tags to VoiceTrack's 12 categories (issue 29). Every
 * preset of iD's tagging schema and every brand of the name-suggestion-index whose main tag is
 * listed here gives its names to the lexicon; a tag not listed gives nothing (benches, post boxes,
 * parks, police: places nobody pays at, or too vague to say what was bought).
 *
 * Conventions kept from the hand-written lexicon: personal care and services to things you own
 * (hairdresser, dry cleaning, shoe repair, pet grooming) are `shopping`; the self-service laundry
 * is `other` (a chore paid for, not goods: nine sets by other hands label it so); trades working on
 * a home are `housing`; the vet is `health`; books, the newsagent and the lottery are `leisure`;
 * a shop that sells food to cook is `groceries`, a place that serves it is `dining`.
 *
 * Reviewed 2026-12-03 against id-tagging-schema 7.2.0 and name-suggestion-index 8.0.20260918.
 */
import type { Category } from '../../shared/src/categories.ts';

const of = (category: Category, values: string): [string, Category][] =>
  values.split(' ').map((v) => [v, category]);

export const OSM_CATEGORIES: Readonly<Record<string, ReadonlyMap<string, Category>>> = {
  shop: new Map([
    ...of(
      'groceries',
      'supermarket convenience bakery butcher cheese chocolate coffee confectionery dairy deli farm ' +
        'frozen_food greengrocer health_food honey nuts pasta pastry rice seafood spices tea water wine ' +
        'alcohol beverages country_store',
    ),
    ...of(
      'shopping',
      'bag beauty boutique clothes cosmetics department_store e-cigarette erotic fabric fashion_accessories ' +
        'general hairdresser hairdresser_supply jewelry leather mall perfumery piercing shoes tattoo ' +
        'variety_store watches wigs second_hand charity computer electronics hifi mobile_phone ' +
        'mobile_phone_accessories camera printer_ink photo copyshop sewing stationery tobacco ' +
        'dry_cleaning tailor shoe_repair pet pet_grooming baby_goods sports outdoor fishing hunting ' +
        'scuba_diving water_sports military_surplus catalogue candles party esoteric religion trophy ' +
        'nutrition_supplements herbalist radiotechnics electrical repair vacuum_cleaner',
    ),
    ...of(
      'housing',
      'appliance bathroom_furnishing bed carpet curtain doityourself doors fireplace flooring furniture ' +
        'garden_centre hardware household_linen houseware interior_decoration kitchen lighting locksmith ' +
        'paint tiles window_blind storage_rental tool_hire swimming_pool groundskeeping trade frame bbq',
    ),
    ...of(
      'transport',
      'car car_parts car_repair tyres fuel gas motorcycle motorcycle_repair bicycle caravan boat',
    ),
    ...of('health', 'chemist hearing_aids medical_supply optician massage'),
    ...of(
      'leisure',
      'anime art books collector craft games kiosk lottery bookmaker model music musical_instrument ' +
        'newsagent pyrotechnics ticket video video_games antiques pottery brewing_supplies toys',
    ),
    ...of('travel', 'travel_agency'),
    ...of('other', 'funeral_directors pawnbroker rental laundry'),
    ...of('groceries', 'agrarian'),
    ...of('gifts', 'gift florist'),
    ...of('utilities', 'telecommunication'),
  ]),
  amenity: new Map([
    ...of(
      'dining',
      'restaurant fast_food cafe bar pub biergarten food_court ice_cream hookah_lounge internet_cafe',
    ),
    ...of(
      'transport',
      'fuel parking parking_entrance car_rental car_sharing car_wash charging_station taxi vehicle_inspection ' +
        'bicycle_rental boat_rental motorcycle_rental car_pooling bicycle_parking motorcycle_parking parking_space bicycle_wash compressed_air',
    ),
    ...of('health', 'pharmacy doctors dentist clinic hospital veterinary veterinary_pharmacy'),
    ...of(
      'leisure',
      'cinema theatre arts_centre nightclub casino planetarium karaoke_box gambling events_venue ' +
        'exhibition_centre public_bath stripclub dive_centre toy_library conference_centre',
    ),
    ...of(
      'education',
      'school kindergarten college university driving_school language_school music_school library childcare dojo driver_training',
    ),
    ...of('travel', 'bureau_de_change love_hotel luggage_locker'),
    ...of(
      'other',
      'post_office money_transfer photo_booth funeral_hall crematorium animal_boarding animal_shelter recycling waste_transfer_station',
    ),
  ]),
  craft: new Map([
    ...of(
      'housing',
      'carpenter carpet_layer chimney_sweeper cleaning electrician floorer gardener glaziery hvac insulation ' +
        'joiner metal_construction painter parquet_layer plasterer plumber roofer scaffolder stonemason tiler ' +
        'upholsterer window_construction',
    ),
    ...of(
      'shopping',
      'dressmaker key_cutter shoemaker watchmaker clockmaker electronics_repair photographer photographic_laboratory',
    ),
    ...of('dining', 'caterer'),
    ...of(
      'shopping',
      'saddler bookbinder basket_maker blacksmith sculptor handicraft tinsmith sailmaker signmaker',
    ),
    ...of('groceries', 'confectionery brewery winery distillery beekeeper'),
  ]),
  healthcare: new Map([
    ...of(
      'health',
      'alternative audiologist birthing_centre counselling dentist laboratory midwife occupational_therapist ' +
        'optometrist physiotherapist podiatrist psychotherapist rehabilitation sample_collection speech_therapist ' +
        'dialysis',
    ),
  ]),
  leisure: new Map([
    ...of(
      'leisure',
      'adult_gaming_centre amusement_arcade bowling_alley dance escape_game fitness_centre golf_course ' +
        'horse_riding ice_rink indoor_play miniature_golf sauna sports_centre swimming_pool trampoline_park ' +
        'water_park hackerspace disc_golf_course sports_hall stadium pitch track dog_park',
    ),
    ...of('travel', 'resort beach_resort summer_camp marina'),
  ]),
  tourism: new Map([
    ...of(
      'travel',
      'alpine_hut apartment camp_site caravan_site chalet guest_house hostel hotel motel wilderness_hut camp_pitch trail_riding_station',
    ),
    ...of('leisure', 'aquarium attraction gallery museum theme_park zoo'),
  ]),
  office: new Map([
    // An architect paid by a household draws its home (the older sets' « l'architecte pour les plans »).
    ...of('housing', 'estate_agent property_management moving_company architect'),
    ...of('utilities', 'energy_supplier telecommunication water_utility insurance'),
    ...of('travel', 'travel_agent guide'),
    ...of('education', 'educational_institution'),
    ...of(
      'other',
      'lawyer notary accountant tax_advisor coworking surveyor financial_advisor translator private_investigator employment_agency adoption_agency',
    ),
  ]),
};

/**
 * The values of iD's cuisine field (`cuisine=*`) whose French and English labels name a dish or a
 * drink one is served: "shawarma", "gyudon", "bubble tea", « thé aux perles », and the
 * places that serve them ("friterie", "bar and grill"), all dining. Left out: a country's or a
 * region's cooking (« italienne », "regional": an adjective names nothing bought), and what is bought
 * to cook as often as served (chicken and its wings, pasta, noodle, sausage, soup, salad, juice,
 * cake, fish, seafood), "barbecue" (a grill bought), « thé » (folded to "the") and "tea".
 */
export const CUISINE_DISHES: ReadonlySet<string> = new Set(
  (
    'pizza burger sandwich kebab ice_cream sushi fish_and_chips donut bubble_tea ramen friture grill ' +
    'crepe hot_dog hotpot pancake dessert tapas beef_bowl curry bagel soba shawarma fries udon ' +
    'frozen_yogurt brunch breakfast fine_dining tex-mex coffee_shop steak_house diner bistro'
  ).split(' '),
);

/**
 * The values of iD's sport field (`sport=*`) whose French label is not a sport said as a purchase's
 * purpose: « Autres sports (non précisé) », « Boules » (« deux boules de glace »), « Pelote » (of
 * wool), « Tir », « Sports automobiles et mécaniques ». The others (« Badminton », « Escalade »,
 * « Tennis de table », « Plongée »…) are leisure in French, weight 2, as a preset's name; English
 * sports come from WordNet's sport synsets.
 */
export const SPORTS_LEFT_OUT: ReadonlySet<string> = new Set('multi boules pelota shooting motor'.split(' '));

/**
 * iD's fields whose option labels name a service one pays for, not a place: a medical speciality
 * (`healthcare:speciality`: « Orthodontie », « Radiologie », « Chiropratique », "Shiatsu", "Reiki",
 * "Vaccination") is health; a beauty care (`beauty`: « Épilation à la cire », "Tanning", "Waxing")
 * is shopping, as the hairdresser and the beauty shop are above. Left out
 * (`FIELD_VALUES_LEFT_OUT`): the sciences and schools of thought said of studies and books as much
 * as of care (« Biologie », "Biochemistry", "Pathology", « Santé publique », "Depth Psychology",
 * "Humanistic Psychology", « Traitement systémique »).
 */
export const OSM_FIELD_CATEGORIES: ReadonlyMap<string, Category> = new Map([
  ['healthcare/speciality', 'health'],
  ['beauty', 'shopping'],
]);
export const FIELD_VALUES_LEFT_OUT: ReadonlySet<string> = new Set(
  'biology biochemistry pathology clinical_pathology community depth humanistic systemic'.split(' '),
);

/** The labels of OSM_FIELD_CATEGORIES' fields in one language's translation, each with its category. */
export function fieldLabels(
  fields: Readonly<Record<string, { options?: Record<string, unknown> }>>,
): [string, Category][] {
  return [...OSM_FIELD_CATEGORIES].flatMap(([field, category]) =>
    Object.entries(fields[field]?.options ?? {}).flatMap(([value, label]): [string, Category][] =>
      FIELD_VALUES_LEFT_OUT.has(value) || typeof label !== 'string'
        ? []
        : label.split(/,|\/|&/).map((part): [string, Category] => [part.trim(), category]),
    ),
  );
}

/** The category of an OSM feature from its tags, or null when the table says nothing. */
export function categoryOfTags(tags: Readonly<Record<string, string>>): Category | null {
  for (const [key, values] of Object.entries(OSM_CATEGORIES)) {
    const value = tags[key];
    if (value !== undefined) return values.get(value) ?? null;
  }
  return null;
}
