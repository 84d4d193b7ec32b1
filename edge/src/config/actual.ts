/**
 * Actual Budget (pnpm sync:actual, ACTUAL_SYNC_CRON): ACTUAL_SERVER_URL, ACTUAL_PASSWORD,
 * ACTUAL_SYNC_ID (the budget's sync id: Settings → Advanced in Actual), ACTUAL_ACCOUNT (created if
 * absent; "VoiceTrack"), ACTUAL_CATEGORY_MAP (`groceries=Food,dining=Restaurants`: a VoiceTrack
 * category = an Actual category's name), ACTUAL_BUDGET_PASSWORD (an end-to-end encrypted budget),
 * ACTUAL_SYNC_CRON. null without ACTUAL_SERVER_URL: nothing is synced.
 */
import { CATEGORIES, type Category } from '@voicetrack/shared';
import * as v from 'valibot';
import { DATA_DIR } from './database.ts';
import { text } from './env.ts';

function categoryMap(raw: string | undefined): Partial<Record<Category, string>> | null {
  if (raw === undefined) return {};
  const pairs = raw.split(',').map((pair) => pair.split('=').map((p) => p.trim()));
  const ok = pairs.every(([k, name]) => name && (CATEGORIES as readonly string[]).includes(k ?? ''));
  return ok ? (Object.fromEntries(pairs) as Partial<Record<Category, string>>) : null;
}

export const actualConfig = v.pipe(
  v.object({
    DATA_DIR,
    ACTUAL_SERVER_URL: v.pipe(
      text(),
      v.check(
        (raw) => raw === undefined || URL.canParse(raw),
        (issue) => `must be a URL such as https://actual.example.org, got "${issue.input}"`,
      ),
    ),
    ACTUAL_PASSWORD: text(),
    ACTUAL_SYNC_ID: text(),
    ACTUAL_ACCOUNT: text(),
    ACTUAL_CATEGORY_MAP: v.pipe(
      text(),
      v.check(
        (raw) => categoryMap(raw) !== null,
        `must read category=Actual name, separated by commas (categories: ${CATEGORIES.join(', ')})`,
      ),
    ),
    ACTUAL_BUDGET_PASSWORD: text(),
    ACTUAL_SYNC_CRON: text(),
  }),
  v.check(
    (env) => !env.ACTUAL_SERVER_URL || Boolean(env.ACTUAL_PASSWORD && env.ACTUAL_SYNC_ID),
    'ACTUAL_PASSWORD and ACTUAL_SYNC_ID are needed with ACTUAL_SERVER_URL',
  ),
  v.transform((env) =>
    env.ACTUAL_SERVER_URL && env.ACTUAL_PASSWORD && env.ACTUAL_SYNC_ID
      ? {
          serverUrl: env.ACTUAL_SERVER_URL.replace(/\/+$/, ''),
          password: env.ACTUAL_PASSWORD,
          syncId: env.ACTUAL_SYNC_ID,
          account: env.ACTUAL_ACCOUNT ?? 'VoiceTrack',
          budgetPassword: env.ACTUAL_BUDGET_PASSWORD ?? null,
          categoryMap: categoryMap(env.ACTUAL_CATEGORY_MAP) ?? {},
          /** Where @actual-app/api keeps its copy of the budget. */
          dataDir: `${env.DATA_DIR === 'memory://' ? '.data' : env.DATA_DIR}/actual`,
          cron: env.ACTUAL_SYNC_CRON ?? null,
        }
      : null,
  ),
);

export type ActualConfig = NonNullable<v.InferOutput<typeof actualConfig>>;
