import { describe, expect, it } from 'vitest';
import type { Refusal } from '../data/api/answer.ts';
import { BANK_STRINGS } from '../i18n/bank.ts';
import { refusalWhy, statementSaid } from './statement-said.ts';

const refusal = (code: Refusal['code'], message: string, status = 422): Refusal => ({
  kind: 'refused',
  code,
  message,
  status,
});
const TOO_LONG =
  'A statement may hold at most 50000 lines; this one has 50001: send it in parts (a year at a time).';

describe('a refused statement, said in the page’s words', () => {
  it('French says each known refusal in French, not the server’s English', () => {
    const fr = BANK_STRINGS.fr;
    expect(statementSaid(fr, refusal('payload_too_large', TOO_LONG, 413))).toBe(
      'Relevé non importé\u00a0: le fichier est trop long (20\u00a0Mo et 50\u00a0000\u00a0lignes au plus)\u00a0: importez-le en plusieurs parties, une année à la fois.',
    );
    expect(statementSaid(fr, refusal('statement_unreadable', 'This OFX file holds no <OFX> element.'))).toBe(
      'Relevé non importé\u00a0: il ne se lit pas comme un relevé (CAMT.053, OFX, QFX, QIF ou CSV exportés par la banque).',
    );
    expect(statementSaid(fr, refusal('validation_failed', 'The statement file is empty.', 400))).toBe(
      'Relevé non importé\u00a0: le fichier est vide.',
    );
    expect(statementSaid(fr, refusal('statement_unsafe', 'This XML file declares entities.'))).toContain(
      'par sécurité, il n’est pas lu.',
    );
  });

  it('a code the page has no words for keeps the server’s message; English keeps the server’s own words', () => {
    expect(statementSaid(BANK_STRINGS.fr, refusal('forbidden', 'Not yours.', 403))).toBe(
      'Relevé non importé\u00a0: Not yours.',
    );
    expect(statementSaid(BANK_STRINGS.en, refusal('payload_too_large', TOO_LONG, 413))).toBe(
      `Statement not imported: ${TOO_LONG}`,
    );
  });

  it('no answer, or an answer that is no refusal of ours, says to try again online', () => {
    expect(statementSaid(BANK_STRINGS.fr, { kind: 'offline', message: 'Failed to fetch' })).toBe(
      'Relevé non importé\u00a0: le serveur ne répond pas. Réessayez une fois en ligne.',
    );
    expect(statementSaid(BANK_STRINGS.en, refusal('http_502', 'Bad Gateway', 502))).toBe(
      'Statement not imported: the server does not answer. Try again once online.',
    );
  });

  it('a statement shared to the app and refused keeps its code: its reason is said the same way', () => {
    expect(refusalWhy(BANK_STRINGS.fr, 'statement_unreadable', 'This QIF file holds no transaction.')).toBe(
      'il ne se lit pas comme un relevé (CAMT.053, OFX, QFX, QIF ou CSV exportés par la banque).',
    );
    // Refused before the code was kept: the message is all there is.
    expect(refusalWhy(BANK_STRINGS.fr, undefined, 'This QIF file holds no transaction.')).toBe(
      'This QIF file holds no transaction.',
    );
  });

  it('what was read is said as before: lines, matched, to add, the refused lines by number', () => {
    const got = {
      kind: 'ok' as const,
      value: { lines: 3, matched: 1, suggested: 2, duplicates: 0, refused: [{ line: 4 }] },
    };
    expect(statementSaid(BANK_STRINGS.fr, got as never)).toBe(
      '3\u00a0lignes lues\u00a0: 1\u00a0rapprochée, 2\u00a0à ajouter. Lignes refusées\u00a0: 4.',
    );
  });
});
