/**
 * The ports of the doors — paired devices and personal tokens, one-time codes, Telegram's linked
 * chats and the updates it kept during an outage — kept apart from store.ts so each
 * file stays readable. Adapters in store/device-store.ts and store/telegram-pending-store.ts.
 */
import type { TokenScope } from '@voicetrack/shared';
import type { Owner } from './owner.ts';

export interface DeviceRecord {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  lastUsedAt: string | null;
}

/** A device as its token finds it (before anybody is known). */
export interface AuthenticatedDevice {
  deviceId: string;
  userId: string | null;
  tokenHash: string;
  scope: TokenScope;
  /** Made by a request that showed no token (PAIRING=off): refused once pairing is required. */
  openDoor: boolean;
}

/** Paired devices and personal tokens, kept as SHA-256 digests of their tokens. */
export interface DeviceStore {
  create(
    owner: Owner,
    device: { name: string; tokenHash: string; scope: TokenScope; openDoor: boolean },
  ): Promise<DeviceRecord>;
  list(owner: Owner): Promise<DeviceRecord[]>;
  /** Revokes at once (the row is gone); false when the owner has no such device. */
  revoke(owner: Owner, id: string): Promise<boolean>;
  /**
   * The device whose token has this digest, looked up as the database owner (nobody is known
   * yet); touches its last use at most once a minute. null when no device has it.
   */
  authenticate(tokenHash: string): Promise<AuthenticatedDevice | null>;
}

export type CodePurpose = 'device' | 'telegram';

/** One-time codes: pairing a device (`pnpm pair`), linking a Telegram chat (Supabase mode). */
export interface PairingStore {
  create(
    owner: Owner,
    code: {
      codeHash: string;
      purpose: CodePurpose;
      name: string | null;
      expiresAt: string;
      person?: string | null;
    },
  ): Promise<void>;
  /** Uses a code: gone at once, whoever asks next; null when unknown, used or expired. */
  redeem(
    codeHash: string,
    purpose: CodePurpose,
  ): Promise<{ userId: string | null; name: string | null; person: string | null } | null>;
}

/** Supabase mode: which user a Telegram chat writes for. */
export interface TelegramChatStore {
  link(chatId: string, userId: string): Promise<void>;
  userOf(chatId: string): Promise<string | null>;
  /** Whether the chat was linked (and is no longer). */
  unlink(chatId: string): Promise<boolean>;
}

/** A Telegram update kept to be tried again. */
export interface PendingUpdate {
  updateId: number;
  update: unknown;
  /** Tries after the first. */
  attempts: number;
  keptAt: string;
}

/** Telegram updates not handled yet (a provider or Telegram down), tried again by the server. */
export interface TelegramPendingStore {
  /** Keeps an update to try again now; false when it was kept already. */
  keep(botId: string, updateId: number, update: unknown, error: string): Promise<boolean>;
  /** Up to `limit` updates due now, each held from other servers for `leaseSeconds`. */
  take(botId: string, limit: number, leaseSeconds: number): Promise<PendingUpdate[]>;
  done(botId: string, updateId: number): Promise<void>;
  /** Failed again: tried once more in `delaySeconds`. */
  failed(botId: string, updateId: number, error: string, delaySeconds: number): Promise<void>;
}
