/**
 * Every spoken form of one price, French and English, for exact-amount-money.ts: figures, decimals
 * with a comma or a point, cents said after the currency (« 3 euros 20 », "4 pounds 20"), cents in
 * words, numbers in words up to the hundreds (Belgian « septante », « nonante » too), "twelve
 * fifty", a thousand with a space or a comma, symbols and codes before or after, names, slang and
 * plurals. Each form is [its name, its text, its currency when not euros].
 */
import { enWords, frWords } from './note-grammar.ts';

export type Form = [form: string, text: string, currency?: string];

/** Belgian and Swiss French: « septante », « nonante » (« quatre-vingts » stays). */
function beWords(n: number): string {
  if (n >= 70 && n < 80)
    return n === 71 ? 'septante et un' : n === 70 ? 'septante' : `septante-${frWords(n - 70)}`;
  if (n >= 90) return n === 91 ? 'nonante et un' : n === 90 ? 'nonante' : `nonante-${frWords(n - 90)}`;
  return frWords(n);
}

const ROUGH_FR: Record<number, string> = {
  10: 'dizaine',
  12: 'douzaine',
  15: 'quinzaine',
  20: 'vingtaine',
  30: 'trentaine',
  40: 'quarantaine',
  50: 'cinquantaine',
  60: 'soixantaine',
  100: 'centaine',
};

function frHundreds(n: number, words: (k: number) => string = frWords): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return words(n);
  const head = h === 1 ? 'cent' : `${frWords(h)} cent${rest === 0 ? 's' : ''}`;
  return rest === 0 ? head : `${head} ${words(rest)}`;
}

function enHundreds(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return enWords(n);
  return rest === 0 ? `${enWords(h)} hundred` : `${enWords(h)} hundred ${enWords(rest)}`;
}

export function frForms(n: number, c: number): Form[] {
  const cc = String(c).padStart(2, '0');
  if (n >= 1000) {
    const rest = n % 1000;
    const spaced = `${Math.floor(n / 1000)} ${String(rest).padStart(3, '0')}`;
    const words = `${n >= 2000 ? `${frWords(Math.floor(n / 1000))} ` : ''}mille${rest ? ` ${frHundreds(rest)}` : ''}`;
    return [
      ['fr:n nnn €', `${spaced} €`],
      ['fr:n nnn euros', `${spaced} euros`],
      ['fr:nnnn euros', `${n} euros`],
      ['fr:mille mots euros', `${words} euros`],
    ];
  }
  if (c === 0) {
    const forms: Form[] = [
      ['fr:n €', `${n} €`],
      ['fr:€ n', `€ ${n}`],
      ['fr:n€', `${n}€`],
      ['fr:n euros', `${n} ${n === 1 ? 'euro' : 'euros'}`],
      ['fr:n balles', `${n} balles`],
      ['fr:€n', `€${n}`],
      ['fr:n EUR', `${n} EUR`],
      ['fr:EUR n', `EUR ${n}`],
      ['fr:mots euros', `${frHundreds(n)} ${n === 1 ? 'euro' : 'euros'}`],
      ['fr:n francs suisses', `${n} francs suisses`, 'CHF'],
      ['fr:CHF n', `CHF ${n}`, 'CHF'],
      ['fr:n dollars', `${n} dollars`, 'USD'],
      ['fr:n $', `${n} $`, 'USD'],
      ['fr:n £', `${n} £`, 'GBP'],
      ['fr:n livres sterling', `${n} livres sterling`, 'GBP'],
    ];
    if (n > 1) forms.push(['fr:mots balles', `${frHundreds(n)} balles`]);
    if (n % 100 >= 70) forms.push(['fr:septante nonante euros', `${frHundreds(n, beWords)} euros`]);
    if (n % 100 >= 70)
      forms.push(['fr:septante nonante francs', `${frHundreds(n, beWords)} francs suisses`, 'CHF']);
    // « une vingtaine d'euros » is 20 said roughly, « environ 35 € » 35.
    const rough = ROUGH_FR[n];
    if (rough) forms.push(['fr:une vingtaine', `une ${rough} d'euros`]);
    forms.push(['fr:environ n €', `environ ${n} €`], ['fr:dans les n balles', `dans les ${n} balles`]);
    return forms;
  }
  const forms: Form[] = [
    ['fr:n,cc €', `${n},${cc} €`],
    ['fr:n,cc€', `${n},${cc}€`],
    ['fr:n€cc', `${n}€${cc}`],
    ['fr:n,cc euros', `${n},${cc} euros`],
    ['fr:n euros cc', `${n} ${n === 1 ? 'euro' : 'euros'} ${cc}`],
    ['fr:n euros et c centimes', `${n} ${n === 1 ? 'euro' : 'euros'} et ${c} centimes`],
    ['fr:n,cc', `${n},${cc}`],
    ['fr:EUR n,cc', `EUR ${n},${cc}`],
    ['fr:n,cc CHF', `${n},${cc} CHF`, 'CHF'],
    ['fr:n,cc dollars', `${n},${cc} dollars`, 'USD'],
    ['fr:n,cc £', `${n},${cc} £`, 'GBP'],
  ];
  if (n < 100 && n > 1) forms.push(['fr:n balles cc', `${n} balles ${cc}`]);
  // Said with no currency between, « quatre-vingts dix » sounds as « quatre-vingt-dix » (90) and
  // « quatre vingt » as 80, and « cinquante cinquante » is a share: those are left out, not labelled one way.
  const runsOn = ((n === 60 || n === 80) && c < 20) || (n === 4 && c >= 20 && c < 30) || n === c;
  if (n < 100 && c >= 10 && !runsOn) forms.push(['fr:mots mots', `${frWords(n)} ${frWords(c)}`]);
  if (n < 100 && c >= 10) {
    const euro = n === 1 ? 'euro' : 'euros';
    forms.push(
      ['fr:mots euros mots', `${frWords(n)} ${euro} ${frWords(c)}`],
      ['fr:mots euros et mots centimes', `${frWords(n)} ${euro} et ${frWords(c)} centimes`],
    );
    if (n >= 70) forms.push(['fr:septante euros mots', `${beWords(n)} euros ${frWords(c)}`]);
  }
  return forms;
}

