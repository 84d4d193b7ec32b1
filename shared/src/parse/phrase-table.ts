import { normWord } from './tokenize.ts';

/** The part of a token a phrase table looks at. */
export interface Normed {
  norm: string;
}

/** Adverbs passed over inside a phrase (never at its start or its end). */
const INSIDE_FILLERS = new Set(
  'enfin|finalement|deja|bien|juste|encore|aussi|meme|euh|heu|finally|already|just|also|actually|eventually'.split(
    '|',
  ),
);

interface Node<T> {
  next: Map<string, Node<T>>;
  // Always present, undefined until a phrase ends here: every node keeps one shape, so the lookups
  // in match() stay monomorphic (a node given its value later took another hidden class).
  value: T | undefined;
}

/** Splits a lexicon entry the way the tokenizer splits speech: "avant-hier" → avant, hier; "d'essence" → d', essence. */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(/[\s-]+/)) {
    if (part === '') continue;
    const elided = /^((?:qu|jusqu|lorsqu|puisqu|[ldjmtsnc])')(.+)$/i.exec(part);
    if (elided?.[1] && elided[2]) out.push(normWord(elided[1]), normWord(elided[2]));
    else out.push(normWord(part));
  }
  return out;
}

/**
 * Multi-word lookup over token norms, longest match wins ("uber eats" over "uber").
 * Built once at module load; a match walks a few map lookups, no allocation.
 */
export class PhraseTable<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const word of phraseWords(phrase)) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(word, child);
      }
      node = child;
    }
    node.value = value;
  }

  /**
   * The longest phrase starting at tokens[i], with the index just past it. Inside a phrase, an
   * adverb that only colours it is passed over: "m'a enfin réglé" is "m'a réglé", "finally paid
   * me back" is "paid me back".
   */
  match(tokens: readonly Normed[], i: number, limit = tokens.length): { value: T; end: number } | null {
    let node: Node<T> | undefined = this.root;
    // The longest phrase so far, made an object only once found: most calls find nothing.
    let value: T | undefined;
    let end = -1;
    for (let j = i; j < limit; j++) {
      const token = tokens[j];
      if (!token) break;
      const child: Node<T> | undefined = node.next.get(token.norm);
      if (!child && j > i && node.next.size > 0 && INSIDE_FILLERS.has(token.norm)) continue;
      node = child;
      if (!node) break;
      if (node.value !== undefined) {
        value = node.value;
        end = j + 1;
      }
    }
    return value === undefined ? null : { value, end };
  }

  has(word: string): boolean {
    return this.root.next.get(word)?.value !== undefined;
  }

  /** What one word alone means, if anything. */
  get(word: string): T | undefined {
    return this.root.next.get(word)?.value;
  }

  // Every word of every phrase, made on the first look-up only (most readings make none).
  private allWords: Set<string> | null = null;

  /** Whether `word` is a word of some phrase, alone or inside one (« garni » of « panier garni »). */
  hasWordAnywhere(word: string): boolean {
    if (!this.allWords) {
      const words = new Set<string>();
      const walk = (node: Node<T>) => {
        for (const [w, child] of node.next) {
          words.add(w);
          walk(child);
        }
      };
      walk(this.root);
      this.allWords = words;
    }
    return this.allWords.has(word);
  }

  // The one-word phrases in order, made on the first prefix look-up only (most readings make none).
  private sortedWords: string[] | null = null;

  /** What the one-word phrases starting with `prefix`, `longerBy` letters longer at least, mean: « covoit » → covoiturage's. */
  startingWith(prefix: string, longerBy = 1): T[] {
    this.sortedWords ??= [...this.root.next].flatMap(([w, n]) => (n.value === undefined ? [] : [w])).sort();
    const words = this.sortedWords;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[mid] ?? '') <= prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let k = lo; k < words.length && words[k]?.startsWith(prefix); k++) {
      const word = words[k] ?? '';
      const value = this.root.next.get(word)?.value;
      if (value !== undefined && word.length >= prefix.length + longerBy) out.push(value);
    }
    return out;
  }
}
