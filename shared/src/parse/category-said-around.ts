/**
 * English phrases whose category is said by a word around the thing rather than by the thing: an
 * admission to a place named ("entry to the Louvre": leisure), a company named by what it supplies
 * ("Thames Water", "Octopus Energy": utilities), a part said on or for a vehicle ("the clutch cable
 * on the motorbike": transport, though "cable" alone is the TV's), a thing named after the phone
 * it is for ("a phone tripod": a thing, not the phone's line), a practice exam ("a mock test":
 * education), food from a van or a truck (eaten out: dining), and a dish's word in a shop's
 * container ("a tub of miso", "a packet of udon": bought to cook). category-heads.ts asks these.
 */
import type { Category } from '../categories.ts';
import { DETERMINERS } from './determiners.ts';
import type { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

/** The keyword categorize.ts found: where it starts and ends, its weight, and whether it is contested. */
export interface Found {
  category: Category;
  weight: number;
  place: boolean;
  start: number;
  end: number;
  contested: boolean;
}

const ADMISSIONS = new Set(['entry', 'entrance', 'admission', 'admittance']);
const capital = (t: Token | undefined) => t?.kind === 'word' && /^\p{Lu}/u.test(t.raw);

/** "entry to the Louvre", "admission into Kew": the index of the place's name, or -1. */
function admissionTo(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to - 2; i++) {
    if (!ADMISSIONS.has(tokens[i]?.norm ?? '') || !/^(to|into)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    const k = tokens[i + 2]?.norm === 'the' ? i + 3 : i + 2;
    if (k < to && capital(tokens[k])) return i;
  }
  return -1;
}

/** What a utility company's name ends on, written with a capital after another name: "Thames Water". */
const SUPPLIES = /^(Water|Energy|Power|Electric|Electricity)$/;

/** The index of a supplier's name ("paid Thames Water", "the Octopus Energy direct debit"), or -1. */
function supplierNamed(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++)
    if (SUPPLIES.test(tokens[i]?.raw ?? '') && capital(tokens[i - 1])) return i - 1;
  return -1;
}

/** Vehicles a part or a thing is said to be on or for: the sentence's own word for it. */
const VEHICLES = new Set(
  'car|cars|van|bike|bicycle|motorbike|motorcycle|scooter|moped|truck|lorry|jeep|campervan|motorhome'.split(
    '|',
  ),
);

/** The index of a vehicle said after "on", "for" or "of" and "the", "my"…: "on the motorbike", or -1. */
function vehicleOf(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from + 2; j < to; j++) {
    if (!VEHICLES.has(tokens[j]?.norm ?? '')) continue;
    const k = DETERMINERS.has(tokens[j - 1]?.norm ?? '') ? j - 2 : j - 1;
    if (/^(on|for|of)$/.test(tokens[k]?.norm ?? '')) return j;
  }
  return -1;
}

/** What a part said for a vehicle may have been read as by its word alone. */
const PART_READS = new Set<Category>(['utilities', 'shopping', 'other', 'housing']);

/** A phone said as the first word of an English compound: "a phone tripod", "an iPhone stand". */
const PHONES = new Set(['phone', 'mobile', 'iphone', 'smartphone', 'cellphone']);
/** What a phone's line is bought as: "phone credit", "a phone plan", "the phone bill". */
const LINE = new Set(
  'plan|plans|bill|bills|contract|credit|line|subscription|top|topup|data|card|sim|number|call|calls'.split(
    '|',
  ),
);
/** Words after which a phrase's noun has ended: "a phone tripod from Amazon". */
const ENDS = new Set(['for', 'from', 'at', 'on', 'with', 'and', 'in', 'off']);

