/** The API client's doors in: pairing, devices and personal tokens, Telegram, what the parser learned. */
import {
  type Category,
  type DeviceList,
  DeviceListSchema,
  type LearnedWord,
  type LearnedWords,
  LearnedWordsSchema,
  type NewToken,
  NewTokenSchema,
  type TelegramLink,
  TelegramLinkSchema,
} from '@voicetrack/shared';
import { type Answer, type ApiRoutes, answer } from './api-client.ts';

export function doorsApi(client: ApiRoutes) {
  return {
    /** Pairs this phone with a code from `pnpm pair`: its token (once), or the server's refusal. */
    async pair(code: string, name: string): Promise<Answer<NewToken>> {
      return answer(() => client.pair.$post({ json: { code, name } }), NewTokenSchema);
    },

    /** The paired devices and personal tokens, or null when the server could not be read. */
    async listDevices(): Promise<DeviceList | null> {
      const got = await answer(() => client.devices.$get(), DeviceListSchema);
      return got.kind === 'response' && got.body && 'devices' in got.body ? got.body : null;
    },

    /** A personal token for a Shortcut (shown once). */
    createToken(name: string): Promise<Answer<NewToken>> {
      return answer(() => client.devices.$post({ json: { name } }), NewTokenSchema);
    },

    /** Revokes a device or token: true once the server has forgotten it. */
    async revokeDevice(id: string): Promise<boolean> {
      const got = await answer(() => client.devices[':id'].$delete({ param: { id } }), null);
      return got.kind === 'response' && (got.status === 204 || got.status === 404);
    },

    /** Supabase mode: the code to send the bot as `/start <code>`. */
    async telegramLink(): Promise<TelegramLink | null> {
      const got = await answer(() => client.telegram.link.$post(), TelegramLinkSchema);
      return got.kind === 'response' && got.body && 'code' in got.body ? got.body : null;
    },

    // What the parser learned from this person (GET|PUT|DELETE /api/learned).

    /** The learned words, newest first, or null when the server could not be read. */
    async learnedWords(): Promise<LearnedWord[] | null> {
      const got = await answer(() => client.learned.$get(), LearnedWordsSchema);
      return got.kind === 'response' && got.body && 'words' in got.body ? got.body.words : null;
    },

    /** Teaches words by hand ("Le Petit Zinc" → dining): the words as they now stand. */
    async teach(phrase: string, category: Category): Promise<Answer<LearnedWords>> {
      return answer(() => client.learned.$put({ json: { phrase, category } }), LearnedWordsSchema);
    },

    /** Forgets learned words: true once the server has forgotten them. */
    async forget(phrase: string): Promise<boolean> {
      const got = await answer(() => client.learned.$delete({ query: { phrase } }), null);
      return got.kind === 'response' && (got.status === 204 || got.status === 404);
    },
  };
}
