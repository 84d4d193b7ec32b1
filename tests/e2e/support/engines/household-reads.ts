import type { Stack } from '../stack.ts';

/**
 * A household's bills and balances as the server has them, read through its API beside the
 * phone: the balances as « name net », sorted, so a flow compares them in one line.
 */
export function householdReads(stack: Stack, householdId: string) {
  const bills = async () =>
    (await (await stack.api.expenses.$get({ query: { householdId } })).json()).expenses;
  const balances = async () =>
    (
      await (
        await stack.api.households[':id'].balances.$get({
          param: { id: householdId },
          query: { currency: 'EUR' },
        })
      ).json()
    ).balances
      .map((b) => `${b.name} ${b.net}`)
      .sort();
  return { bills, balances };
}
