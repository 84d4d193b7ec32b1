/** The API client's money: budgets, Web Push subscriptions, recurring expenses. */
import {
  type Budget,
  type BudgetBody,
  BudgetSchema,
  type BudgetsAnswer,
  BudgetsAnswerSchema,
  type BudgetTarget,
  PushPublicKeySchema,
  type PushSubscriptionAnswer,
  PushSubscriptionAnswerSchema,
  type PushTestAnswer,
  PushTestAnswerSchema,
  type RecurringCreated,
  RecurringCreatedSchema,
  type RecurringCreateSchema,
  RecurringListSchema,
  type RecurringPatchSchema,
  type RecurringRule,
  RecurringRuleSchema,
} from '@voicetrack/shared';
import type * as v from 'valibot';
import { type Answer, goneIsDone, okValue, readAnswer } from './answer.ts';
import type { ApiRoutes } from './routes.ts';

export function moneyApi(client: ApiRoutes) {
  return {
    // Budgets (GET /api/budgets, PUT|DELETE /api/budgets/:category): amounts are decimal strings.

    /** Where each budget of a month (YYYY-MM) stands, or null when the server could not be read. */
    async budgets(month: string): Promise<BudgetsAnswer | null> {
      return okValue(await readAnswer(() => client.budgets.$get({ query: { month } }), BudgetsAnswerSchema));
    },

    /** Sets a category's (or the `total`) monthly budget in a currency (new or replaced). */
    putBudget(category: BudgetTarget, body: BudgetBody): Promise<Answer<Budget>> {
      return readAnswer(
        () => client.budgets[':category'].$put({ param: { category }, json: body }),
        BudgetSchema,
      );
    },

    /** Removes a budget: done too when there was none (removed from another device already). */
    async deleteBudget(category: BudgetTarget, currency: string): Promise<Answer<null>> {
      return goneIsDone(
        await readAnswer(
          () => client.budgets[':category'].$delete({ param: { category }, query: { currency } }),
          null,
        ),
      );
    },

    // Web Push (the permission is asked from a tap in settings; the page subscribes, then tells the server).

    /** The server's VAPID key, base64url: pushManager.subscribe's applicationServerKey. null offline. */
    async pushPublicKey(): Promise<string | null> {
      return (
        okValue(await readAnswer(() => client.push['public-key'].$get(), PushPublicKeySchema))?.publicKey ??
        null
      );
    },

    /**
     * Tells the server about this device (PushSubscription.toJSON()) and its language; refused
     * `push_endpoint_refused` when the endpoint is not a known push service.
     */
    subscribePush(
      subscription: PushSubscriptionJSON,
      locale?: string,
    ): Promise<Answer<PushSubscriptionAnswer>> {
      const json = {
        endpoint: subscription.endpoint ?? '',
        expirationTime: subscription.expirationTime ?? null,
        keys: { p256dh: subscription.keys?.p256dh ?? '', auth: subscription.keys?.auth ?? '' },
        ...(locale ? { locale } : {}),
      };
      return readAnswer(() => client.push.subscriptions.$post({ json }), PushSubscriptionAnswerSchema);
    },

    /** Forgets this device (on unsubscribing, or signing out): done too when it was unknown. */
    async unsubscribePush(endpoint: string): Promise<Answer<null>> {
      return goneIsDone(
        await readAnswer(() => client.push.subscriptions.$delete({ json: { endpoint } }), null),
      );
    },

    /** Sends a test notification to every device of the person: how many got it. */
    testPush(): Promise<Answer<PushTestAnswer>> {
      return readAnswer(() => client.push.test.$post(), PushTestAnswerSchema);
    },

    // Recurring expenses (GET|POST /api/recurring, PATCH|DELETE /api/recurring/:id).

    /** The rules with their next dates, or null when the server could not be read. */
    async recurringRules(): Promise<RecurringRule[] | null> {
      return okValue(await readAnswer(() => client.recurring.$get(), RecurringListSchema))?.rules ?? null;
    },

    /** A new rule: the rule and the expenses made at once (this month's when its day has passed). */
    createRecurring(rule: v.InferInput<typeof RecurringCreateSchema>): Promise<Answer<RecurringCreated>> {
      return readAnswer(() => client.recurring.$post({ json: rule }), RecurringCreatedSchema);
    },

    /** Changes a rule from its next expense on (refused `not_found` when it is gone). */
    updateRecurring(
      id: string,
      patch: v.InferInput<typeof RecurringPatchSchema>,
    ): Promise<Answer<RecurringRule>> {
      return readAnswer(
        () => client.recurring[':id'].$patch({ param: { id }, json: patch }),
        RecurringRuleSchema,
      );
    },

    /** Removes a rule (done too when another device did); the expenses it made stay. */
    async deleteRecurring(id: string): Promise<Answer<null>> {
      return goneIsDone(await readAnswer(() => client.recurring[':id'].$delete({ param: { id } }), null));
    },
  };
}
