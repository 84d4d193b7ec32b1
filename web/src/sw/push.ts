/// <reference lib="webworker" />
/**
 * Web Push in the worker: show a budget alert, open the month view when it is tapped, and keep the
 * server's copy of the subscription current when the browser renews it. sw.ts only wires these to
 * their events. The payload is checked with the shared schema; the URL a tap opens is built here
 * from `view` and `month` (sw-protocol.ts), never taken from the message.
 */
import { type PushPayload, PushPayloadSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import type { ApiClient } from '../data/api/client.ts';
import { monthViewUrl, OPEN_VIEW, type WorkerMessage } from '../sw-protocol.ts';

declare const self: ServiceWorkerGlobalScope;

interface NotificationData {
  url: string;
  month?: string | undefined;
}

/** Reads a push message: the shared payload, or null for anything else (still shown, plainly). */
export function readPushPayload(data: PushMessageData | null): PushPayload | null {
  try {
    const parsed = v.safeParse(PushPayloadSchema, data?.json());
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** Every push must show a notification (userVisibleOnly): an unreadable one says only the app's name. */
export function showPushNotification(event: PushEvent): Promise<void> {
  const payload = readPushPayload(event.data);
  const data: NotificationData = { url: monthViewUrl(payload?.month), month: payload?.month };
  return self.registration.showNotification(payload?.title ?? 'VoiceTrack', {
    body: payload?.body ?? '',
    tag: payload?.tag ?? 'voicetrack',
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    data,
  });
}

/** A tap focuses an open VoiceTrack window and shows the month there, or opens one on it. */
export async function openFromNotification(event: NotificationEvent): Promise<void> {
  event.notification.close();
  const data = (event.notification.data ?? {}) as Partial<NotificationData>;
  const month = typeof data.month === 'string' ? data.month : undefined;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
  if (open) {
    const message: WorkerMessage = { type: OPEN_VIEW, view: 'month', ...(month ? { month } : {}) };
    await open.focus();
    open.postMessage(message);
    return;
  }
  await self.clients.openWindow(monthViewUrl(month));
}

interface PushSubscriptionChangeEvent extends ExtendableEvent {
  readonly oldSubscription: PushSubscription | null;
  readonly newSubscription: PushSubscription | null;
}

/**
 * The browser renewed (or dropped) the subscription: subscribe again with the same server key if
 * needed, tell the server the new endpoint, and forget the old one.
 */
export async function renewPushSubscription(event: Event, api: ApiClient): Promise<void> {
  const { oldSubscription, newSubscription } = event as PushSubscriptionChangeEvent;
  const key = oldSubscription?.options.applicationServerKey ?? (await api.pushPublicKey());
  const renewed =
    newSubscription ??
    (key
      ? await self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key })
      : null);
  if (renewed) await api.subscribePush(renewed.toJSON(), self.navigator.language);
  if (oldSubscription && oldSubscription.endpoint !== renewed?.endpoint)
    await api.unsubscribePush(oldSubscription.endpoint);
}
