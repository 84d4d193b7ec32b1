import { localDate } from '../dates.ts';
import { centsToDecimal, divideHalfUp, MAX_CENTS } from '../money.ts';
import { dropPricesNotPaid } from './asked-then-paid.ts';
import { type CategoryMatch, ONE_LANGUAGE_WORDS } from './categorize.ts';
import { categoryOf } from './category-of.ts';
import { dropOrders, reimbursedSegments } from './clauses.ts';
import { type ExpenseSignals, FLAGGED_CONFIDENCE, scoreConfidence } from './confidence.ts';
import { dropConversions } from './conversions.ts';
import { describeSegment, MAX_DESCRIPTION, shareNote } from './describe.ts';
import { categoryDoubted, countAfterMoney, workedOut } from './doubts.ts';
import {
  bareAccepted,
  hasPurchaseWord,
  isQuestion,
  paidAlready,
  priceAfterAt,
  priceAfterThing,
  resolveCurrency,
  timesUnitPrice,
  unitPrice,
} from './expense-rules.ts';
import { expenseSignals } from './expense-signals.ts';
import { goodsPricedLast } from './goods-said.ts';
import { detectLanguage } from './language.ts';
import { debtIn, owesForWhatWasHad } from './movement-debts.ts';
import { describeMovement } from './movement-description.ts';
import { feeSaid, spentBare } from './movement-givers.ts';
import { movedOn, movementOf, owedIn } from './movements.ts';
import { notPaid, paidForSpeaker } from './not-paid.ts';
import { dropComparedAmounts, heldNotSpent, leftOrCancelled } from './not-spent.ts';
import { dropPaybackDays, paidBackLater, paidBackOfThing } from './payback-later.ts';
import { noteMoney } from './place-currency.ts';
import { limitCents, oddAmounts, reviewReasonFor } from './plausibility.ts';
import { pricedInList } from './price-lists.ts';
import { paidPrice, priceClosing, pricedInCents } from './prices-said.ts';
import { isRate } from './rates.ts';
import { readingProvenance } from './reading-provenance.ts';
import { scanTokens } from './scan.ts';
import { type AmountItem, Role } from './scan-types.ts';
import { type Segment, segmentSentence } from './segments.ts';
import { speakerPartStart } from './someone-else-paid.ts';
import { spanCategories } from './span-categories.ts';
import { askedToRemind, dayOfClause, plannedIn, spentLater } from './spent-later.ts';
import { percentHalfUp, shareOf } from './split-bill.ts';
import { spokenAmounts } from './spoken.ts';
import { hundredsOfGoods } from './spoken-forms.ts';
import { partsBefore } from './times-said.ts';
import { attachTips } from './tips.ts';
import { cleanText, tokenize } from './tokenize.ts';
import type { Movement, ParsedExpense, ParseOptions, ParseResult } from './types.ts';
import { unclearExpense, unknownCountExpense, writtenAsPrice } from './unclear.ts';

/** Longer texts are not one spoken note; the server's LLM (or a person) reads them. */
export const MAX_PARSE_LENGTH = 2000;
const none = (confidence: number, spoken: Set<number>, ignored = 0): ParseResult => ({
  expenses: [],
  confidence,
  spokenCents: [...spoken],
  ...(ignored > 0 ? { ignoredInstructions: ignored } : {}),
});

/**
 * Words → expenses, deterministically: amounts (digits or words, fr or en) with their currency,
 * the date they name in the speaker's zone, a category from a lexicon (or from what the person
 * taught it), a short description, and a confidence that says whether the server may skip the
 * LLM. Refunds, income, debts, reminders, plans, questions and orders to the system give no
 * expense. "2 baguettes à 1,10" is 2.20: "à"/"at"/"chacun"/"each" make the amount a unit price;
 * "pour"/"for" make it the total ("3 places pour 30 €" is 30). Tips are added ("18 € plus 2 de
 * pourboire" is 20.00), shares divided ("86 €, j'ai payé la moitié" is 43.00), amounts past
 * belief or written oddly flagged for review.
 */
