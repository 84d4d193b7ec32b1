/**
 * How a concern of the configuration reads the environment: one valibot schema over the variables
 * it names (an object keyed by their names), ending in what the code uses. `readConcern` turns the
 * first issue into the ConfigError a person reads: a variable's own issue is said after its name
 * ("PORT must be an integer…"); a concern's check across variables names them itself.
 */
import * as v from 'valibot';

/** The environment as a runtime gives it (process.env, Deno.env.toObject()). */
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

export function readConcern<S extends v.GenericSchema>(schema: S, env: Env): v.InferOutput<S> {
  const result = v.safeParse(schema, env);
  if (result.success) return result.output;
  const [issue] = result.issues;
  const name = issue.path?.[0]?.key;
  throw new ConfigError(typeof name === 'string' ? `${name} ${issue.message}` : issue.message);
}

const nonEmpty = (raw: string): string | undefined => (raw.trim() !== '' ? raw.trim() : undefined);

/**
 * What every variable starts as: a string, '' when unset (the default also keeps the key in the
 * concern's output type).
 */
const variable = () => v.optional(v.string(), '');

/** A variable that may be unset: trimmed; empty counts as unset. */
export const text = () => v.pipe(variable(), v.transform(nonEmpty));

/** A variable with a default when unset or empty. */
export const textOr = (fallback: string) =>
  v.pipe(
    variable(),
    v.transform((raw) => nonEmpty(raw) ?? fallback),
  );

/** An integer from `min` to `max`; `fallback` when unset or empty. */
export const int = (fallback: number, min: number, max: number) =>
  v.pipe(
    variable(),
    v.check(
      (raw) => raw === '' || (Number.isInteger(Number(raw)) && +raw >= min && +raw <= max),
      (issue) => `must be an integer between ${min} and ${max}, got "${issue.input}"`,
    ),
    v.transform((raw) => (raw === '' ? fallback : Number(raw))),
  );

/** One of `choices`, in any case (`expected` says them in the message); undefined when unset. */
export const oneOf = <const T extends string>(choices: readonly T[], expected: string) =>
  v.pipe(
    text(),
    v.check(
      (raw) => raw === undefined || (choices as readonly string[]).includes(raw.toLowerCase()),
      (issue) => `must be ${expected}, got "${issue.input}"`,
    ),
    v.transform((raw) => raw?.toLowerCase() as T | undefined),
  );

/** A comma-separated list: each entry trimmed, empty ones dropped, then read by `item`. */
export const list = <T>(item: v.GenericSchema<string, T>) =>
  v.pipe(
    variable(),
    v.transform((raw) =>
      raw
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
    v.array(item),
  );

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const zoneMessage = (issue: { input: unknown }) =>
  `must be an IANA time zone such as Europe/Paris, got "${String(issue.input)}"`;

/** An IANA time zone; undefined when unset. */
export const timeZone = () =>
  v.pipe(
    text(),
    v.check((zone) => zone === undefined || isTimeZone(zone), zoneMessage),
  );

/** An IANA time zone; `fallback` when unset. */
export const timeZoneOr = (fallback: string) => v.pipe(textOr(fallback), v.check(isTimeZone, zoneMessage));
