/**
 * Structured JSON logs, one line per event. Never the audio, never a full transcript at info.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  log(level: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(
  minLevel: LogLevel = 'info',
  write: (line: string) => void = console.log,
): Logger {
  return {
    log(level, msg, fields = {}) {
      if (RANK[level] < RANK[minLevel]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
    },
  };
}

export const silentLogger: Logger = { log: () => {} };