/** Whether best, a phone word, is the modifier of a noun no table knows that ends its phrase. */
function phoneModifies(table: PhraseTable<unknown>, tokens: readonly Token[], best: Found): boolean {
  const head = tokens[best.end];
  if (best.end !== best.start + 1 || !PHONES.has(tokens[best.start]?.norm ?? '')) return false;
  if (head?.kind !== 'word' || LINE.has(head.norm) || table.match(tokens, best.end) !== null) return false;
  const after = tokens[best.end + 1];
  return after?.kind !== 'word' || ENDS.has(after.norm);
}

/** An exam said as a rehearsal or an entry: "a mock test", "the entrance exam", "a placement test". */
const REHEARSALS = new Set(['mock', 'practice', 'placement', 'entrance']);
const EXAMS = new Set(['test', 'tests', 'exam', 'exams']);

/** The index of a rehearsal's exam in tokens[from, to), or -1. */
function practiceExam(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to - 1; i++)
    if (REHEARSALS.has(tokens[i]?.norm ?? '') && EXAMS.has(tokens[i + 1]?.norm ?? '')) return i;
  return -1;
}

/** Where food is sold to eat on the spot from a vehicle: "from the van", "at the burger truck". */
const STREET_FOOD = new Set(['van', 'truck', 'trailer', 'cart']);

/** Whether "from" or "at", "the", a word maybe, and a van or a truck follow tokens[i] in tokens[i, to). */
function fromAVan(tokens: readonly Token[], i: number, to: number): boolean {
  for (let k = i; k < Math.min(to, i + 3); k++) {
    if (!/^(from|at)$/.test(tokens[k]?.norm ?? '') || !/^(the|a)$/.test(tokens[k + 1]?.norm ?? '')) continue;
    return STREET_FOOD.has(tokens[k + 2]?.norm ?? '') || STREET_FOOD.has(tokens[k + 3]?.norm ?? '');
  }
  return false;
}

/** A shop's container of food to cook; not a bag, a bottle or a box, as often a takeaway's or a bar's. */
const PACKS = new Set('tub|tubs|jar|jars|tin|tins|packet|packets|sachet|sachets|pouch|pouches'.split('|'));

/** Whether "a tub of", "a packet of"… is said in tokens[from, to): what is named there is bought to cook. */
export function inAShopsPack(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++)
    if (PACKS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'of') return true;
  return false;
}

/** What the words around the thing say of the keyword categorize.ts found (see the file's comment). */
export function readSaidAround(
  table: PhraseTable<unknown>,
  tokens: readonly Token[],
  from: number,
  to: number,
  best: Found | null,
): Found | null {
  if (to - from < 2) return best;
  const weak = !best || best.weight <= 1;
  const entry = weak ? admissionTo(tokens, from, to) : -1;
  if (entry >= 0)
    return { category: 'leisure', weight: 2, place: false, start: entry, end: entry + 1, contested: false };
  const supplier = !best || best.weight <= 2 ? supplierNamed(tokens, from, to) : -1;
  if (supplier >= 0 && best?.category !== 'utilities' && (!best || best.start >= supplier))
    return {
      category: 'utilities',
      weight: 2,
      place: false,
      start: supplier,
      end: supplier + 2,
      contested: false,
    };
  const exam = !best || best.weight <= 1 || best.category === 'other' ? practiceExam(tokens, from, to) : -1;
  if (exam >= 0)
    return { category: 'education', weight: 2, place: false, start: exam, end: exam + 2, contested: false };
  if (!best) return best;
  if (best.category === 'groceries' && !best.place && best.weight <= 2 && fromAVan(tokens, best.end, to))
    return { ...best, category: 'dining' };
  if (best.weight <= 2 && !best.place && PART_READS.has(best.category)) {
    const vehicle = vehicleOf(tokens, best.end, to);
    if (vehicle >= 0) return { ...best, category: 'transport', weight: 2 };
  }
  if (best.category === 'utilities' && phoneModifies(table, tokens, best))
    return {
      ...best,
      category: 'shopping',
      weight: 1,
      start: best.start,
      end: best.end + 1,
      contested: true,
    };
  return best;
}
