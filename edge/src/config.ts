/**
 * The configuration, from the environment, with the SDKs' own variable names (ARCHITECTURE.md):
 * one declared valibot schema per concern in config/, each naming the variables it reads, their
 * defaults and the message a person reads when one is wrong. The only reader of the environment:
 * the Node entry, the Deno entry and every CLI pass theirs here and use what it returns.
 * A new concern is a schema file in config/ and one line in `CONCERNS`.
 */
import type * as v from 'valibot';
import { actualConfig } from './config/actual.ts';
import { backupConfig } from './config/backup.ts';
import { captureConfig } from './config/capture.ts';
import { databaseConfig } from './config/database.ts';
import { doorsConfig } from './config/doors.ts';
import { type Env, readConcern } from './config/env.ts';
import { providersConfig } from './config/providers.ts';
import { pushConfig } from './config/push.ts';
import { recurringConfig } from './config/recurring.ts';
import { reportConfig } from './config/report.ts';
import { serverConfig } from './config/server.ts';
import { supabaseConfig } from './config/supabase.ts';
import { telegramConfig } from './config/telegram.ts';

export { ConfigError, type Env } from './config/env.ts';

/** Read in this order: the first wrong variable is the one a person is told about. */
const CONCERNS = {
  server: serverConfig,
  database: databaseConfig,
  capture: captureConfig,
  providers: providersConfig,
  supabase: supabaseConfig,
  doors: doorsConfig,
  telegram: telegramConfig,
  report: reportConfig,
  backup: backupConfig,
  push: pushConfig,
  recurring: recurringConfig,
  actual: actualConfig,
};

export type Config = { readonly [K in keyof typeof CONCERNS]: v.InferOutput<(typeof CONCERNS)[K]> };

export function readConfig(env: Env): Config {
  const config: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(CONCERNS)) config[name] = readConcern(schema, env);
  return config as Config;
}
