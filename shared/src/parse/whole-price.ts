import type { AmountItem, Scan } from './scan-types.ts';

/**
 * Amounts said beside the one paid that are not paid today (issue 29, round 34): the whole price a
 * deposit or a quote is a part of (« la robe 1 400 €, j'ai versé un acompte de 400 € », "500 of the
 * 4,000", « 300 sur les 900 »), what is left to pay ("1,800 still to go", "another 90 next month",
 * « 480 à payer »), and a price said again to confirm it ("4.50, yes 4.50", « 9,50 €, oui 9,50 »).
 * Each is dropped only when another amount is left to be the expense.
 */
const norm = (scan: Scan, i: number) => scan.tokens[i]?.norm ?? '';

/**
 * « acompte », « arrhes », "down payment", "a deposit on", "deposit towards": a part paid on a price
 * (a « caution », "the deposit for the flat" are held, not a part; one « déjà payé » was paid before).
 */
const PART_PAID = /^(acomptes?|arrhes|down|deposit (on|towards))$/;
const partPaid = (scan: Scan, a: AmountItem) =>
  ![1, 2, 3].some((k) => /^(deja|already)$/.test(norm(scan, a.end + k))) &&
  [a.start - 1, a.start - 2, a.start - 3, a.end, a.end + 1].some(
    (i) => PART_PAID.test(norm(scan, i)) || PART_PAID.test(`${norm(scan, i)} ${norm(scan, i + 1)}`),
  );

/** "500 of the 4,000", « 300 sur les 900 »: the part, then the whole it is a part of. */
const OF_WHOLE = /^(of|of the|sur les)$/;
const ofWhole = (scan: Scan, a: AmountItem, b: AmountItem) =>
  b.start - a.end <= 2 &&
  OF_WHOLE.test(
    scan.tokens
      .slice(a.end, b.start)
      .map((t) => t.norm)
      .join(' '),
  );

/**
 * Said after it: "still to go", "left to pay", « à payer », « restants »; before it:
 * « il reste »; "another 90 next month", « encore 40 le mois prochain » (another now is one more).
 */
const LEFT_AFTER = /^(still to|to go|left to|a payer|restants?)/;
const LEFT_BEFORE = /(^| )(reste|plus que)$/;
function leftToPay(scan: Scan, b: AmountItem, a: AmountItem | undefined): boolean {
  const after = [0, 1, 2].map((k) => norm(scan, b.end + k)).join(' ');
  const before = [3, 2, 1].map((k) => norm(scan, b.start - k)).join(' ');
  const day = scan.dates.find((d) => d.start >= b.end && d.start <= b.end + 1);
  const later = day?.future === true;
  // « 80 € payés, 40 € le mois prochain », "150 now and 150 in January": the next part, its day
  // closing the note (« 30 € demain pour l'hôtel » names a thing of its own). After "now", «
  // maintenant », a month said with no tense is the next one, not the last (was both January's).
  const between =
    a && day && scan.tokens.slice(day.end).every((t) => t.kind === 'punct')
      ? scan.tokens
          .slice(a.end, b.start)
          .map((t) => t.norm)
          .join(' ')
      : '';
  return (
    LEFT_AFTER.test(after) ||
    LEFT_BEFORE.test(before) ||
    /^(now|today|aujourd'hui|maintenant) (,|et|and)$/.test(between) ||
    (later &&
      (/^(another|encore)$/.test(norm(scan, b.start - 1)) ||
        /^(payee?s?|reglee?s?|paid) (,|et|and)$/.test(between)))
  );
}

/**
 * "yes 4.50", « oui 9,50 », « 22 € le barbier, 22 euros » (said last, alone, or with a yes after it:
 * « les courses, 54 €, cinquante-quatre euros oui »): the amount before said again.
 */
const YES = /^(yes|yeah|yep|oui|ouais|voila)$/;
const confirmed = (scan: Scan, b: AmountItem, before: AmountItem | undefined) => {
  const yes = norm(scan, b.start - 1);
  return (
    before?.cents === b.cents &&
    (YES.test(yes) ||
      (yes === ',' && scan.tokens.slice(b.end).every((t) => /^\W*$/.test(t.norm) || YES.test(t.norm))))
  );
};

/** "the shop came to 74, the meat alone was 30": a part of a larger amount said before it. */
const alone = (scan: Scan, b: AmountItem) =>
  [1, 2].some((k) => norm(scan, b.start - k) === 'alone' && norm(scan, b.start - k - 2) === 'the');

/** « le devis du maçon 2 000 €, j'ai réglé 500 »: a quote beside a smaller amount paid on it. */
const quoted = (scan: Scan, b: AmountItem) =>
  [b.start - 1, b.start - 2, b.start - 3, b.start - 4].some((i) =>
    /^(devis|quote|estimate)$/.test(norm(scan, i)),
  );

/** "and", « et », « puis » between two amounts list two things paid (« un acompte de 30 € au garage et le plein 70 € »). */
const listed = (scan: Scan, a: AmountItem, b: AmountItem) =>
  scan.tokens
    .slice(Math.min(a.end, b.end), Math.max(a.start, b.start))
    .some((t) => /^(et|and|puis|then|plus|also|aussi)$/.test(t.norm));

export function dropWholePrices(scan: Scan): void {
  const live = scan.amounts.filter((a) => !a.dropped && !a.quantity);
  if (live.length < 2) return;
  const parts = live.filter((a) => partPaid(scan, a));
  live.forEach((b, k) => {
    const others = live.filter((a) => a !== b && !a.dropped);
    if (others.length === 0) return;
    const left = leftToPay(scan, b, live[k - 1]);
    // "another 90 next month": the day said of what is left is not the expense's.
    if (left) for (const d of scan.dates) if (d.start >= b.end && d.start <= b.end + 1) d.dropped = true;
    if (
      left ||
      confirmed(scan, b, live[k - 1]) ||
      others.some(
        (a) =>
          (a.cents < b.cents && (ofWhole(scan, a, b) || (quoted(scan, b) && !listed(scan, a, b)))) ||
          (a.cents > b.cents && a.end < b.start && alone(scan, b)),
      ) ||
      (!parts.includes(b) && parts.some((a) => b.cents > 2 * a.cents && !listed(scan, a, b)))
    )
      b.dropped = true;
  });
}
