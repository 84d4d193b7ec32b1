import { classifyBareNumbers } from './bare-numbers.ts';
import { isBrandNumber } from './categorize.ts';
import { clockPhraseEnd } from './clock-times.ts';
import { joinComplements } from './coordinated.ts';
import { matchCurrency, symbolLeadsNext } from './currencies.ts';
import { deniedAfter } from './denied-amount.ts';
import { halfAfterUnit, halfOfUnitAfter } from './half-quantities.ts';
import { MARKERS } from './markers.ts';
import { measureSaidAt } from './measure-decimals.ts';
import { namesNumber } from './name-numbers.ts';
import {
  figureNamesEnd,
  isMeridiem,
  isPhoneNumber,
  levelBelowStreet,
  minutesOfHours,
  perWeightAfterMoney,
  sidesOfSize,
} from './numbers-not-money.ts';
import { placeCurrency } from './place-currency.ts';
import { rateAt } from './rates.ts';
import { readAmount } from './read-amount.ts';
import { roughlyFramed } from './rough-numbers.ts';
import { scanDateAt } from './scan-dates.ts';
import { countingAloud, groupedMoney, numberedAlready } from './scan-figures.ts';
import {
  type AmountItem,
  type AmountRead,
  type DateItem,
  type MarkItem,
  Role,
  type Scan,
} from './scan-types.ts';
import { paidInParts } from './share-counts.ts';
import { matchShare, SHARING_WORDS, type ShareItem } from './shares.ts';
import { dateContextOf } from './tense.ts';
import { matchTipRate, type TipRate } from './tip-rate.ts';
import { TITLE, type Token } from './tokenize.ts';
import type { Lang, Mark } from './types.ts';
import { REFERENCE_WORDS, UNITS } from './word-sets.ts';

/** Words that price the figure after them (« un jean à 39,99 », "a lamp for 30"). */
const PRICED = /^(a|pour|for|at)$/;

/** Marks whose words name no purchase: "la boîte me rembourse" is no night club. */
const QUIET_MARKS = new Set<Mark>(['aside', 'noAside', 'instruction', 'imperative']);

/** « on a payé », « nous avons payé », "we paid": a bill paid together, so « à deux » shares it. */
function wePaid(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length - 1; i++) {
    const a = tokens[i]?.norm;
    const b = tokens[i + 1]?.norm;
    const c = tokens[i + 2]?.norm;
    if (a === 'we' && (b === 'paid' || b === 'split')) return true;
    if ((a === 'on' && b === 'a') || (a === 'nous' && b === 'avons'))
      if (c === 'paye' || c === 'payee') return true;
  }
  return false;
}

/**
 * An amount read, as an item of the scan, written out field by field: one object shape for every
 * item. Spread (`{ ...amount, … }`), the items took several shapes and every later read of an
 * amount's fields went the slow way (about 13 % of the parser's time). `rough` and `total` are
 * always there, false until said so (whole-and-parts.ts sets `total`): only their truth is read.
 */
function amountItem(a: AmountRead): AmountItem {
  return {
    start: a.start,
    end: a.end,
    cents: a.cents,
    currency: a.currency,
    impliedCents: a.impliedCents,
    int: a.int,
    alt: a.alt,
    currencyAt: a.currencyAt,
    rough: a.rough === true,
    quantity: false,
    dropped: false,
    tipCents: 0,
    tipBasisPoints: 0,
    total: false,
    replaces: -1,
  };
}

