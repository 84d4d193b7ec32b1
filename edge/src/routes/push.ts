import {
  alertLang,
  PushSubscriptionBodySchema,
  PushUnsubscribeSchema,
  testNotificationText,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import type { Money } from '../money/money.ts';
import { endpointAllowed } from '../money/push-notifier.ts';
import type { PushStore } from '../money-ports.ts';

/** GET /public-key, POST /subscriptions, DELETE /subscriptions, POST /test */
export function pushRoutes(
  push: PushStore,
  money: Pick<Money, 'vapidKeys' | 'allowedOrigins' | 'notifier' | 'lang'>,
) {
  return new Hono<AppEnv>()
    .get('/public-key', async (c) => c.json({ publicKey: (await money.vapidKeys()).publicKey }, 200))
    .post(
      '/subscriptions',
      limitBody(8 * 1024, 'The body'),
      strictJson,
      valid('json', PushSubscriptionBodySchema),
      async (c) => {
        const body = c.req.valid('json');
        // Never POST where a client says: only to the push services (PUSH_ALLOWED_ORIGINS).
        if (!endpointAllowed(body.endpoint, money.allowedOrigins)) {
          throw new ApiError(
            400,
            'push_endpoint_refused',
            'The endpoint is not a known push service (https on FCM, Mozilla, Apple or Windows push).',
          );
        }
        const { subscription, created } = await push.subscribe(c.get('owner'), {
          endpoint: body.endpoint,
          p256dh: body.keys.p256dh,
          auth: body.keys.auth,
          locale: body.locale ?? null,
        });
        const { id, endpoint, locale, createdAt } = subscription;
        return c.json({ id, endpoint, locale, createdAt }, created ? 201 : 200);
      },
    )
    .delete(
      '/subscriptions',
      limitBody(8 * 1024, 'The body'),
      strictJson,
      valid('json', PushUnsubscribeSchema),
      async (c) => {
        if (!(await push.unsubscribe(c.get('owner'), c.req.valid('json').endpoint)))
          throw new ApiError(404, 'not_found', 'No subscription with this endpoint.');
        return c.body(null, 204);
      },
    )
    .post('/test', async (c) => {
      // The settings screen's "send a test": every device of the person, in its language.
      if (!money.notifier)
        throw new ApiError(503, 'push_unavailable', 'Web Push is not set up on this server.');
      const outcome = await money.notifier.notify(c.get('owner'), (locale) => ({
        ...testNotificationText(alertLang(locale, money.lang)),
        tag: 'voicetrack-test',
        view: 'month',
      }));
      return c.json(outcome, 200);
    });
}
