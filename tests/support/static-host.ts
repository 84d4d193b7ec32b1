/**
 * A tiny static host, as Netlify or Cloudflare Pages serve a folder: files by path (`/` and
 * `…/` are the folder's index.html, nothing else falls back), and the rules of the folder's
 * `_headers` file applied to every answer. A rule is a path pattern line (`/*` any path,
 * `:name` one segment) followed by indented `Name: value` lines; every rule whose pattern
 * matches applies, and a header set by several is joined with ", " (Cloudflare's documented
 * merge). `_headers` itself is not served. So a test proves what the build wrote really lets the
 * page work in a browser, with no server of ours adding headers.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticHost {
  url: string;
  /** Every request served: path and status. */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The rules of a `_headers` file (Netlify / Cloudflare Pages format). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) =>
          part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const m = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers: cannot read the line "${line}"`);
    rule.headers.push([m[1] as string, (m[2] as string).trim()]);
  }
  return rules;
}

/** The headers the rules give one path: every matching rule, repeated names joined. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/**
 * Serves `dir` on 127.0.0.1 (on `port`, or any free one) with the rules of `headersFile`
 * (default `dir/_headers`).
 */
export async function startStaticHost(
  dir: string,
  options: { headersFile?: string; port?: number } = {},
): Promise<StaticHost> {
  const root = resolve(dir);
  const rules = parseHeadersFile(readFileSync(options.headersFile ?? join(root, '_headers'), 'utf8'));
  const requests: StaticHost['requests'] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const send = (status: number, body: Buffer | string, type: string) => {
      requests.push({ path, status });
      res.writeHead(status, { ...headersFor(rules, path), 'content-type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed', 'text/plain');
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    const inside = file.startsWith(root + sep);
    let found = false;
    try {
      found = inside && statSync(file).isFile() && path !== '/_headers';
    } catch {
      found = false;
    }
    if (!found) return send(404, 'not found', 'text/plain; charset=utf-8');
    send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
