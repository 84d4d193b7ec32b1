import { type Bought, draw, lineCents, sumCents, vatOf } from './items.ts';
import {
  blank,
  type Country,
  CURRENCY,
  centre,
  figure,
  type Layout,
  type Line,
  money,
  printedDate,
  printedTime,
  type Receipt,
  rule,
  someDay,
} from './model.ts';
import type { Rng } from './random.ts';
import { footerLines, headerLines, type Shop } from './shops.ts';

const itemLines = (items: readonly Bought[], c: Country): Line[] =>
  items.flatMap((b): Line[] =>
    b.qty > 1
      ? [{ left: b.name }, { left: `  ${b.qty} x ${figure(b.unit, c)}`, right: figure(lineCents(b), c) }]
      : [{ left: b.name, right: figure(b.unit, c) }],
  );

const dateLine = (iso: string, c: Country, rng: Rng): Line => {
  const when = `${printedDate(iso, c, rng)} ${printedTime(rng, c)}`;
  if (c === 'fr')
    return rng.pick([{ left: when }, { left: `Le ${when}` }, { left: when, right: 'CAISSE 04' }]);
  return rng.pick([{ left: when }, { left: `Date: ${when}` }, { left: when, right: 'TILL 3' }]);
};

/** A French VAT table: rate, HT, TVA, TTC per rate. */
const vatTable = (items: readonly Bought[], c: Country): Line[] => {
  const rates = [...new Set(items.map((b) => b.vat))].filter((r) => r > 0).sort();
  if (c !== 'fr') {
    return rates.map((r) => {
      const ttc = sumCents(items.filter((b) => b.vat === r));
      return { left: `VAT @ ${r / 100}%`, right: figure(vatOf(ttc, r), c) };
    });
  }
  const rows = rates.map((r): Line => {
    const ttc = sumCents(items.filter((b) => b.vat === r));
    const tva = vatOf(ttc, r);
    return {
      left: `${(r / 100).toFixed(2).replace('.', ',')}%  ${figure(ttc - tva, c)}  ${figure(tva, c)}`,
      right: figure(ttc, c),
      style: 'small',
    };
  });
  return [{ left: 'TAUX     HT      TVA', right: 'TTC', style: 'small' }, ...rows];
};

const paidBy = (total: number, c: Country, rng: Rng): Line[] => {
  if (c === 'fr' && rng.chance(0.3)) {
    const tendered = Math.ceil(total / 1000) * 1000 + (rng.chance(0.5) ? 1000 : 0);
    return [
      { left: 'ESPECES', right: figure(tendered, c) },
      { left: 'RENDU', right: figure(tendered - total, c) },
    ];
  }
  if (c === 'fr')
    return [{ left: rng.pick(['CB', 'CB SANS CONTACT', 'CARTE BANCAIRE']), right: figure(total, c) }];
  return [{ left: rng.pick(['VISA', 'CONTACTLESS', 'MASTERCARD', 'DEBIT CARD']), right: money(total, c, 0) }];
};

function supermarket(shop: Shop, c: Country, rng: Rng, date: string): Omit<Receipt, 'merchant'> {
  const items = draw('groceries', c, rng.int(7, 14), rng);
  const sum = sumCents(items);
  const discount = rng.chance(0.35) ? rng.int(50, 300) : 0;
  const total = sum - discount;
  const fr = c === 'fr';
  const lines: Line[] = [...headerLines(shop, rng), blank, ...itemLines(items, c), rule(rng)];
  if (discount) {
    lines.push({ left: fr ? 'SOUS-TOTAL' : 'SUBTOTAL', right: figure(sum, c) });
    lines.push({ left: fr ? 'REMISE FIDELITE' : 'CLUBCARD SAVINGS', right: figure(-discount, c) });
  }
  lines.push({
    left: `${fr ? 'NB ARTICLES' : 'ITEMS'} ${items.reduce((n, b) => n + b.qty, 0)}`,
    style: 'small',
  });
  if (c === 'us') {
    const tax = Math.round(total * 0.0625);
    lines.push({ left: 'TAX 6.25%', right: figure(tax, c) });
    return finish(lines, total + tax);
  }
  const label = fr ? rng.pick(['TOTAL', 'TOTAL TTC', 'A PAYER', 'NET A PAYER', 'TOTAL EUR']) : 'TOTAL';
  lines.push({ left: label, right: money(total, c, rng.pick([0, 2] as const)), style: 'big' });
  return finish(lines, total, vatTable(items, c));

  function finish(head: Line[], paid: number, vat: Line[] = []): Omit<Receipt, 'merchant'> {
    if (c === 'us') head.push({ left: 'TOTAL', right: money(paid, c, 0), style: 'big' });
    const out = [...head, ...paidBy(paid, c, rng), blank, ...vat, blank, dateLine(date, c, rng)];
    if (fr && rng.chance(0.4))
      out.push({ left: `BON -10% VALABLE JUSQU'AU ${printedDate(later(date), c, rng)}`, style: 'small' });
    return base('supermarket', c, [...out, ...footerLines(c, rng)], paid, date);
  }
}