export function parseExpenseText(text: string, opts: ParseOptions): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') return none(0.9, new Set());
  if (text.length > MAX_PARSE_LENGTH) return none(0, new Set());
  const clean = cleanText(text);
  const tokens = tokenize(clean);
  const lang = detectLanguage(clean, tokens, opts.locale, ONE_LANGUAGE_WORDS);
  const today = localDate(opts.now, opts.timeZone);
  const scan = scanTokens(tokens, lang, today, opts.locale);
  const spoken = spokenAmounts(scan);
  if (scan.amounts.length === 0) return none(0.9, spoken);
  if (isQuestion(scan, clean)) return none(0.85, spoken);

  attachTips(scan);
  dropConversions(scan);
  dropComparedAmounts(scan);
  dropPaybackDays(scan);
  // Amounts, dates and currency words are not what was bought.
  const isWord = (i: number) => scan.roles[i] !== Role.Amount && scan.roles[i] !== Role.Skip;
  const { keywordIn, isKeyword, forget } = spanCategories(tokens, lang, isWord, opts.memory);
  const namesSomething = (from: number, to: number) =>
    keywordIn(from, to) !== null || hasPurchaseWord(scan, from, to);
  const pays = (from: number, to: number) => keywordIn(from, to) !== null;
  // Before corrections and tips settle the currency, the first one named stands for the sentence.
  const firstMoney = scan.amounts.find((a) => a.currency && !a.currency.minor && a.currency.code !== null);
  const pastBelief = (a: AmountItem) =>
    a.cents > limitCents(resolveCurrency(a.currency ?? firstMoney?.currency ?? null, null, opts.currency));
  const orders = dropOrders(scan, namesSomething, pastBelief);
  const odd = oddAmounts(clean, tokens, scan.amounts);

  const { segments, corrected, leftovers } = segmentSentence(scan, opts.wholeBill === true);
  forget(); // the segments mark a note's count as an amount (takeChange): isWord has changed
  const liveAmounts = scan.amounts.filter((a) => !a.dropped && !a.quantity);
  if (liveAmounts.length === 0) {
    // "dîner, 45 dinars": a number of something no lexicon knows is kept to look at (unclear.ts).
    const unknown =
      orders.count === 0 ? unknownCountExpense(clean, scan, lang, today, opts, isKeyword) : null;
    if (unknown) return { expenses: [unknown], confidence: FLAGGED_CONFIDENCE, spokenCents: [...spoken] };
    return none(orders.hostile || scan.amounts.some(pastBelief) ? 0.9 : 0.6, spoken, orders.count);
  }
  const named = liveAmounts.find((a) => a.currency && !a.currency.minor && a.currency.code !== null);
  // « à Londres, le métro m'a coûté 8,50 »: with no currency said, the money of the place named.
  const placed = named ? null : noteMoney(tokens);
  const sentenceCurrency = named ? resolveCurrency(named.currency, null, opts.currency) : placed;
  const firstDate = scan.dates.find((d) => !d.dropped);
  const hasVerb = scan.marks.some((m) => m.mark === 'verb' || m.mark === 'command');
  const hasMoney = liveAmounts.some((a) => a.currency !== null);
  const wholeKeyword = keywordIn(0, tokens.length);
  const reimbursed = reimbursedSegments(scan, segments);
  const priced = segments.filter((s) => s.amount && !s.amount.dropped);
  const sole = priced.length === 1;
  /** The one segment whose amount says its currency (« Dinner for four, 160 euros »), if only one does. */
  const withMoney = priced.filter((s) => s.amount !== null && s.amount.currency !== null);
  const soleMoney = withMoney.length === 1 ? withMoney[0] : undefined;

  /** Money moved, not spent: said on the note (« Pas une dépense : remboursement reçu, 25 € »). */
  const moved = (kind: Movement['kind'], seg: Segment, amount: AmountItem, date?: string): Movement => ({
    kind,
    amount: centsToDecimal(amount.cents),
    currency: resolveCurrency(amount.currency, sentenceCurrency, opts.currency),
    description: describeMovement(clean, scan, seg, lang).slice(0, MAX_DESCRIPTION),
    date: date ?? today,
  });
  const expenses: ParsedExpense[] = [];
  const owed = new Set<ParsedExpense | undefined>(); // flagged, never dropped: asked-then-paid.ts
  const signals: ExpenseSignals[] = [];
  let droppedClauses = orders.count;
  let unexplained = 0;
  let movement: Movement | undefined;
  let owedShown: Movement | undefined;
  const unread: Segment[] = [];
  for (const seg of segments) {
    const amount = seg.amount;
    if (!amount || amount.dropped) continue;
    const dateItem = scan.dates.filter((d) => !d.dropped && d.start >= seg.start && d.start < seg.end).at(-1);
    const said = dayOfClause(scan, seg, dateItem ?? firstDate, segments);
    // "Next Tuesday the course starts, I've paid 90 euros for it": paid now for a day to come.
    const date = said?.future && paidAlready(scan) ? undefined : said;
    // « il me reste 20 € », "a limit of 100 euros": held, not moved nor spent (not-spent.ts).
    const held = !opts.asExpense && heldNotSpent(scan, seg);
    const kind = opts.asExpense || held ? null : movementOf(scan, seg, pays, isKeyword);
    // « le plombier est passé, je lui dois 80 € »: owed for what was had, kept (movement-debts.ts).
    const owesForHad = owesForWhatWasHad(scan, seg, isKeyword);
    if (kind || (owedIn(scan, seg) && !owesForHad)) {
      if (kind && amount.cents > 0) movement ??= moved(kind, seg, amount, movedOn(scan, kind, date));
      // « je dois 40 € à ma voisine », "Paul owes me 30": a debt, no expense; alone, shown as a loan.
      else if (debtIn(scan, seg)) owedShown ??= moved('loan', seg, amount, date?.date);
      droppedClauses++;
      continue;
    }
    // An order to remind with no day ("rappelle-moi de payer le loyer") is no expense; a plan with
    // no day (« je vais acheter un frigo à 450 € », "I'll think about it") is kept to look at,
    // flagged not_paid (spent-later.ts); with a future day either is upcoming.
    const planned = !date?.future && plannedIn(scan, seg);
    if (planned && askedToRemind(scan, seg)) {
      droppedClauses++;
      continue;
    }
    const ownKeyword = keywordIn(speakerPartStart(scan, seg), seg.end);
    const keyword: CategoryMatch | null = ownKeyword ?? wholeKeyword;
    if (
      amount.currency === null &&
      placed === null &&
      !bareAccepted(
        amount,
        hasMoney,
        hasVerb || goodsPricedLast(scan, amount),
        ownKeyword,
        keyword,
        (priceAfterAt(scan, amount) && hasPurchaseWord(scan, seg.start, amount.start)) ||
          priceAfterThing(scan, amount) ||
          pricedInList(scan, amount) ||
          paidPrice(scan, amount) ||
          // "took out 40 euros and spent 6 on coffee": beside money moved, spent money.
          (movement !== undefined && spentBare(scan, seg, amount, isKeyword)),
      ) &&
      !feeSaid(scan, seg) &&
      partsBefore(scan, amount) === null &&
      !isRate(scan, amount) &&
      !(
        (pricedInCents(scan, amount) || priceClosing(scan, amount)) &&
        hasPurchaseWord(scan, seg.start, seg.end)
      )
    ) {
      unexplained++;
      unread.push(seg);
      continue;
    }
    // "Remboursé par la mutuelle, 20 €" with nothing bought: money coming back, not spent.
    // « j'ai envoyé une note de frais de 120 € »: claimed, held (claims.ts), not come back yet.
    if (
      !held &&
      reimbursed.has(seg) &&
      keyword === null &&
      !hasVerb &&
      !hasPurchaseWord(scan, seg.start, seg.end)
    ) {
      movement ??= moved('refund', seg, amount, date?.date);
      droppedClauses++;
      continue;
    }
    const currency = resolveCurrency(amount.currency, sentenceCurrency, opts.currency);
    const category = categoryOf(scan, seg, amount, keyword, currency, opts, isWord);
    // « le 16 janvier, le resto », "on January 16th, dinner out": food with no tense was had, that day gone.
    const day =
      date?.past && /^(dining|groceries)$/.test(category)
        ? { ...date, date: date.past, future: false }
        : date;
    const heard = hundredsOfGoods(amount, tokens.slice(seg.start, seg.end), category, lang) ?? amount.cents;
    const price = unitPrice(scan, seg, amount);
    const bill = timesUnitPrice(heard, price);
    const withTip = bill + amount.tipCents + percentHalfUp(bill, amount.tipBasisPoints);
    const share = opts.wholeBill ? null : shareOf(scan, seg, amount, sole);
    const cents = share ? divideHalfUp(withTip * (share.times ?? 1), share.divisor) : withTip;
    if (cents <= 0 || cents > MAX_CENTS) continue;
    if (cents !== amount.cents) spoken.add(cents);
    // « Dinner for four, 160 euros, we split it evenly »: the amount's own words name nothing, and
    // the thing the sentence names bought it ("Dinner") when this is its only sum of money.
    const described = ownKeyword ?? (sole || soleMoney === seg ? wholeKeyword : null);
    let description = describeSegment(clean, scan, seg, described, lang).slice(0, MAX_DESCRIPTION);
    if (share) {
      const note = shareNote(withTip, currency, lang);
      description = `${description.slice(0, MAX_DESCRIPTION - note.length - 1)} ${note}`;
    }
    const notPaidSaid = held || owesForHad || notPaid(scan, seg) || leftOrCancelled(scan, seg);
    const reviewReason =
      reviewReasonFor(cents, currency, odd.has(amount), opts) ??
      (notPaidSaid
        ? 'not_paid'
        : day?.future
          ? 'future_date'
          : planned || spentLater(scan, seg)
            ? 'not_paid'
            : keyword === null && !hasVerb && !corrected && !hasPurchaseWord(scan, seg.start, seg.end)
              ? 'unclear_amount'
              : undefined);
    const provenance = readingProvenance({
      heardAmount: cents === amount.cents && !odd.has(amount),
      heardCurrency: amount.currency !== null || sentenceCurrency !== null,
      heardDate: date !== undefined,
      keyword,
      description,
      lang,
    });
    const lexiconSure = ownKeyword !== null && ownKeyword.weight >= 2 && !ownKeyword.contested;
    // A doubt of the category alone asks about it; the confidence stays the lexicon's (doubtCategory).
    const categorySure = lexiconSure && !categoryDoubted(ownKeyword, opts.doubtCategory, tokens, seg, isWord);
    const reimbursable =
      reimbursed.has(seg) || paidBackLater(scan, amount.end, seg.end) || paidBackOfThing(scan, amount.end);
    expenses.push({
      amount: centsToDecimal(cents),
      currency,
      category,
      description,
      date: day?.date ?? today,
      categorySure,
      ...(reimbursable ? { reimbursable: true } : {}),
      ...(reviewReason ? { reviewReason } : {}),
      provenance,
    });
    const read = { amount, keyword, price, date: day, share, lexiconSure, reimbursable, category };
    signals.push(expenseSignals(scan, seg, read, isKeyword, lang, opts, today));
    // « le pain 2 €, et il faut que je paie la cantine 45 € »: the speaker's own bill to pay, kept.
    if (owesForHad || paidForSpeaker(scan, seg) || (planned && !notPaidSaid)) owed.add(expenses.at(-1));
  }
  droppedClauses += dropPricesNotPaid(expenses, signals, lang, owed);
  // Words that hold an amount the parser could not place are kept to look at, never dropped: all
  // of them when nothing else was read, a price written with its cents beside other money too.
  const alone = expenses.length === 0 && movement === undefined && droppedClauses === 0;
  const placedIn = { ...opts, currency: sentenceCurrency ?? opts.currency };
  for (const seg of unread)
    if (alone || (seg.amount && writtenAsPrice(seg.amount)))
      expenses.push(unclearExpense(clean, scan, seg, lang, firstDate?.date ?? null, today, placedIn));
  movement ??= expenses.length === 0 ? owedShown : undefined;
  if (expenses.length === 0)
    return { ...none(hasMoney ? 0.8 : 0.6, spoken, orders.count), ...(movement ? { movement } : {}) };
  const score = scoreConfidence(
    {
      hedge: scan.marks.some((m) => m.mark === 'hedge'),
      filler: scan.marks.some((m) => m.mark === 'filler'),
      corrected,
      leftovers: leftovers + unexplained,
      droppedClauses,
      expenses: expenses.length,
      countAfterMoney: countAfterMoney(scan.amounts),
      workedOut: workedOut(tokens),
    },
    signals,
  );
  const flagged = expenses.some((e) => e.reviewReason !== undefined);
  return {
    expenses,
    confidence: flagged ? Math.min(score, FLAGGED_CONFIDENCE) : score,
    spokenCents: [...spoken],
    ...(movement ? { movement } : {}),
    ...(orders.count > 0 ? { ignoredInstructions: orders.count } : {}),
  };
}
