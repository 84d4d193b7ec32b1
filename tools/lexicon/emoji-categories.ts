/**
 * The one reviewed table from the emoji annotations of emojibase-data (its `group`/`subgroup` keys,
 * which follow Unicode's emoji ordering) to our 12 categories, for the everyday things no other
 * open dataset names in French: « passoire », « louche », « bouilloire », « cerf-volant ».
 * A subgroup not listed gives nothing (people, flags, smileys, animals as animals, weather, places,
 * symbols); a subgroup that mixes kinds names the emoji that differ (by their English label),
 * `null` for an emoji that names no purchase of one kind (« boisson chaude » is a café's as much as
 * the grocer's; « verre de vin » is the bar's or the shelf's).
 */
import type { Category } from '../../shared/src/categories.ts';

export const EMOJI_SUBGROUPS: ReadonlyMap<string, Category> = new Map([
  ['food-fruit', 'groceries'],
  ['food-vegetable', 'groceries'],
  // Bread, cheese, meat, butter, eggs: bought to cook; the dishes served are named below.
  ['food-prepared', 'groceries'],
  // Bento, ramen, sushi, dumplings: dishes eaten out or delivered.
  ['food-asian', 'dining'],
  ['food-sweet', 'groceries'],
  ['drink', 'groceries'],
  // Cutlery, a kitchen knife, a jar: the kitchen's things.
  ['dishware', 'housing'],
  ['sport', 'leisure'],
  ['game', 'leisure'],
  ['arts-crafts', 'shopping'],
  ['clothing', 'shopping'],
  ['musical-instrument', 'leisure'],
  ['computer', 'shopping'],
  ['light-video', 'shopping'],
  ['writing', 'shopping'],
  ['office', 'shopping'],
  ['tool', 'shopping'],
  ['medical', 'health'],
  ['household', 'housing'],
]);