function restaurant(shop: Shop, c: Country, rng: Rng, date: string): Omit<Receipt, 'merchant'> {
  const items = draw('dishes', c, rng.int(3, 7), rng);
  const sum = sumCents(items);
  const fr = c === 'fr';
  const lines: Line[] = [...headerLines(shop, rng)];
  lines.push({
    left: fr
      ? `TABLE ${rng.int(1, 30)}  COUVERTS ${rng.int(1, 4)}`
      : `Table ${rng.int(1, 30)}  Guests ${rng.int(1, 4)}`,
    style: 'small',
  });
  lines.push(dateLine(date, c, rng), rule(rng), ...itemLines(items, c), rule(rng));
  let total = sum;
  if (c === 'us') {
    const tax = Math.round(sum * 0.08875);
    const tip = Math.round(((sum + tax) * rng.pick([15, 18, 20])) / 100);
    lines.push({ left: 'Subtotal', right: figure(sum, c) }, { left: 'Tax 8.875%', right: figure(tax, c) });
    lines.push({ left: 'Total', right: money(sum + tax, c, 0) }, { left: 'Tip', right: figure(tip, c) });
    total = sum + tax + tip;
    lines.push({ left: rng.pick(['Grand Total', 'TOTAL']), right: money(total, c, 0), style: 'big' });
  } else if (c === 'uk') {
    const service = Math.round(sum * 0.125);
    lines.push(
      { left: 'Subtotal', right: figure(sum, c) },
      { left: 'Service charge 12.5%', right: figure(service, c) },
    );
    total = sum + service;
    lines.push(
      { left: 'TOTAL', right: money(total, c, 0), style: 'big' },
      { left: 'VAT included', right: figure(vatOf(total, 2000), c), style: 'small' },
    );
  } else if (rng.chance(0.5)) {
    const tip = rng.pick([200, 300, 400, 500]);
    lines.push({ left: 'TOTAL TTC', right: money(sum, c, 0) }, { left: 'POURBOIRE', right: figure(tip, c) });
    total = sum + tip;
    lines.push({ left: 'TOTAL', right: money(total, c, 0), style: 'big' });
  } else {
    lines.push(
      { left: 'TOTAL TTC', right: money(sum, c, 0), style: 'big' },
      { left: 'dont TVA 10%', right: figure(vatOf(sum, 1000), c), style: 'small' },
    );
  }
  lines.push(...paidBy(total, c, rng), blank, ...footerLines(c, rng));
  return base('restaurant', c, lines, total, date);
}

function pharmacy(shop: Shop, c: Country, rng: Rng, date: string): Omit<Receipt, 'merchant'> {
  const items = draw('medicines', c, rng.int(2, 5), rng);
  const sum = sumCents(items);
  const lines: Line[] = [
    ...headerLines(shop, rng),
    dateLine(date, c, rng),
    rule(rng),
    ...itemLines(items, c),
    rule(rng),
  ];
  let total = sum;
  if (c === 'fr' && rng.chance(0.5)) {
    const amo = Math.round(sum * 0.6);
    const amc = Math.round(sum * 0.3);
    total = sum - amo - amc;
    lines.push(
      { left: 'TOTAL', right: figure(sum, c) },
      { left: 'PART AMO', right: figure(amo, c) },
      { left: 'PART AMC', right: figure(amc, c) },
    );
    lines.push({ left: rng.pick(['RESTE A PAYER', 'NET A PAYER']), right: money(total, c, 0), style: 'big' });
  } else if (c === 'us') {
    const tax = Math.round(sum * 0.07);
    total = sum + tax;
    lines.push(
      { left: 'SUBTOTAL', right: figure(sum, c) },
      { left: 'TAX', right: figure(tax, c) },
      { left: 'TOTAL', right: money(total, c, 0), style: 'big' },
    );
  } else {
    lines.push({ left: c === 'fr' ? 'TOTAL TTC' : 'TOTAL', right: money(total, c, 0), style: 'big' });
  }
  lines.push(...paidBy(total, c, rng), blank, ...vatTable(items, c), ...footerLines(c, rng));
  return base('pharmacy', c, lines, total, date);
}

