/**
 * The push service client: the `web-push` library encrypts the payload (aes128gcm, RFC 8291) and
 * signs the request (VAPID, RFC 8292); the POST itself goes through fetch — web-standard (Node and
 * Deno alike, where web-push's own https.request could not reach a test's plain-http push service),
 * with redirects refused (the endpoint was checked: a 3xx must not take the request elsewhere) and
 * a timeout.
 */
import webpush from 'web-push';
import type { PushResult, PushSender } from '../ports.ts';

export function createWebPushSender(options: { fetch?: typeof fetch; timeoutMs?: number } = {}): PushSender {
  const doFetch =
    options.fetch ?? ((input: Parameters<typeof fetch>[0], init?: RequestInit) => fetch(input, init));
  return {
    async send(target, payload, { vapid, ttlSeconds, topic }): Promise<PushResult> {
      let details: ReturnType<typeof webpush.generateRequestDetails>;
      try {
        details = webpush.generateRequestDetails(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          payload,
          {
            vapidDetails: vapid,
            TTL: ttlSeconds,
            contentEncoding: 'aes128gcm',
            urgency: 'normal',
            ...(topic ? { topic } : {}),
          },
        );
      } catch (error) {
        return { kind: 'failed', status: null, message: `could not encrypt or sign: ${String(error)}` };
      }
      try {
        const res = await doFetch(details.endpoint, {
          method: 'POST',
          // fetch sets Content-Length itself (and Deno refuses one given).
          headers: withoutContentLength(details.headers as Record<string, string>),
          body: details.body ? new Uint8Array(details.body) : null,
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        await res.body?.cancel();
        if (res.status >= 200 && res.status < 300) return { kind: 'sent', status: res.status };
        // The subscription expired or was unsubscribed: the push service will never take it again.
        if (res.status === 404 || res.status === 410) return { kind: 'gone', status: res.status };
        return { kind: 'failed', status: res.status, message: `the push service answered ${res.status}` };
      } catch (error) {
        return { kind: 'failed', status: null, message: String(error) };
      }
    },
  };
}

const withoutContentLength = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'));
