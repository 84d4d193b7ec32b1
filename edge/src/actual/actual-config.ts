/**
 * Actual Budget's settings, one declared schema over the environment: ACTUAL_SERVER_URL,
 * ACTUAL_PASSWORD, ACTUAL_SYNC_ID (the budget's sync id, Settings → Advanced in Actual),
 * ACTUAL_ACCOUNT (created if absent; default "VoiceTrack"), ACTUAL_CATEGORY_MAP
 * (`groceries=Food,dining=Restaurants`: VoiceTrack's category = Actual's category name),
 * ACTUAL_BUDGET_PASSWORD (an end-to-end encrypted budget's key), ACTUAL_SYNC_CRON (from pnpm start).
 * null when no server is named: nothing is synced.
 */
import { CATEGORIES, type Category } from '@voicetrack/shared';
import * as v from 'valibot';
import { ConfigError } from '../config.ts';

export interface ActualConfig {
  serverUrl: string;
  password: string;
  syncId: string;
  account: string;
  budgetPassword: string | null;
  categoryMap: Partial<Record<Category, string>>;
  /** Where @actual-app/api keeps its copy of the budget. */
  dataDir: string;
  cron: string | null;
}

const text = (name: string) =>
  v.pipe(
    v.string(`${name} is required with ACTUAL_SERVER_URL`),
    v.trim(),
    v.minLength(1, `${name} is required with ACTUAL_SERVER_URL`),
  );

const CategoryMapSchema = v.pipe(
  v.string(),
  v.transform((s) => s.split(',').map((pair) => pair.split('=').map((p) => p.trim()))),
  v.check(
    (pairs) =>
      pairs.every(
        ([k, name]) =>
          name !== undefined && name !== '' && (CATEGORIES as readonly string[]).includes(k ?? ''),
      ),
    `ACTUAL_CATEGORY_MAP must read category=Actual name, separated by commas (categories: ${CATEGORIES.join(', ')})`,
  ),
  v.transform((pairs) => Object.fromEntries(pairs) as Partial<Record<Category, string>>),
);

const ActualEnvSchema = v.object({
  ACTUAL_SERVER_URL: v.pipe(
    v.string(),
    v.trim(),
    v.url('ACTUAL_SERVER_URL must be a URL such as https://actual.example.org'),
  ),
  ACTUAL_PASSWORD: text('ACTUAL_PASSWORD'),
  ACTUAL_SYNC_ID: text('ACTUAL_SYNC_ID'),
  ACTUAL_ACCOUNT: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  ACTUAL_CATEGORY_MAP: v.optional(CategoryMapSchema),
  ACTUAL_BUDGET_PASSWORD: v.optional(v.string()),
  ACTUAL_SYNC_CRON: v.optional(v.string()),
});

/** A ConfigError: the server and the CLIs say it and exit 2, as for every other variable. */
export class ActualConfigError extends ConfigError {}

export function readActualConfig(
  env: Record<string, string | undefined>,
  dataDir: string,
): ActualConfig | null {
  const given = Object.fromEntries(
    Object.entries(env).filter(([k, value]) => k.startsWith('ACTUAL_') && value !== ''),
  );
  if (!given.ACTUAL_SERVER_URL) return null;
  const result = v.safeParse(ActualEnvSchema, given);
  if (!result.success) throw new ActualConfigError(result.issues[0]?.message ?? 'ACTUAL_* is not valid');
  const e = result.output;
  return {
    serverUrl: e.ACTUAL_SERVER_URL.replace(/\/+$/, ''),
    password: e.ACTUAL_PASSWORD,
    syncId: e.ACTUAL_SYNC_ID,
    account: e.ACTUAL_ACCOUNT || 'VoiceTrack',
    budgetPassword: e.ACTUAL_BUDGET_PASSWORD || null,
    categoryMap: e.ACTUAL_CATEGORY_MAP ?? {},
    dataDir: `${dataDir === 'memory://' ? '.data' : dataDir}/actual`,
    cron: e.ACTUAL_SYNC_CRON?.trim() || null,
  };
}