function fuel(shop: Shop, c: Country, rng: Rng, date: string): Omit<Receipt, 'merchant'> {
  const milli = c === 'us' ? rng.int(8000, 16000) : rng.int(20000, 55000);
  const price = c === 'us' ? rng.int(3199, 3899) : c === 'uk' ? rng.int(1399, 1559) : rng.int(1689, 1959);
  const total = Math.round((milli * price) / 10_000);
  const unit = c === 'us' ? 'GAL' : 'L';
  const three = (n: number): string => (n / 1000).toFixed(3).replace('.', c === 'fr' ? ',' : '.');
  const lines: Line[] = [...headerLines(shop, rng), dateLine(date, c, rng), rule(rng)];
  lines.push({
    left: `${c === 'fr' ? 'POMPE' : 'PUMP'} ${rng.int(1, 12)}  ${c === 'fr' ? rng.pick(['GAZOLE', 'SP95-E10', 'SP98']) : rng.pick(['UNLEADED', 'DIESEL'])}`,
  });
  lines.push({ left: c === 'fr' ? 'VOLUME' : 'VOLUME', right: `${three(milli)} ${unit}` });
  lines.push({ left: c === 'fr' ? 'PRIX UNIT.' : 'PRICE', right: `${three(price)} /${unit}` });
  lines.push({
    left: c === 'fr' ? 'MONTANT' : c === 'us' ? 'FUEL SALE' : 'AMOUNT',
    right: money(total, c, 0),
    style: 'big',
  });
  if (c !== 'us')
    lines.push({
      left: c === 'fr' ? 'TVA 20,00%' : 'VAT @ 20%',
      right: figure(vatOf(total, 2000), c),
      style: 'small',
    });
  lines.push(...paidBy(total, c, rng), blank, ...footerLines(c, rng));
  return base('fuel', c, lines, total, date);
}

function terminal(shop: Shop, c: Country, rng: Rng, date: string): Omit<Receipt, 'merchant'> {
  const total = rng.int(250, 9000);
  const fr = c === 'fr';
  const lines: Line[] = fr
    ? [
        centre('CARTE BANCAIRE'),
        centre(rng.pick(['SANS CONTACT', 'EMV'])),
        centre('A0000000421010'),
        centre('CB'),
      ]
    : [centre(rng.pick(['VISA DEBIT', 'MASTERCARD'])), centre('CONTACTLESS'), centre('AID A0000000031010')];
  const when = `${printedDate(date, c, rng)} ${printedTime(rng, c)}`;
  lines.push(
    centre(fr ? `LE ${when}` : when),
    ...headerLines(shop, rng),
    centre(`${rng.int(1000000, 9999999)}`, 'small'),
  );
  lines.push(
    centre(`************${rng.int(1000, 9999)}`),
    centre(`${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(10, 99)}`, 'small'),
  );
  lines.push(
    fr ? centre(`MONTANT = ${money(total, c, 1)}`, 'bold') : centre(`AMOUNT ${money(total, c, 0)}`, 'bold'),
  );
  lines.push(
    centre(fr ? 'DEBIT' : 'SALE'),
    centre(fr ? 'TICKET CLIENT' : 'CARDHOLDER COPY'),
    centre(fr ? 'A CONSERVER' : 'PLEASE RETAIN RECEIPT', 'small'),
  );
  return base('terminal', c, lines, total, date);
}

function base(
  layout: Layout,
  country: Country,
  lines: Line[],
  totalCents: number,
  date: string,
): Omit<Receipt, 'merchant'> {
  const total = `${Math.floor(totalCents / 100)}.${String(totalCents % 100).padStart(2, '0')}`;
  return {
    layout,
    country,
    lang: country === 'fr' ? 'fr' : 'en',
    lines,
    total,
    date,
    currency: CURRENCY[country],
  };
}

/** A month later: the date a voucher printed on the ticket runs until (a date that is not the purchase's). */
function later(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 30);
  return d.toISOString().slice(0, 10);
}

export const BUILDERS: Record<
  Layout,
  (shop: Shop, c: Country, rng: Rng, date: string) => Omit<Receipt, 'merchant'>
> = {
  supermarket,
  restaurant,
  pharmacy,
  fuel,
  terminal,
};

export function buildReceipt(layout: Layout, shop: Shop, rng: Rng): Receipt {
  return { ...BUILDERS[layout](shop, shop.country, rng, someDay(rng)), merchant: shop.name };
}
