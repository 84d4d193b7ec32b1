/**
 * A statement import's answer in the page's words: what was read and matched, the lines refused by
 * number, or why the file was not imported (the server's code in the page's language; its own
 * message, in English, for a code the page has no words for).
 */
import type { StatementImport } from '@voicetrack/shared';
import type { Answer } from '../data/api/answer.ts';
import type { BankStrings } from '../i18n/bank.ts';

/** Why a statement was refused, in the page's words when it has some for the code. */
export function refusalWhy(t: BankStrings, code: string | undefined, message: string): string {
  return (code !== undefined && t.statementWhy[code]) || message;
}

export function statementSaid(t: BankStrings, got: Answer<StatementImport>): string {
  if (got.kind === 'offline' || (got.kind === 'refused' && got.code.startsWith('http_')))
    return t.statementFailed(t.statementNoAnswer);
  if (got.kind === 'refused') return t.statementFailed(refusalWhy(t, got.code, got.message));
  const r = got.value;
  const refused = r.refused.slice(0, 10).map((l) => String(l.line));
  return `${t.statementResult(r.lines, r.matched, r.suggested, r.duplicates)}${refused.length > 0 ? ` ${t.statementRefused(`${refused.join(', ')}${r.refused.length > 10 ? '…' : ''}`)}` : ''}`;
}
