/** What each blind ticket prints, by kind, and the total paid (tools/receipts-blind/tickets.ts). */
import { money, printedDate, type Row, type Shop, WORDS } from './tickets.ts';

type Item = [name: string, cents: number, vat: number];
const POOLS = WORDS.items;

function pickItems(s: Shop, r: () => number, n: number): Item[] {
  const pool =
    s.merchant === 'Mr Bricolage'
      ? POOLS.hardware
      : s.merchant === 'Ace Hardware'
        ? POOLS.hardwareEn
        : s.merchant.startsWith('La Fourn')
          ? POOLS.bakery
          : s.currency === 'USD'
            ? POOLS.us
            : s.currency === 'CHF'
              ? POOLS.ch
              : POOLS[s.lang];
  const left = [...(pool ?? [])];
  const out: Item[] = [];
  while (out.length < n && left.length > 0) {
    const [item] = left.splice(Math.floor(r() * left.length), 1);
    if (item) out.push(item);
  }
  return out;
}

const L = (left: string, right?: string): Row => (right === undefined ? { left } : { left, right });
const C = (left: string, big = false): Row => ({ left, center: true, big });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const time = (r: () => number) =>
  `${String(8 + Math.floor(r() * 12)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;

function header(s: Shop): Row[] {
  return [
    ...s.printed.map((p, i) => C(p, i === s.printed.length - 1 || s.printed.length === 1)),
    ...s.address.map((a) => C(a)),
    L(''),
  ];
}

function vatTable(s: Shop, buckets: Map<number, number>): Row[] {
  const fr = s.lang === 'fr';
  const rows: Row[] = [
    L(''),
    L(fr ? (s.currency === 'CHF' ? 'TVA   taux   HT   TVA' : 'TVA  HT  TVA  TTC') : 'VAT RATE   NET   VAT'),
  ];
  for (const [rate, ttc] of [...buckets].sort(([a], [b]) => a - b)) {
    const ht = Math.round(ttc / (1 + rate / 100));
    const rateText = fr && s.currency !== 'CHF' ? String(rate).replace('.', ',') : String(rate);
    rows.push(
      L(
        `${rateText}%   ${money(ht, s)}   ${money(ttc - ht, s)}`,
        fr && s.currency !== 'CHF' ? money(ttc, s) : undefined,
      ),
    );
  }
  return rows;
}

function supermarket(s: Shop, r: () => number, i: number): [Row[], number] {
  const fr = s.lang === 'fr';
  const cur = { EUR: fr ? 'EUR' : '€', GBP: '£', USD: '$', CHF: 'CHF' }[s.currency];
  const rows = header(s);
  const buckets = new Map<number, number>();
  for (const [name, unit, vat] of pickItems(s, r, 4 + Math.floor(r() * 5))) {
    const qty = r() < 0.25 ? 2 + Math.floor(r() * 3) : 1;
    if (qty > 1) rows.push(L(name), L(`   ${qty} x ${money(unit, s)}`, money(qty * unit, s)));
    else rows.push(L(name, money(unit, s)));
    buckets.set(vat, (buckets.get(vat) ?? 0) + qty * unit);
  }
  let total = sum([...buckets.values()]);
  if (i % 2 === 0) {
    const off = Math.round(total * 0.1);
    rows.push(L(fr ? 'SOUS TOTAL' : 'SUBTOTAL', money(total, s)));
    rows.push(L(fr ? 'REMISE CARTE FIDELITE' : 'MEMBER DISCOUNT', money(-off, s)));
    const top = Math.max(...buckets.keys());
    buckets.set(top, (buckets.get(top) ?? 0) - off);
    total -= off;
  }
  if (s.currency === 'USD') {
    const tax = Math.round(total * 0.0825);
    rows.push(L('SUBTOTAL', money(total, s)), L('SALES TAX 8.25%', money(tax, s)));
    total += tax;
  }
  rows.push(L('--------------------------------'));
  rows.push({ left: fr ? `TOTAL ${cur}` : 'TOTAL', right: money(total, s), big: true });
  if (i % 3 === 1) {
    const given = Math.ceil(total / 1000) * 1000 + (total % 1000 > 800 ? 1000 : 0);
    rows.push(
      L(fr ? 'ESPECES' : 'CASH', money(given, s)),
      L(fr ? 'RENDU' : 'CHANGE', money(given - total, s)),
    );
  } else rows.push(L(fr ? 'CB SANS CONTACT' : 'CARD PAYMENT', money(total, s)));
  if (s.currency !== 'USD') rows.push(...vatTable(s, buckets));
  rows.push(L(''), C(printedDate(s, time(r))));
  rows.push(
    C(
      fr
        ? `Points fidelite : ${Math.floor(total / 100)}`
        : `You saved ${money(Math.round(total * 0.04), s)} today`,
    ),
  );
  rows.push(C(fr ? 'MERCI ET A BIENTOT' : 'THANK YOU FOR SHOPPING WITH US'));
  return [rows, total];
}

function restaurant(s: Shop, r: () => number): [Row[], number] {
  const fr = s.lang === 'fr';
  const dishes = WORDS.dishes[s.lang];
  const rows = [
    ...header(s),
    L(
      fr
        ? `Table ${3 + Math.floor(r() * 20)}   Couverts ${2 + Math.floor(r() * 3)}`
        : `Server: Dana   Table ${1 + Math.floor(r() * 30)}`,
    ),
    L(''),
  ];
  let total = 0;
  for (let k = 0; k < 3 + Math.floor(r() * 3); k++) {
    const [name, cents] = dishes[Math.floor(r() * dishes.length)] as [string, number];
    const qty = 1 + Math.floor(r() * 2);
    rows.push(L(`${qty} ${name}`, money(qty * cents, s)));
    total += qty * cents;
  }
  if (s.currency === 'USD') {
    const tax = Math.round(total * 0.0875);
    const tip = Math.round(total * 0.2);
    rows.push(L('Subtotal', money(total, s)), L('Tax', money(tax, s)), L('Tip (20%)', money(tip, s)));
    total += tax + tip;
    rows.push(
      { left: 'TOTAL', right: money(total, s), big: true },
      L(''),
      L('Signature ____________________'),
    );
  } else if (s.currency === 'GBP') {
    const service = Math.round(total * 0.125);
    rows.push(L('Subtotal', money(total, s)), L('Optional service 12.5%', money(service, s)));
    total += service;
    rows.push({ left: 'Total to pay', right: `£${money(total, s)}`, big: true });
  } else {
    rows.push({ left: fr ? 'TOTAL TTC' : 'TOTAL', right: money(total, s), big: true });
    const tip = s.currency === 'CHF' ? 500 : 300;
    rows.push(
      L(fr ? 'Pourboire' : 'Tip', money(tip, s)),
      L(fr ? 'Total paye CB' : 'Paid by card', money(total + tip, s)),
    );
    total += tip;
    rows.push(L(fr ? 'dont TVA 10%' : 'incl. VAT', money(Math.round((total - tip) / 11), s)));
  }
  rows.push(L(''), C(printedDate(s, time(r))), C(fr ? 'Merci de votre visite' : 'Thanks for coming!'));
  return [rows, total];
}

function pharmacy(s: Shop, r: () => number, i: number): [Row[], number] {
  const fr = s.lang === 'fr';
  const meds = WORDS.medicines[s.lang];
  const rows = [...header(s)];
  let total = 0;
  for (let k = 0; k < 2 + Math.floor(r() * 3); k++) {
    const [name, cents] = meds[(k + i) % meds.length] as [string, number];
    rows.push(L(name, money(cents, s)));
    total += cents;
  }
  if (fr && i % 2 === 0) {
    const mutuelle = Math.round(total * 0.35);
    rows.push(L('TOTAL', money(total, s)), L('PART MUTUELLE', money(-mutuelle, s)));
    total -= mutuelle;
    rows.push({ left: 'RESTE A PAYER', right: money(total, s), big: true });
  } else rows.push({ left: fr ? 'TOTAL A PAYER' : 'TOTAL', right: money(total, s), big: true });
  if (s.currency === 'USD') rows.push(L('RX SAVINGS THIS YEAR', '42.10'));
  rows.push(L(fr ? 'CARTE' : 'VISA', money(total, s)), L(''), C(printedDate(s, time(r))));
  rows.push(C(fr ? 'Renouvellement possible avant le 31/12/2027' : 'Returns accepted within 30 days'));
  return [rows, total];
}

function fuel(s: Shop, r: () => number): [Row[], number] {
  const fr = s.lang === 'fr';
  const units = s.currency === 'USD' ? 8 + r() * 10 : 25 + r() * 30;
  const vol = Math.round(units * 100) / 100;
  const price = { EUR: 1.789, GBP: 1.429, USD: 4.659, CHF: 1.88 }[s.currency];
  const total = Math.round(vol * price * 100);
  const rows = [...header(s)];
  rows.push(
    L(
      fr ? `Pompe ${1 + Math.floor(r() * 8)}` : `Pump ${1 + Math.floor(r() * 12)}`,
      fr ? 'GAZOLE' : s.currency === 'USD' ? 'REGULAR' : 'UNLEADED',
    ),
  );
  rows.push(
    L(
      fr ? 'Volume' : 'Volume',
      `${vol.toFixed(2).replace('.', fr ? ',' : '.')} ${s.currency === 'USD' ? 'G' : 'L'}`,
    ),
  );
  rows.push(
    L(
      fr ? 'Prix unitaire' : 'Price',
      `${price.toFixed(3).replace('.', fr ? ',' : '.')}/${s.currency === 'USD' ? 'G' : 'L'}`,
    ),
  );
  rows.push({ left: fr ? 'MONTANT EUR' : 'TOTAL', right: money(total, s), big: true });
  if (!fr)
    rows.push(
      L(
        s.currency === 'USD' ? 'FUEL TOTAL INCLUDES TAX' : 'VAT @ 20% INCLUDED',
        money(Math.round(total / 6), s),
      ),
    );
  rows.push(L(''), C(printedDate(s, time(r))), C(fr ? 'Bonne route !' : 'Drive safely'));
  return [rows, total];
}

function terminal(s: Shop, r: () => number): [Row[], number] {
  const fr = s.lang === 'fr';
  const amount = 800 + Math.floor(r() * 15000);
  const tip = s.currency === 'GBP' ? 200 : 0;
  const code = s.currency === 'CHF' ? 'CHF' : s.currency === 'GBP' ? 'GBP' : 'EUR';
  const [y, m, d] = s.date.split('-');
  const when = s.dateStyle === 'dmy-dot' ? `${d}.${m}.${y}` : `${d}/${m}/${y?.slice(2)}`;
  const rows: Row[] = [
    C(fr ? 'CARTE BANCAIRE' : 'CARDHOLDER COPY', true),
    C(fr ? 'SANS CONTACT' : 'CONTACTLESS'),
    C('A0000000041010'),
    C(fr ? `le ${when} a ${time(r)}:${String(Math.floor(r() * 60)).padStart(2, '0')}` : `${when} ${time(r)}`),
    ...s.printed.map((p) => C(p)),
    ...s.address.map((a) => C(a)),
    C(`${Math.floor(1e7 + r() * 9e7)}`),
    C(`************${Math.floor(1000 + r() * 9000)}`),
    C(fr ? 'EXP **/**' : 'EXP **/**'),
  ];
  if (tip > 0) {
    rows.push(L('SALE', `${code} ${money(amount, s)}`), L('TIP', `${code} ${money(tip, s)}`));
    rows.push({ left: 'TOTAL', right: `${code} ${money(amount + tip, s)}`, big: true }, C('PIN VERIFIED'));
  } else
    rows.push(
      { left: fr ? 'MONTANT =' : 'AMOUNT', right: `${money(amount, s)} ${code}`, big: true },
      C(fr ? 'DEBIT' : 'SALE'),
    );
  rows.push(C(fr ? 'TICKET CLIENT' : 'PLEASE RETAIN'), C(fr ? 'A CONSERVER' : 'FOR YOUR RECORDS'));
  return [rows, amount + tip];
}

/** The printed rows of shop number i and the total paid, in cents. */
export function ticket(s: Shop, i: number, r: () => number): [Row[], number] {
  if (s.kind === 'supermarket') return supermarket(s, r, i);
  if (s.kind === 'restaurant') return restaurant(s, r);
  if (s.kind === 'pharmacy') return pharmacy(s, r, i);
  if (s.kind === 'fuel') return fuel(s, r);
  return terminal(s, r);
}
