/**
 * Sends one message to every device of a person, each in its own language. A subscription whose
 * push service answers 404 or 410 is gone: it is deleted. The endpoint is checked against the
 * allowed push services again before every send (the list may have changed since it was stored).
 */
import { type PushPayload, pushEndpointAllowed } from '@voicetrack/shared';
import type { Logger } from '../observe/logger.ts';
import type { Owner, PushSender, PushStore, VapidKeys } from '../ports.ts';

/** How long a push service keeps a message for a phone that is off: an alert is stale after a day. */
export const PUSH_TTL_SECONDS = 24 * 3600;

/** The endpoint parsed as fetch will parse it, then checked against the allowed origins. */
export function endpointAllowed(endpoint: string, origins: readonly string[]): boolean {
  let url: URL | null = null;
  try {
    url = new URL(endpoint);
  } catch {
    url = null;
  }
  return pushEndpointAllowed(url, origins);
}

export interface PushNotifierOptions {
  store: PushStore;
  sender: PushSender;
  keys: () => Promise<VapidKeys>;
  subject: string;
  allowedOrigins: readonly string[];
  logger: Logger;
}

export interface PushOutcome {
  sent: number;
  gone: number;
  failed: number;
}

export type PushNotifier = ReturnType<typeof createPushNotifier>;

export function createPushNotifier(options: PushNotifierOptions) {
  return {
    async notify(
      owner: Owner,
      payloadFor: (locale: string | null) => PushPayload,
      topic?: string,
    ): Promise<PushOutcome> {
      const outcome: PushOutcome = { sent: 0, gone: 0, failed: 0 };
      const subscriptions = await options.store.list(owner);
      if (subscriptions.length === 0) return outcome;
      const vapid = { ...(await options.keys()), subject: options.subject };
      await Promise.all(
        subscriptions.map(async (s) => {
          if (!endpointAllowed(s.endpoint, options.allowedOrigins)) {
            outcome.failed++;
            options.logger.log('warn', 'push endpoint no longer allowed', { subscription: s.id });
            return;
          }
          const result = await options.sender.send(s, JSON.stringify(payloadFor(s.locale)), {
            vapid,
            ttlSeconds: PUSH_TTL_SECONDS,
            ...(topic ? { topic } : {}),
          });
          if (result.kind === 'sent') outcome.sent++;
          else if (result.kind === 'gone') {
            outcome.gone++;
            await options.store.remove(owner, s.id);
            options.logger.log('info', 'push subscription gone: deleted', { status: result.status });
          } else {
            outcome.failed++;
            options.logger.log('warn', 'push not delivered', {
              status: result.status,
              error: result.message,
            });
          }
        }),
      );
      return outcome;
    },
  };
}
