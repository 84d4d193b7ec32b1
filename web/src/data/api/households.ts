/**
 * The API client's households: make one, join by an invite's code, list mine, invite again,
 * remove a member (or leave), the balances with their transfers, a repayment recorded, the
 * household's budgets. Built
 * from the client's routes by the households room, so its schemas load with it, never with the
 * first screen.
 */
import {
  type Balances,
  BalancesSchema,
  type Budget,
  type BudgetBody,
  BudgetSchema,
  type BudgetsAnswer,
  BudgetsAnswerSchema,
  type BudgetTarget,
  CreatedHouseholdSchema,
  type Household,
  HouseholdListSchema,
  HouseholdSchema,
  InvitationSchema,
  InviteSchema,
  type Settlement,
  type SettlementBody,
  SettlementSchema,
} from '@voicetrack/shared';
import type * as v from 'valibot';
import { type Answer, goneIsDone, readAnswer } from './answer.ts';
import type { ApiRoutes } from './routes.ts';

export type HouseholdsApi = ReturnType<typeof householdsApi>;
export type CreatedHousehold = v.InferOutput<typeof CreatedHouseholdSchema>;
export type Invite = v.InferOutput<typeof InviteSchema>;

export function householdsApi(client: ApiRoutes) {
  return {
    /** The households this phone's person is a member of. */
    list(): Promise<Answer<{ households: Household[] }>> {
      return readAnswer(() => client.households.$get(), HouseholdListSchema);
    },

    /** A new household, with its founder (`memberName`) and a first invite. */
    create(name: string, memberName: string): Promise<Answer<CreatedHousehold>> {
      return readAnswer(
        () => client.households.$post({ json: { name, memberName } }),
        CreatedHouseholdSchema,
      );
    },

    /** The household an invite's code is for, named as the server holds it (the code stays unused). */
    invitation(code: string): Promise<Answer<{ name: string }>> {
      return readAnswer(() => client.households.invitation.$post({ json: { code } }), InvitationSchema);
    },

    /** Joins with an invite's code (one use, 7 days): the household, with `me`. */
    join(code: string, name: string): Promise<Answer<Household>> {
      return readAnswer(() => client.households.join.$post({ json: { code, name } }), HouseholdSchema);
    },

    /** Another invite (the last one was used or is about to expire). */
    invite(id: string): Promise<Answer<Invite>> {
      return readAnswer(() => client.households[':id'].invites.$post({ param: { id } }), InviteSchema);
    },

    /** Removes a member (an owner), or leaves (one's own member id): done too when already gone. */
    async removeMember(id: string, memberId: string): Promise<Answer<null>> {
      return goneIsDone(
        await readAnswer(
          () => client.households[':id'].members[':memberId'].$delete({ param: { id, memberId } }),
          null,
        ),
      );
    },

    /** Who owes whom, every currency, and the fewest transfers that square them. */
    balances(id: string): Promise<Answer<Balances>> {
      return readAnswer(
        () => client.households[':id'].balances.$get({ param: { id }, query: {} }),
        BalancesSchema,
      );
    },

    /** Where each of the household's budgets stands in a month (its bills whole, whoever recorded them). */
    budgets(id: string, month: string): Promise<Answer<BudgetsAnswer>> {
      return readAnswer(
        () => client.households[':id'].budgets.$get({ param: { id }, query: { month } }),
        BudgetsAnswerSchema,
      );
    },

    /** Sets the household's monthly budget for a category (or the `total`) in a currency: any member. */
    putBudget(id: string, category: BudgetTarget, body: BudgetBody): Promise<Answer<Budget>> {
      return readAnswer(
        () => client.households[':id'].budgets[':category'].$put({ param: { id, category }, json: body }),
        BudgetSchema,
      );
    },

    /** Removes one of the household's budgets: done too when another member did already. */
    async deleteBudget(id: string, category: BudgetTarget, currency: string): Promise<Answer<null>> {
      return goneIsDone(
        await readAnswer(
          () =>
            client.households[':id'].budgets[':category'].$delete({
              param: { id, category },
              query: { currency },
            }),
          null,
        ),
      );
    },

    /** Records a repayment between two members (not an expense, in no total). */
    settle(id: string, body: SettlementBody): Promise<Answer<Settlement>> {
      return readAnswer(
        () => client.households[':id'].settlements.$post({ param: { id }, json: body }),
        SettlementSchema,
      );
    },
  };
}
