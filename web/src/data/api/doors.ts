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
  type TokenScope,
} from '@voicetrack/shared';
import { type Answer, goneIsDone, okValue, readAnswer } from './answer.ts';
import type { ApiRoutes } from './routes.ts';

export function doorsApi(client: ApiRoutes) {
  return {
    /** Pairs this phone with a code from `pnpm pair`: its token (once), or the server's refusal. */
    async pair(code: string, name: string): Promise<Answer<NewToken>> {
      return readAnswer(() => client.pair.$post({ json: { code, name } }), NewTokenSchema);
    },

    /** The paired devices and personal tokens, or null when the server could not be read. */
    async listDevices(): Promise<DeviceList | null> {
      return okValue(await readAnswer(() => client.devices.$get(), DeviceListSchema));
    },

    /** A personal token (shown once): `capture` for a Shortcut, `full` for another computer. */
    createToken(name: string, scope: TokenScope = 'capture'): Promise<Answer<NewToken>> {
      return readAnswer(() => client.devices.$post({ json: { name, scope } }), NewTokenSchema);
    },

    /** Revokes a device or token: true once the server has forgotten it (or already had). */
    async revokeDevice(id: string): Promise<boolean> {
      const got = await readAnswer(() => client.devices[':id'].$delete({ param: { id } }), null);
      return goneIsDone(got).kind === 'ok';
    },

    /** Supabase mode: the code to send the bot as `/start <code>`. */
    async telegramLink(): Promise<TelegramLink | null> {
      return okValue(await readAnswer(() => client.telegram.link.$post(), TelegramLinkSchema));
    },

    // What the parser learned from this person (GET|PUT|DELETE /api/learned).

    /** The learned words, newest first, or null when the server could not be read. */
    async learnedWords(): Promise<LearnedWord[] | null> {
      return okValue(await readAnswer(() => client.learned.$get(), LearnedWordsSchema))?.words ?? null;
    },

    /** Teaches words by hand ("Le Petit Zinc" → dining): the words as they now stand. */
    async teach(phrase: string, category: Category): Promise<Answer<LearnedWords>> {
      return readAnswer(() => client.learned.$put({ json: { phrase, category } }), LearnedWordsSchema);
    },

    /** Forgets learned words: true once the server has forgotten them (or already had). */
    async forget(phrase: string): Promise<boolean> {
      const got = await readAnswer(() => client.learned.$delete({ query: { phrase } }), null);
      return goneIsDone(got).kind === 'ok';
    },
  };
}
