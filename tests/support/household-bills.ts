/**
 * A household of three (Marie, Paul, Léa in « Foyer », local mode) and its bills saved as the
 * server's own, for the tests of what moves a bill's shares (households-edit-amount,
 * households-edit-split, statements-pairing-household): each bill's shares, the bills as the API
 * gives them, each member's balance.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { type Category, type Expense, ExpenseSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import type { TestApp } from './edge-app.ts';

export const MEMBERS = ['Marie', 'Paul', 'Léa'] as const;
export type Member = (typeof MEMBERS)[number];

export interface HouseholdBills {
  readonly householdId: string;
  /** Each member's id, by name. */
  readonly member: Record<Member, string>;
  /**
   * Saves one expense on 27 November 2026 in `category` (leisure unless given): a bill of the
   * household paid by `paidBy` with these shares in cents, or, without a payer and shares, a
   * personal expense of the person's own (`amount` null: an expense read without an amount, to
   * review); its id.
   */
  bill(
    description: string,
    amount: string | null,
    currency: string,
    paidBy?: Member,
    split?: Array<[Member, number]>,
    category?: Category,
  ): Promise<string>;
  /** The household's bills, as GET /api/expenses?householdId gives them. */
  bills(): Promise<Expense[]>;
  billOf(id: string): Promise<Expense>;
  /** Each member's net in that currency, by name. */
  balances(currency: string): Promise<Record<string, string>>;
  /** A bill's shares as [member, cents], in the split's order. */
  shares(e: Expense): Array<[Member | undefined, number]>;
}

/** Makes the household in `app`'s store (its members in MEMBERS' order). */
export async function householdOf(app: TestApp): Promise<HouseholdBills> {
  let householdId = '';
  const member = {} as Record<Member, string>;
  for (const name of MEMBERS) {
    const person = await app.store.households.person(name, 'Foyer');
    householdId = person.householdId;
    member[name] = person.memberId;
  }
  const bills = async (): Promise<Expense[]> =>
    (await (await app.api.expenses.$get({ query: { householdId } })).json()).expenses.map((e) =>
      v.parse(ExpenseSchema, e),
    );
  return {
    householdId,
    member,
    bill: async (description, amount, currency, paidBy, split, category = 'leisure') => {
      const saved = await app.store.captures.save(
        LOCAL_OWNER,
        {
          clientId: crypto.randomUUID(),
          source: 'text',
          recordedAt: '2026-11-27T21:00:00+01:00',
          timezone: 'Europe/Paris',
          locale: 'fr-FR',
        },
        {
          transcript: description,
          outcome: amount === null ? 'needs_review' : 'saved',
          expenses: [
            {
              amount,
              currency,
              category,
              description,
              date: '2026-11-27',
              status: amount === null ? 'needs_review' : 'saved',
              parsedBy: 'local',
              reviewReason: amount === null ? 'no_amount' : null,
              ...(paidBy && split
                ? {
                    shared: {
                      householdId,
                      paidBy: member[paidBy],
                      split: split.map(([name, cents]) => ({ memberId: member[name], cents })),
                    },
                  }
                : {}),
            },
          ],
        },
      );
      const id = saved?.expenses[0]?.id;
      if (!id) throw new Error(`bill ${description} not saved`);
      return id;
    },
    bills,
    billOf: async (id) => {
      const found = (await bills()).find((e) => e.id === id);
      if (!found) throw new Error(`no bill ${id}`);
      return found;
    },
    balances: async (currency) =>
      Object.fromEntries(
        (
          await (
            await app.api.households[':id'].balances.$get({ param: { id: householdId }, query: { currency } })
          ).json()
        ).balances.map((b) => [b.name, b.net]),
      ),
    shares: (e) => (e.split ?? []).map((s) => [MEMBERS.find((n) => member[n] === s.memberId), s.cents]),
  };
}
