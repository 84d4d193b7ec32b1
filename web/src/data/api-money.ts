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
import { type Answer, type ApiRoutes, answer } from './api-client.ts';

export function moneyApi(client: ApiRoutes) {
  return {
    // Budgets (GET /api/budgets, PUT|DELETE /api/budgets/:category): amounts are decimal strings.

    /** Where each budget of a month (YYYY-MM) stands, or null when the server could not be read. */
    async budgets(month: string): Promise<BudgetsAnswer | null> {
      const got = await answer(() => client.budgets.$get({ query: { month } }), BudgetsAnswerSchema);
      return got.kind === 'response' && got.status === 200 && got.body && 'budgets' in got.body
        ? got.body
        : null;
    },

    /** Sets a category's (or the `total`) monthly budget in a currency: 201 new, 200 replaced. */
    putBudget(category: BudgetTarget, body: BudgetBody): Promise<Answer<Budget>> {
      return answer(
        () => client.budgets[':category'].$put({ param: { category }, json: body }),
        BudgetSchema,
      );
    },

    /** Removes a budget: 204, or 404 when there was none. */
    deleteBudget(category: BudgetTarget, currency: string): Promise<Answer<null>> {
      return answer(
        () => client.budgets[':category'].$delete({ param: { category }, query: { currency } }),
        null,
      );
    },

    // Web Push (the permission is asked from a tap in settings; the page subscribes, then tells the server).

    /** The server's VAPID key, base64url: pushManager.subscribe's applicationServerKey. null offline. */
    async pushPublicKey(): Promise<string | null> {
      const got = await answer(() => client.push['public-key'].$get(), PushPublicKeySchema);
      return got.kind === 'response' && got.body && 'publicKey' in got.body ? got.body.publicKey : null;
    },

    /**
     * Tells the server about this device (PushSubscription.toJSON()) and its language: 201 new, 200
     * known; 400 `push_endpoint_refused` when the endpoint is not a known push service.
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
      return answer(() => client.push.subscriptions.$post({ json }), PushSubscriptionAnswerSchema);
    },

    /** Forgets this device (on unsubscribing, or signing out): 204, or 404 when unknown. */
    unsubscribePush(endpoint: string): Promise<Answer<null>> {
      return answer(() => client.push.subscriptions.$delete({ json: { endpoint } }), null);
    },

    /** Sends a test notification to every device of the person: how many got it. */
    testPush(): Promise<Answer<PushTestAnswer>> {
      return answer(() => client.push.test.$post(), PushTestAnswerSchema);
    },

    // Recurring expenses (GET|POST /api/recurring, PATCH|DELETE /api/recurring/:id).

    /** The rules with their next dates, or null when the server could not be read. */
    async recurringRules(): Promise<RecurringRule[] | null> {
      const got = await answer(() => client.recurring.$get(), RecurringListSchema);
      return got.kind === 'response' && got.body && 'rules' in got.body ? got.body.rules : null;
    },

    /** A new rule (201): the rule and the expenses made at once (this month's when its day has passed). */
    createRecurring(rule: v.InferInput<typeof RecurringCreateSchema>): Promise<Answer<RecurringCreated>> {
      return answer(() => client.recurring.$post({ json: rule }), RecurringCreatedSchema);
    },

    /** Changes a rule from its next expense on (200), or 404. */
    updateRecurring(
      id: string,
      patch: v.InferInput<typeof RecurringPatchSchema>,
    ): Promise<Answer<RecurringRule>> {
      return answer(
        () => client.recurring[':id'].$patch({ param: { id }, json: patch }),
        RecurringRuleSchema,
      );
    },

    /** Removes a rule (204); the expenses it made stay. */
    deleteRecurring(id: string): Promise<Answer<null>> {
      return answer(() => client.recurring[':id'].$delete({ param: { id } }), null);
    },
  };
}
