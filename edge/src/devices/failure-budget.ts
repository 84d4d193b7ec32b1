/**
 * Wrong one-time codes, counted so that guessing stops long before it could succeed while a
 * right code always works. One budget per code space (pairing a phone, linking a Telegram chat:
 * each its own, so a flood at one door never closes the other), in memory, per server process.
 *
 * - Each client (an address; a chat for Telegram) may send `perClient` wrong codes a window; after
 *   that its codes are not even looked at until the window ends.
 * - When the whole space has had `alarm` wrong codes in a window (someone spread over many
 *   addresses), a client that has already sent a wrong one waits too: each address then has one
 *   guess a window. A client with no wrong code — the person with the code `pnpm pair` printed —
 *   is always looked at, so a valid code always pairs.
 *
 * Codes are 60 bits and live 10 minutes: even a million addresses with one guess each find a live
 * code with odds under 10⁻¹².
 */

export interface FailureBudget {
  /** Seconds this client waits before its next code is looked at; null: look at it. */
  waitSeconds(client: string): number | null;
  /** A wrong code from this client. */
  record(client: string): void;
}

export interface FailureBudgetOptions {
  /** Wrong codes one client may send a window. */
  perClient: number;
  /** Wrong codes from all clients together after which a client with one wrong code waits. */
  alarm: number;
  windowMs: number;
  /** Clients remembered at most (the oldest forgotten first): memory stays bounded under a flood. */
  maxClients?: number;
  now?: () => number;
}

export function failureBudget(options: FailureBudgetOptions): FailureBudget {
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 100_000;
  /** Per client: its wrong codes this window and when its window started. */
  const clients = new Map<string, { count: number; since: number }>();
  let spaceStart = now();
  let spaceCount = 0;

  const rollSpace = () => {
    if (now() - spaceStart >= options.windowMs) {
      spaceStart = now();
      spaceCount = 0;
    }
  };
  const entryOf = (client: string) => {
    const entry = clients.get(client);
    if (entry && now() - entry.since >= options.windowMs) {
      clients.delete(client);
      return undefined;
    }
    return entry;
  };
  const secondsUntil = (end: number) => Math.max(1, Math.ceil((end - now()) / 1000));

  return {
    waitSeconds(client) {
      rollSpace();
      const entry = entryOf(client);
      if (!entry) return null;
      const end = entry.since + options.windowMs;
      if (entry.count >= options.perClient) return secondsUntil(end);
      if (spaceCount >= options.alarm) return secondsUntil(Math.min(end, spaceStart + options.windowMs));
      return null;
    },
    record(client) {
      rollSpace();
      spaceCount++;
      const entry = entryOf(client);
      if (entry) {
        entry.count++;
        return;
      }
      if (clients.size >= maxClients) {
        const oldest = clients.keys().next();
        if (!oldest.done) clients.delete(oldest.value);
      }
      clients.set(client, { count: 1, since: now() });
    },
  };
}
