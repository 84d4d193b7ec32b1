/**
 * GET /events: Server-Sent Events announcing changes to the user's expenses (`expense`) and the
 * repayments of their households (`settlement`, `{householdId}`). Each stream only hears its own
 * owner's changes and the bills and repayments of the households the owner is a member of at that
 * moment (the hub fans one LISTEN out to every stream); a stream opened by a
 * device ends when the device is revoked (`event: revoked`), and one opened with a JWT when it expires.
 * A quiet stream says `beat` every 25 s.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChangeHub } from '../changes/change-hub.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { StreamSlots } from '../http/stream-slots.ts';
import {
  ChangeFeedUnavailableError,
  type DeviceStore,
  type ExpenseChange,
  type HouseholdStore,
  type Owner,
} from '../ports.ts';

const HEARTBEAT_MS = 25_000;

export interface EventRouteDeps {
  hub: ChangeHub;
  /** A stream opened with a device's ticket is checked against it before each wake's news. */
  devices: Pick<DeviceStore, 'authenticate'>;
  /** Fired by the devices route on each revoke: open streams check their device at once. */
  revocations: EventTarget;
  /** Streams per client address (MAX_STREAMS_PER_CLIENT). */
  slots: StreamSlots;
  /** A household's bill goes to the streams of its current members (asked at each change). */
  households: Pick<HouseholdStore, 'get'>;
}

/** The owner's own change, or one of a household the owner is a member of now. */
async function heard(
  households: Pick<HouseholdStore, 'get'>,
  owner: Owner,
  change: ExpenseChange,
): Promise<boolean> {
  if (change.userId === owner.userId) return true;
  if (!change.householdId) return false;
  return (await households.get(owner, change.householdId)) !== null;
}

export function eventRoutes({ hub, devices, revocations, slots, households }: EventRouteDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const owner = c.get('owner');
    const giveBack = slots.take(c);
    const tokenHash = c.get('deviceTokenHash');
    const queue: ExpenseChange[] = [];
    let wake: (() => void) | null = null;
    let unsubscribe: () => void;
    try {
      unsubscribe = await hub.subscribe((change) => {
        // Someone else's personal change is never this stream's; a household's is checked below.
        if (change.userId !== owner.userId && !change.householdId) return;
        queue.push(change);
        wake?.();
      });
    } catch (error) {
      giveBack();
      if (!(error instanceof ChangeFeedUnavailableError)) throw error;
      throw new ApiError(
        501,
        'live_updates_unavailable',
        'Live updates are off on this server (LIVE_UPDATES=off, or a transaction pooler, which cannot LISTEN); on Supabase the app hears changes through Realtime.',
      );
    }
    // A revoked device hears nothing more: its device is checked before anything is written to it
    // (another process's revoke is seen at the next change or heartbeat; this process's at once).
    const stillPaired = async () =>
      tokenHash === undefined || (await devices.authenticate(tokenHash)) !== null;
    const onRevoke = () => wake?.();
    revocations.addEventListener('revoked', onRevoke);
    const stop = () => {
      giveBack();
      unsubscribe();
      revocations.removeEventListener('revoked', onRevoke);
    };
    // A stream opened with a token ends when the token does: the client reconnects with a fresh one.
    const exp = Number(owner.claims?.exp);
    const endsAt = Number.isFinite(exp) && exp > 0 ? exp * 1000 : Number.POSITIVE_INFINITY;
    return streamSSE(c, async (stream) => {
      stream.onAbort(stop);
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted) {
        if (Date.now() >= endsAt) {
          await stream.writeSSE({ event: 'expired', data: '{}' });
          break;
        }
        if (queue.length === 0)
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.max(0, Math.min(HEARTBEAT_MS, endsAt - Date.now())));
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        wake = null;
        if (stream.aborted || Date.now() >= endsAt) continue;
        if (!(await stillPaired())) {
          await stream.writeSSE({ event: 'revoked', data: '{}' });
          break;
        }
        if (queue.length === 0) {
          // A word every HEARTBEAT_MS keeps proxies from closing an idle stream, and lets the page
          // tell a live stream from a dead one that looks open (a phone that changed networks
          // keeps a socket the old network dropped): it reopens a stream silent for 65 s. An
          // event, not a comment line, since EventSource shows the page no comment.
          await stream.writeSSE({ event: 'beat', data: '{}' });
          continue;
        }
        for (let change = queue.shift(); change; change = queue.shift())
          if (await heard(households, owner, change))
            await stream.writeSSE(
              change.kind === 'settlement'
                ? // A repayment: the household's « Qui doit quoi » is read again.
                  { event: 'settlement', data: JSON.stringify({ householdId: change.householdId }) }
                : { event: 'expense', data: JSON.stringify({ op: change.op, id: change.id }) },
            );
      }
      stop();
    });
  });
}
