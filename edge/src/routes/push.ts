import { PushSubscriptionBodySchema, PushUnsubscribeSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import { type PushDeps, sendTestPush, subscribePush, unsubscribePush } from '../money/push-subscriptions.ts';

/** GET /public-key, POST /subscriptions, DELETE /subscriptions, POST /test */
export function pushRoutes(deps: PushDeps & { vapidKeys: () => Promise<{ publicKey: string }> }) {
  const body = [limitBody(8 * 1024, 'The body'), strictJson] as const;
  return new Hono<AppEnv>()
    .get('/public-key', async (c) => c.json({ publicKey: (await deps.vapidKeys()).publicKey }, 200))
    .post('/subscriptions', ...body, valid('json', PushSubscriptionBodySchema), async (c) => {
      const { endpoint, keys, locale } = c.req.valid('json');
      const subscribed = await subscribePush(deps, c.get('owner'), {
        endpoint,
        p256dh: keys.p256dh,
        auth: keys.auth,
        locale: locale ?? null,
      });
      if (subscribed.kind === 'refused') throw refusalError(subscribed);
      return c.json(subscribed.subscription, subscribed.created ? 201 : 200);
    })
    .delete('/subscriptions', ...body, valid('json', PushUnsubscribeSchema), async (c) => {
      const gone = await unsubscribePush(deps, c.get('owner'), c.req.valid('json').endpoint);
      if (gone.kind === 'refused') throw refusalError(gone);
      return c.body(null, 204);
    })
    .post('/test', async (c) => {
      const sent = await sendTestPush(deps, c.get('owner'));
      if (sent.kind === 'refused') throw refusalError(sent);
      return c.json(sent.outcome, 200);
    });
}
