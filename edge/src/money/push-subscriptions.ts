/**
 * Web Push's use cases: a device subscribing (only to the allowed push services: the server must
 * never be made to POST where a client says), unsubscribing, and the settings' test notification.
 */
import { alertLang, type LabelLang, testNotificationText } from '@voicetrack/shared';
import type { Owner, PushStore, PushTarget, StoredPushSubscription } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import { endpointAllowed, type PushNotifier, type PushOutcome } from './push-notifier.ts';

export interface PushDeps {
  push: PushStore;
  allowedOrigins: readonly string[];
  /** null: no push service client (Web Push is not set up). */
  notifier: PushNotifier | null;
  /** REPORT_LANG: the language of a device that gave no locale. */
  lang: LabelLang;
}

export async function subscribePush(
  deps: PushDeps,
  owner: Owner,
  subscription: PushTarget & { locale: string | null },
): Promise<
  | { kind: 'subscribed'; created: boolean; subscription: Omit<StoredPushSubscription, 'p256dh' | 'auth'> }
  | Refusal<'push_endpoint_refused'>
> {
  if (!endpointAllowed(subscription.endpoint, deps.allowedOrigins))
    return refused(
      'push_endpoint_refused',
      'The endpoint is not a known push service (https on FCM, Mozilla, Apple or Windows push).',
    );
  const { subscription: stored, created } = await deps.push.subscribe(owner, subscription);
  const { id, endpoint, locale, createdAt } = stored;
  return { kind: 'subscribed', created, subscription: { id, endpoint, locale, createdAt } };
}

export async function unsubscribePush(
  deps: PushDeps,
  owner: Owner,
  endpoint: string,
): Promise<{ kind: 'unsubscribed' } | Refusal<'not_found'>> {
  if (await deps.push.unsubscribe(owner, endpoint)) return { kind: 'unsubscribed' };
  return refused('not_found', 'No subscription with this endpoint.');
}

/** The settings screen's "send a test": every device of the person, in its language. */
export async function sendTestPush(
  deps: PushDeps,
  owner: Owner,
): Promise<{ kind: 'sent'; outcome: PushOutcome } | Refusal<'push_unavailable'>> {
  if (!deps.notifier) return refused('push_unavailable', 'Web Push is not set up on this server.');
  const outcome = await deps.notifier.notify(owner, (locale) => ({
    ...testNotificationText(alertLang(locale, deps.lang)),
    tag: 'voicetrack-test',
    view: 'month',
  }));
  return { kind: 'sent', outcome };
}
