/** Statement fixtures and the multipart upload of POST /api/statements, shared by the statement tests. */
import { readFileSync } from 'node:fs';
import { ErrorBodySchema, StatementImportSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import type { TestApp } from './edge-app.ts';

const DIR = new URL('../fixtures/statements/', import.meta.url);

export const statementFile = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, DIR)));

export async function upload(
  app: TestApp,
  bytes: Uint8Array | string,
  fields: Record<string, string> = {},
  fileName = 'releve.xml',
): Promise<Response> {
  const form = new FormData();
  form.set('file', new File([typeof bytes === 'string' ? bytes : Uint8Array.from(bytes)], fileName));
  for (const [k, value] of Object.entries(fields)) form.set(k, value);
  return app.app.request('/api/statements', { method: 'POST', body: form });
}

export async function imported(app: TestApp, name: string, fields: Record<string, string> = {}) {
  const res = await upload(app, statementFile(name), fields, name);
  const body: unknown = await res.json();
  if (res.status !== 201) throw new Error(`import of ${name}: ${res.status} ${JSON.stringify(body)}`);
  return v.parse(StatementImportSchema, body);
}

export async function refusedWith(res: Response) {
  return { status: res.status, body: v.parse(ErrorBodySchema, await res.json()) };
}
