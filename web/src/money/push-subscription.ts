/**
 * This device's Web Push subscription, the page's side: whether the browser can receive alerts at
 * all (iOS only from the Home Screen, 16.4+), turning alerts on from a tap (the permission prompt,
 * pushManager.subscribe with the server's VAPID key, then POST /api/push/subscriptions), and off
 * (the browser's subscription and the server's copy). Never called at start: only from a tap,
 * and on sign-out.
 */
import type { ApiClient } from '../data/api/client.ts';

export type PushSupport = 'ok' | 'ios-home-screen' | 'unsupported';

interface NavigatorWithStandalone {
  userAgent: string;
  platform?: string;
  maxTouchPoints?: number;
  /** iOS Safari's own flag for an app opened from the Home Screen. */
  standalone?: boolean;
}

/**
 * Whether alerts can be turned on here. iOS and iPadOS give Web Push only to a web app opened
 * from the Home Screen (16.4+); in Safari itself `PushManager` is missing, and the person is told
 * how to get there rather than that it cannot be done.
 */
export function pushSupport(
  scope: { navigator: NavigatorWithStandalone; hasPush: boolean; standaloneDisplay: boolean } = {
    navigator: globalThis.navigator,
    hasPush:
      'serviceWorker' in globalThis.navigator && 'PushManager' in globalThis && 'Notification' in globalThis,
    standaloneDisplay: globalThis.matchMedia?.('(display-mode: standalone)').matches ?? false,
  },
): PushSupport {
  const nav = scope.navigator;
  // iPadOS says it is a Mac; a Mac has no touch screen.
  const ios =
    /iPad|iPhone|iPod/.test(nav.userAgent) || (nav.platform === 'MacIntel' && (nav.maxTouchPoints ?? 0) > 1);
  const standalone = scope.standaloneDisplay || nav.standalone === true;
  if (ios && !standalone) return 'ios-home-screen';
  if (!scope.hasPush) return ios ? 'ios-home-screen' : 'unsupported';
  return 'ok';
}

/** The worker's registration, without waiting for one that may never come (dev, no worker). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  return (await navigator.serviceWorker.getRegistration('/')) ?? null;
}

/** This browser's subscription, if alerts are on here. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  return (await (await registration())?.pushManager.getSubscription()) ?? null;
}

/** base64url → bytes, as pushManager.subscribe's applicationServerKey. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export type EnableOutcome =
  | { ok: true }
  | { ok: false; reason: 'denied' | 'offline' | 'unavailable' | 'refused' | 'no-worker' }
  | { ok: false; reason: 'failed'; message: string };

/**
 * Turns alerts on for this device, from a tap: asks the permission (the browser shows its prompt
 * only now), subscribes with the server's key, and gives the server the subscription and the
 * language the alerts are to be written in.
 */
export async function enablePush(api: ApiClient, locale: string): Promise<EnableOutcome> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return { ok: false, reason: 'denied' };
  const reg = await registration();
  if (!reg) return { ok: false, reason: 'no-worker' };
  const key = await api.pushPublicKey();
  if (!key) return { ok: false, reason: 'offline' };
  let subscription: PushSubscription;
  try {
    subscription =
      (await reg.pushManager.getSubscription()) ??
      (await reg.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: base64UrlToBytes(key),
      }));
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  const told = await api.subscribePush(subscription.toJSON(), locale);
  if (told.kind === 'ok') return { ok: true };
  if (told.kind === 'offline') return { ok: false, reason: 'offline' };
  // Not kept by the server: the browser's subscription would only wait for nothing.
  await subscription.unsubscribe().catch(() => false);
  return { ok: false, reason: told.code === 'push_endpoint_refused' ? 'refused' : 'unavailable' };
}

/**
 * Turns alerts off for this device: the server forgets the endpoint first (while the request can
 * still be made), then the browser drops the subscription. True once the browser has none.
 */
export async function disablePush(api: ApiClient): Promise<boolean> {
  const subscription = await currentSubscription();
  if (!subscription) return true;
  await api.unsubscribePush(subscription.endpoint);
  return subscription.unsubscribe().catch(() => false);
}
