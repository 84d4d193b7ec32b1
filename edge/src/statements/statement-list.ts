/**
 * The person's statements: the list (an account number shows only its last four characters: it is
 * personal data) and undoing an import (its lines, suggestions and matches go; expenses stay).
 */
import { maskAccount, type StatementSummary } from '@voicetrack/shared';
import type { Owner, StatementStore } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';

export async function listStatements(
  statements: Pick<StatementStore, 'list'>,
  owner: Owner,
): Promise<{ kind: 'listed'; statements: StatementSummary[] }> {
  const list = await statements.list(owner);
  return {
    kind: 'listed',
    statements: list.map((s) => ({
      ...s,
      accountNumber: s.accountNumber ? maskAccount(s.accountNumber) : null,
    })),
  };
}

export async function deleteStatement(
  statements: Pick<StatementStore, 'delete'>,
  owner: Owner,
  id: string,
): Promise<{ kind: 'deleted' } | Refusal<'not_found'>> {
  return (await statements.delete(owner, id))
    ? { kind: 'deleted' }
    : refused('not_found', 'No statement with this id.');
}