/** Emoji whose kind differs from their subgroup's, by English label; null: no purchase of one kind. */
export const EMOJI_NAMED: ReadonlyMap<string, Category | null> = new Map<string, Category | null>([
  // Dishes served, in food-prepared and food-sweet.
  ...[
    'hamburger',
    'french fries',
    'pizza',
    'hot dog',
    'sandwich',
    'taco',
    'burrito',
    'tamale',
    'stuffed flatbread',
    'falafel',
    'pancakes',
    'waffle',
    'fondue',
    'soft ice cream',
    'shaved ice',
    'ice cream',
    'cocktail glass',
    'tropical drink',
    'bubble tea',
  ].map((label): [string, Category] => [label, 'dining']),
  // A pan or a pot of food: the dish or the pan (« poêle », « casserole », « marmite »).
  ...['cooking', 'shallow pan of food', 'pot of food', 'bowl with spoon', 'popcorn', 'fortune cookie'].map(
    (label): [string, null] => [label, null],
  ),
  ['roasted sweet potato', 'groceries'],
  ['rice cracker', 'groceries'],
  // Drinks that are a café's or a bar's as much as the shop's; the glass and the ice.
  ...[
    'hot beverage',
    'wine glass',
    'beer mug',
    'clinking beer mugs',
    'clinking glasses',
    'tumbler glass',
    'pouring liquid',
    'cup with straw',
    'ice',
  ].map((label): [string, null] => [label, null]),
  ['baby bottle', 'shopping'],
  ['teapot', 'housing'],
  ['teacup without handle', 'housing'],
  ['fork and knife with plate', null],
  ['fork and knife', null],
  // Sea food, in animal-marine: bought to eat.
  ...['shrimp', 'lobster', 'squid', 'oyster', 'crab'].map((label): [string, Category] => [
    label,
    'groceries',
  ]),
  // Clocks and watches, in time (not the hours: « une heure »).
  ['watch', 'shopping'],
  ['stopwatch', 'shopping'],
  ['alarm clock', 'shopping'],
  ['timer clock', 'shopping'],
  ['mantelpiece clock', 'shopping'],
  // « Le calendrier des pompiers », du facteur: bought at the door, a gift to them more than a thing.
  ...['calendar', 'spiral calendar', 'tear-off calendar'].map((label): [string, null] => [label, null]),
  ['wrapped gift', 'gifts'],
  // The one thing bought among the hands' gestures (people-body: hand-prop).
  ['nail polish', 'shopping'],
  // Ground transport a person buys (not the train, the bus, the taxi: fares the hand lexicons know).
  ...['bicycle', 'kick scooter', 'motor scooter', 'motorcycle', 'wheel'].map((label): [string, Category] => [
    label,
    'transport',
  ]),
  ['skateboard', 'leisure'],
  ['roller skate', 'leisure'],
  // Not a purchase: a game of chance, a card suit, a target, a fortune-teller's ball.
  ...[
    'bullseye',
    'crystal ball',
    'magic wand',
    'slot machine',
    'spade suit',
    'heart suit',
    'diamond suit',
    'club suit',
    'joker',
    'mahjong red dragon',
    'flower playing cards',
    'mirror ball',
  ].map((label): [string, null] => [label, null]),
  ['framed picture', 'housing'],
  ['performing arts', null],
  // Sight is the optician's, headwear of a trade or a faith no purchase of clothes.
  ...[
    'glasses',
    'crown',
    'prayer beads',
    'military helmet',
    "rescue worker's helmet",
    'graduation cap',
    'shopping bags',
    'lab coat',
  ].map((label): [string, null] => [label, null]),
  ['low battery', null],
  ['magnifying glass tilted left', null],
  ['magnifying glass tilted right', null],
  ['memo', null],
  // Charts are no paper one buys.
  ...['chart increasing', 'chart decreasing', 'bar chart', 'card index'].map((label): [string, null] => [
    label,
    null,
  ]),
  // Weapons, links of a chain, a scale: no hardware bought.
  ...[
    'dagger',
    'crossed swords',
    'bomb',
    'shield',
    'gear',
    'balance scale',
    'white cane',
    'link',
    'broken chain',
    'chains',
    'boomerang',
    'bow and arrow',
  ].map((label): [string, null] => [label, null]),
  ['drop of blood', null],
  ['x-ray', null],
  // A house's parts and rooms, or a shop's trolley: no thing bought for it.
  ...['door', 'elevator', 'window', 'toilet', 'shower', 'shopping cart', 'bubbles', 'fire extinguisher'].map(
    (label): [string, null] => [label, null],
  ),
  // What one washes with: the chemist's or the grocer's as much as the home's.
  ...['razor', 'lotion bottle', 'toothbrush', 'soap', 'roll of paper', 'sponge'].map(
    (label): [string, Category] => [label, 'shopping'],
  ),
]);

/** The category of one emoji: its own line of EMOJI_NAMED, else its subgroup's; null for none. */
export function emojiCategory(englishLabel: string, subgroup: string | undefined): Category | null {
  const named = EMOJI_NAMED.get(englishLabel.replace(/’/g, "'"));
  if (named !== undefined) return named;
  return subgroup === undefined ? null : (EMOJI_SUBGROUPS.get(subgroup) ?? null);
}

/**
 * Words of the built list that name no thing bought, or another thing too (read from it): how a
 * thing is worn or for whom (« week-end », "dressed", "woman's", "one piece", "bathing"), a use or a
 * field ("improvement", "optical", « informatique »), a word of other things too ("disk", "hook",
 * "knot", « cage », a hamster's as much as a goal's; « dossier », the bank's fee as much as a folder;
 * « aliment », the sheep's as much as ours), a word that folded is another (« règle » is « réglé »,
 * paid; « fil », whose plural is « fils », a son), a country's cooking ("mexican": the restaurant, as
 * iD's cuisine field says it, or the shelf).
 */
export const EMOJI_WORDS_LEFT_OUT: ReadonlySet<string> = new Set([
  'week end',
  'weekend',
  'dressed',
  "woman's",
  'one piece',
  'bathing',
  'improvement',
  'optical',
  'informatique',
  'disk',
  'hook',
  'knot',
  'cage',
  'dossier',
  'aliment',
  'regle',
  'fil',
  'mexican',
]);
