/**
 * A stand-in for the browser's side of Web Push in headless Chromium, whose pushManager.subscribe()
 * fails ("Registration failed - permission denied": it has no push service). Injected before the
 * page's scripts: PushManager's subscribe / getSubscription answer with a subscription of the local
 * fake push service (tests/support/fake-push-service.ts: real keys, real decryption), and
 * Notification.requestPermission is counted, so a test can tell when the permission was asked.
 * Everything else — the app's code, the server, the encryption, the push service's checks — is real.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { FakeSubscriptionJson } from '../../support/fake-push-service.ts';

export interface PushStandInState {
  permissionAsks: number;
  subscribeCalls: number;
  unsubscribeCalls: number;
  /** The applicationServerKey the page passed to subscribe(), as base64url. */
  serverKey: string | null;
  subscribed: boolean;
}

/**
 * `answer`: what the person says to the permission prompt (headless Chromium shows none: a prompt
 * it was not granted beforehand never answers); by default the browser's own answer.
 */
export async function installPushStandIn(
  context: BrowserContext,
  subscription: FakeSubscriptionJson,
  answer?: NotificationPermission,
) {
  await context.addInitScript(
    ({ json, answer }: { json: FakeSubscriptionJson; answer: NotificationPermission | null }) => {
      const state = {
        permissionAsks: 0,
        subscribeCalls: 0,
        unsubscribeCalls: 0,
        serverKey: null as string | null,
        subscribed: false,
      };
      Object.assign(window, { __pushStandIn: state });
      const made = {
        endpoint: json.endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true, applicationServerKey: null },
        toJSON: () => json,
        getKey: () => null,
        unsubscribe: async () => {
          state.unsubscribeCalls++;
          state.subscribed = false;
          return true;
        },
      };
      const toBase64Url = (key: BufferSource) => {
        const bytes = new Uint8Array(key instanceof ArrayBuffer ? key : key.buffer);
        return btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
      };
      PushManager.prototype.subscribe = async function subscribe(options?: PushSubscriptionOptionsInit) {
        state.subscribeCalls++;
        const key = options?.applicationServerKey;
        state.serverKey = key && typeof key !== 'string' ? toBase64Url(key) : (key ?? null);
        state.subscribed = true;
        return made as unknown as PushSubscription;
      };
      PushManager.prototype.getSubscription = async function getSubscription() {
        return (state.subscribed ? made : null) as PushSubscription | null;
      };
      const ask = Notification.requestPermission.bind(Notification);
      Notification.requestPermission = (callback?: NotificationPermissionCallback) => {
        state.permissionAsks++;
        return answer ? Promise.resolve(answer) : ask(callback);
      };
    },
    { json: subscription, answer: answer ?? null },
  );
}

export const pushStandIn = (page: Page): Promise<PushStandInState> =>
  page.evaluate(() => ({ ...(window as unknown as { __pushStandIn: PushStandInState }).__pushStandIn }));