export function enForms(n: number, c: number): Form[] {
  const cc = String(c).padStart(2, '0');
  if (n >= 1000) {
    const comma = `${Math.floor(n / 1000)},${String(n % 1000).padStart(3, '0')}`;
    const forms: Form[] = [
      ['en:n,nnn euros', `${comma} euros`],
      ['en:$n,nnn', `$${comma}`, 'USD'],
      ['en:€n,nnn', `€${comma}`],
    ];
    if (n % 100 === 0) forms.push(['en:k', `${n / 1000}k euros`]);
    // "twelve hundred euros"; "twenty hundred" is not said.
    if (n % 100 === 0 && n % 1000 !== 0)
      forms.push(['en:twelve hundred', `${enWords(n / 100)} hundred euros`]);
    return forms;
  }
  if (c === 0) {
    const forms: Form[] = [
      ['en:n euros', `${n} ${n === 1 ? 'euro' : 'euros'}`],
      ['en:€n', `€${n}`],
      ['en:n bucks even', `${n} bucks even`, 'USD'],
      ['en:EUR n', `EUR ${n}`],
      ['en:$n', `$${n}`, 'USD'],
      ['en:n dollars', `${n} ${n === 1 ? 'dollar' : 'dollars'}`, 'USD'],
      ['en:n bucks', `${n} ${n === 1 ? 'buck' : 'bucks'}`, 'USD'],
      ['en:USD n', `USD ${n}`, 'USD'],
      ['en:n USD', `${n} USD`, 'USD'],
      ['en:£n', `£${n}`, 'GBP'],
      ['en:n quid', `${n} quid`, 'GBP'],
      ['en:CHF n', `CHF ${n}`, 'CHF'],
      ['en:words euros', `${enHundreds(n)} ${n === 1 ? 'euro' : 'euros'}`],
      ['en:words dollars', `${enHundreds(n)} ${n === 1 ? 'dollar' : 'dollars'}`, 'USD'],
    ];
    if (n < 100 && n > 1)
      forms.push(
        ['en:words bucks', `${enWords(n)} bucks`, 'USD'],
        ['en:words quid', `${enWords(n)} quid`, 'GBP'],
      );
    if (n === 5) forms.push(['en:a fiver', 'a fiver']);
    if (n === 10) forms.push(['en:a tenner', 'a tenner']);
    forms.push(
      ['en:about n euros', `about ${n} euros`],
      ['en:n-ish euros', `${n}-ish euros`],
      ['en:around $n', `around $${n}`, 'USD'],
    );
    return forms;
  }
  const forms: Form[] = [
    ['en:€n.cc', `€${n}.${cc}`],
    ['en:n.cc euros', `${n}.${cc} euros`],
    ['en:n euros cc', `${n} ${n === 1 ? 'euro' : 'euros'} ${cc}`],
    ['en:EUR n.cc', `EUR ${n}.${cc}`],
    ['en:n.cc', `${n}.${cc}`],
    ['en:$n.cc', `$${n}.${cc}`, 'USD'],
    ['en:n dollars and c cents', `${n} ${n === 1 ? 'dollar' : 'dollars'} and ${c} cents`, 'USD'],
    ['en:£n.cc', `£${n}.${cc}`, 'GBP'],
    ['en:n pounds cc', `${n} ${n === 1 ? 'pound' : 'pounds'} ${cc}`, 'GBP'],
  ];
  // "fifty fifty" is a share, not 50.50.
  if (n < 100 && c >= 10 && n !== c) {
    forms.push(
      ['en:words words', `${enWords(n)} ${enWords(c)}`],
      ['en:words euros words', `${enWords(n)} ${n === 1 ? 'euro' : 'euros'} ${enWords(c)}`],
      [
        'en:words pounds words',
        `${n === 1 ? 'a' : enWords(n)} ${n === 1 ? 'pound' : 'pounds'} ${enWords(c)}`,
        'GBP',
      ],
    );
    if (n > 1) forms.push(['en:n bucks words', `${n} bucks ${enWords(c)}`, 'USD']);
  }
  return forms;
}
