import type { ExpenseParser, Transcriber } from '../ports.ts';
import type { Counter, Histogram } from './metrics.ts';

export interface ProviderMetrics {
  calls: Counter;
  seconds: Histogram;
}

async function timed<T>(
  m: ProviderMetrics,
  provider: string,
  kind: string,
  run: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  let outcome = 'ok';
  try {
    return await run();
  } catch (error) {
    outcome = error instanceof Error ? error.name : 'error';
    throw error;
  } finally {
    m.calls.inc({ provider, kind, outcome });
    m.seconds.observe({ provider, kind }, (performance.now() - started) / 1000);
  }
}

/** Counts provider calls and failures, by provider and outcome. */
export function instrumentTranscriber(t: Transcriber, m: ProviderMetrics): Transcriber {
  return {
    name: t.name,
    transcribeAudio: (audio, options) =>
      timed(m, t.name, 'transcription', () => t.transcribeAudio(audio, options)),
  };
}

export function instrumentParser(p: ExpenseParser, m: ProviderMetrics): ExpenseParser {
  return {
    name: p.name,
    parseExpenseWords: (words, context) =>
      timed(m, p.name, 'chat', () => p.parseExpenseWords(words, context)),
  };
}
