/**
 * Which household an invite's code is for, before joining: the name the server holds, so a link
 * cannot show « Famille Martin » with its own code. Read, not used; a wrong code is counted with
 * the invites' wrong codes (the same budget as joining: a guesser gains no second door).
 */
import type { FailureBudget } from '../devices/failure-budget.ts';
import { sha256Hex } from '../devices/secrets.ts';
import type { HouseholdStore } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';

export async function invitationFor(
  deps: { households: HouseholdStore; failures: FailureBudget },
  code: string,
  client: string,
): Promise<{ kind: 'invitation'; name: string } | Refusal<'invalid_code' | 'rate_limited'>> {
  const wait = deps.failures.waitSeconds(client);
  if (wait !== null) return refused('rate_limited', `Too many wrong codes; try again in ${wait} s.`, wait);
  const found = await deps.households.invitation(await sha256Hex(code.trim()));
  if (!found) {
    deps.failures.record(client);
    return refused('invalid_code', 'This invite code is unknown, already used or expired.');
  }
  return { kind: 'invitation', name: found.name };
}