/** Walks the tokens once, left to right, and labels each one. */
export function scanTokens(tokens: readonly Token[], lang: Lang, today: string, locale?: string): Scan {
  const roles = new Uint8Array(tokens.length);
  const amounts: AmountItem[] = [];
  const dates: DateItem[] = [];
  const marks: MarkItem[] = [];
  const shares: ShareItem[] = [];
  const tipRates: TipRate[] = [];
  const ctx = dateContextOf(tokens, lang, today, locale);
  const sharing = tokens.some((t) => SHARING_WORDS.has(t.norm));
  const together = wePaid(tokens);
  // « pour deux » beside money named is the people a thing was for (shares.ts guestsCounted).
  const moneyNamed = tokens.some((t, k) => t.kind !== 'num' && matchCurrency(tokens, k) !== null);
  // "cabin 12 on the ferry, 140 for the crossing": a figure priced by « à », "for" says the money too.
  // "the 2014 Golf's service, 240": a figure after a comma ending the note is its price too.
  const priced =
    moneyNamed ||
    tokens.some(
      (t, k) =>
        t.kind === 'num' &&
        (PRICED.test(tokens[k - 1]?.norm ?? '') ||
          (tokens[k - 1]?.norm === ',' && /^[.!]?$/.test(tokens[k + 1]?.norm ?? ''))),
    );
  const thisYear = Number(today.slice(0, 4));

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    // "half past six", "quarter to eight": a clock time, not half of a sum; "2 dollars a pound": a rate.
    const clock = perWeightAfterMoney(tokens, i, amounts.at(-1)) || clockPhraseEnd(tokens, i, lang);
    if (clock > i) {
      roles.fill(Role.Skip, i, clock);
      i = clock;
      continue;
    }
    // Before dates and amounts: "the 3 of us" is no date, "divisé par trois" and "10 % tip" no money.
    const last = amounts.at(-1);
    const afterMoney = last !== undefined && last.end === i && last.currency !== null;
    // "a kilo and a half", « une heure et demie »: half of a measure, no share of the bill.
    const halfMeasure = halfAfterUnit(tokens, i);
    if (halfMeasure > 0) {
      roles.fill(Role.Skip, i, i + halfMeasure);
      i += halfMeasure;
      continue;
    }
    // « en 3 fois », "in 4 instalments": how a total is paid, no count nor share, nor the thing's words.
    if (paidInParts(tokens, i, lang)) {
      roles.fill(Role.Skip, i, i + 3);
      i += 3;
      continue;
    }
    const share = matchShare(tokens, i, lang, afterMoney, sharing, together, moneyNamed);
    if (share) {
      shares.push(share);
      roles.fill(Role.Mark, i, share.end);
      i = share.end;
      continue;
    }
    const rate = matchTipRate(tokens, i, lang);
    if (rate) {
      tipRates.push(rate);
      roles.fill(Role.Skip, i, rate.end);
      i = rate.end;
      continue;
    }
    const date = scanDateAt(tokens, i, ctx);
    if (date) {
      if (date.item) dates.push(date.item);
      roles.fill(date.item ? Role.Date : Role.Reference, i, date.end);
      i = date.end;
      continue;
    }
    if (t.kind === 'time' || t.kind === 'ordinal' || t.kind === 'slashDate' || t.kind === 'isoDate') {
      roles.fill(Role.Skip, i, i + 1);
      i += 1;
      continue;
    }
    const named = t.kind === 'num' ? figureNamesEnd(tokens, i, priced) : levelBelowStreet(tokens, i);
    if (named > i) {
      roles.fill(Role.Reference, i, named);
      i = named;
      continue;
    }
    const phone = isPhoneNumber(tokens, i) || sidesOfSize(tokens, i, moneyNamed);
    const prev = tokens[i - 1];
    const reference =
      t.kind === 'num' &&
      /^\d+$/.test(t.norm) &&
      prev !== undefined &&
      ((REFERENCE_WORDS.has(prev.norm) &&
        // « frais de dossier 40 »: the fee's kind, not a file numbered 40 (nor a year, 2024).
        !(tokens[i - 3]?.norm === 'frais' && /^d/.test(tokens[i - 2]?.norm ?? '') && t.norm.length < 4) &&
        !numberedAlready(tokens, roles, i - 1, lang) &&
        !groupedMoney(tokens, i, lang)) ||
        isBrandNumber(tokens, i) ||
        namesNumber(tokens, i, priced, thisYear, lang)) &&
      tokens[i + 1]?.norm !== 'k' &&
      (!matchCurrency(tokens, i + 1) || symbolLeadsNext(tokens, i + 1, true));
    if (phone > 0 || reference) {
      roles.fill(phone > 0 ? Role.Skip : Role.Reference, i, i + Math.max(phone, 1));
      i += Math.max(phone, 1);
      continue;
    }
    // "un, deux, un, deux", "one two three": counting aloud (a mic check) is no amount.
    const counted = countingAloud(tokens, i);
    if (counted > i) {
      roles.fill(Role.Skip, i, counted);
      i = counted;
      continue;
    }
    // « un kilo deux », « un mètre cinquante »: the number after the unit is the measure's part.
    const measure = measureSaidAt(tokens, i, lang);
    if (measure) {
      roles.fill(Role.Skip, i, measure.end);
      i = measure.end;
      continue;
    }
    const amount = readAmount(tokens, i, lang);
    const denied = amount ? deniedAfter(tokens, amount.end, lang) : i;
    if (amount && denied > amount.end) {
      amounts.push(amountItem(amount));
      roles.fill(Role.Amount, i, amount.end);
      roles.fill(Role.Skip, amount.end, denied);
      i = denied;
      continue;
    }
    if (amount) {
      // "2 heures", "10 km", "30 ans", "3 p.m.": numbers that measure something else.
      // "14 an hour" is a rate, not fourteen years ("an").
      const measured = amount.currency === null && !rateAt(tokens, amount.end);
      // "two and a half kilos": the half and the measure after it.
      const halfUnit = measured ? halfOfUnitAfter(tokens, amount.end) : 0;
      // « un disque de 4 To »: in French « To » is terabytes ("2 to 3" is English's range).
      const tera =
        measured && lang === 'fr' && tokens[amount.end]?.norm === 'to' ? { end: amount.end + 1 } : null;
      const unit =
        halfUnit > 0
          ? { end: amount.end + halfUnit }
          : measured
            ? (tera ?? UNITS.match(tokens, amount.end))
            : null;
      if (minutesOfHours(tokens, amount, lang, moneyNamed)) {
        roles.fill(Role.Skip, i, amount.end);
        i = amount.end;
        continue;
      }
      if (unit || (amount.currency === null && isMeridiem(tokens, amount.end))) {
        const end = unit ? unit.end : amount.end + 3;
        roles.fill(Role.Skip, i, end);
        i = end;
        continue;
      }
      amounts.push(amountItem(amount));
      roles.fill(Role.Amount, i, amount.end);
      i = amount.end;
      continue;
    }
    // « M. Bernard », "Mrs. Green": the dot of a title before a name ends no clause.
    if (t.raw === '.' && TITLE.test(tokens[i - 1]?.raw ?? '')) {
      roles[i] = Role.Skip;
      i += 1;
      continue;
    }
    const mark = MARKERS.match(tokens, i);
    // « 640 € de caisse »: takings said right after their amount (« ticket de caisse » is none).
    if (mark && (mark.value !== 'income' || t.norm !== 'de' || roles[i - 1] === Role.Amount)) {
      marks.push({ start: i, end: mark.end, mark: mark.value });
      roles.fill(
        mark.value === 'sep' ? Role.Sep : QUIET_MARKS.has(mark.value) ? Role.Skip : Role.Mark,
        i,
        mark.end,
      );
      i = mark.end;
      continue;
    }
    // A currency named without a number ("payé en dollars") is not a description word; « boules », « sacs »
    // not read as money are the things bought.
    const loose = t.kind === 'word' || t.kind === 'sym' ? matchCurrency(tokens, i) : null;
    if (loose && !loose.word.ambiguous && loose.word.thing !== true) {
      roles.fill(Role.Skip, i, loose.end);
      i = loose.end;
      continue;
    }
    i += 1;
  }
  const { past = false } = ctx;
  const scan: Scan = { tokens, lang, roles, amounts, dates, marks, shares, tipRates, past };
  classifyBareNumbers(scan);
  joinComplements(scan);
  // « une vingtaine d'euros »: money said roughly, as « environ » says it (« une douzaine d'œufs » is a count).
  const rough = amounts.filter(
    (a) => (a.rough || roughlyFramed(tokens, a.start, a.end)) && a.currency !== null,
  );
  for (const a of rough) marks.push({ start: a.start, end: a.end, mark: 'hedge' });
  if (rough.length > 0) marks.sort((x, y) => x.start - y.start);
  // "350 couronnes" at the museum in Prague are Czech crowns.
  for (const a of amounts) {
    const code = a.currency ? placeCurrency(tokens, a.currency) : null;
    if (code && a.currency) a.currency = { ...a.currency, code, ambiguous: false };
  }
  return scan;
}
