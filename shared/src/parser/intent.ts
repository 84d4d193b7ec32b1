/**
 * Words that hold no expense even when they hold a number: questions, reminders, money that
 * came in (refunds, salary), and plans. Matched on the folded sentence.
 */
const NOT_SPENT = [
  /\brappelle[- ]moi\b/,
  /\bremind me\b/,
  /\bnote pour plus tard\b/,
  /\bn'oublie pas\b/,
  /\bdon'?t forget\b/,
  /\bpense[- ]bete\b/,
  /\brembours/,
  /\brefund/,
  /\bon m'a (?:rendu|donne|paye|vire|offert)\b/,
  /\bm'a (?:rendu|rembourse|donne|vire|paye)\b/,
  /\bj'ai (?:recu|gagne|touche|encaisse|vendu)\b/,
  /\b(?:received|earned|got paid|sold)\b/,
  /\bpaid me\b/,
  /\bme (?:doit|doivent)\b/,
  /\bowes? me\b/,
  /\bje (?:lui|leur) ai prete\b/,
  /\bsalaire\b/,
  /\bsalary\b/,
  /\bpaycheck\b/,
];
const QUESTION_START =
  /^(?:combien|quel|quelle|quels|quelles|est-ce|est ce|qu'est|pourquoi|comment|how|what|which|did i|do i|where|when|why|can you|peux-tu)\b/;
const FUTURE = [
  /\bje (?:vais|dois|devrai|compte) (?:payer|acheter|depenser|prendre)\b/,
  /\bil (?:faut|faudra) (?:que j'|payer|acheter)/,
  /\bdemain\b/,
  /\btomorrow\b/,
  /\b(?:i will|i'll|i need to|i have to|going to|gonna) (?:pay|buy|spend|get)\b/,
  /\bbudget\b/,
];

export type Intent = 'spent' | 'not_spent' | 'maybe_not';

export function intentOf(folded: string): Intent {
  const s = folded.trim();
  if (NOT_SPENT.some((r) => r.test(s))) return 'not_spent';
  if (QUESTION_START.test(s) || (s.endsWith('?') && /\b(?:combien|how much|what|quel)\b/.test(s)))
    return 'not_spent';
  if (FUTURE.some((r) => r.test(s))) return 'maybe_not';
  return 'spent';
}
