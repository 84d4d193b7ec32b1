/**
 * A small Prometheus registry in web-standard TypeScript (the same code runs on Deno), enough
 * for counters and one latency histogram. Exposition format 0.0.4.
 */
type Labels = Record<string, string>;

const escapeLabel = (v: string) => v.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('"', '\\"');
const labelText = (labels: Labels) => {
  const entries = Object.entries(labels);
  return entries.length ? `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}` : '';
};

export interface Counter {
  inc(labels?: Labels, by?: number): void;
}

export interface Histogram {
  observe(labels: Labels, seconds: number): void;
}

export interface Metrics {
  counter(name: string, help: string): Counter;
  histogram(name: string, help: string, buckets: readonly number[]): Histogram;
  /** A value read at scrape time (e.g. a count from the database). */
  gauge(name: string, help: string, read: () => Promise<number>): void;
  render(): Promise<string>;
}

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] as const;

export function createMetrics(): Metrics {
  const blocks: (() => Promise<string>)[] = [];
  return {
    counter(name, help) {
      const values = new Map<string, number>();
      blocks.push(async () =>
        [
          `# HELP ${name} ${help}`,
          `# TYPE ${name} counter`,
          ...[...values].map(([l, v]) => `${name}${l} ${v}`),
        ].join('\n'),
      );
      return {
        inc(labels = {}, by = 1) {
          const key = labelText(labels);
          values.set(key, (values.get(key) ?? 0) + by);
        },
      };
    },
    histogram(name, help, buckets) {
      const series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
      blocks.push(async () => {
        const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
        for (const s of series.values()) {
          buckets.forEach((le, i) => {
            lines.push(`${name}_bucket${labelText({ ...s.labels, le: String(le) })} ${s.counts[i]}`);
          });
          lines.push(`${name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`);
          lines.push(
            `${name}_sum${labelText(s.labels)} ${s.sum}`,
            `${name}_count${labelText(s.labels)} ${s.count}`,
          );
        }
        return lines.join('\n');
      });
      return {
        observe(labels, seconds) {
          const key = labelText(labels);
          const s = series.get(key) ?? { labels, counts: buckets.map(() => 0), sum: 0, count: 0 };
          series.set(key, s);
          buckets.forEach((le, i) => {
            if (seconds <= le) s.counts[i] = (s.counts[i] ?? 0) + 1;
          });
          s.sum += seconds;
          s.count += 1;
        },
      };
    },
    gauge(name, help, read) {
      blocks.push(async () => {
        let value = Number.NaN;
        try {
          value = await read();
        } catch {
          // NaN tells the scraper the value could not be read (database down), not zero.
        }
        return [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`].join('\n');
      });
    },
    async render() {
      return `${(await Promise.all(blocks.map((b) => b()))).join('\n')}\n`;
    },
  };
}
