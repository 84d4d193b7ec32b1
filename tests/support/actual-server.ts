/**
 * A real Actual Budget sync server (@actual-app/sync-server) on 127.0.0.1 with a temp data dir,
 * its password bootstrapped over its own HTTP API, and budgets made and read with Actual's
 * official client (@actual-app/api) — one budget per process at a time, as that client works.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as api from '@actual-app/api';
import { freePort } from './free-port.ts';

const require = createRequire(import.meta.url);

export interface ActualServer {
  url: string;
  password: string;
  /** A new budget with these expense categories, uploaded to the server: its sync id. */
  createBudget(name: string, categories: string[]): Promise<string>;
  /** Every transaction of the budget's account of that name, as Actual keeps them. */
  transactions(syncId: string, account: string): Promise<Awaited<ReturnType<typeof api.getTransactions>>>;
  stop(): Promise<void>;
}

export async function startActualServer(): Promise<ActualServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vt-actual-server-'));
  const clientDir = mkdtempSync(join(tmpdir(), 'vt-actual-client-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const password = 'actual-test-password';
  const bin = join(
    dirname(require.resolve('@actual-app/sync-server/package.json')),
    'build/bin/actual-server.js',
  );
  const child: ChildProcess = spawn(process.execPath, [bin], {
    env: {
      ...process.env,
      // Under NODE_ENV=test (vitest's) the server would keep its files in its own package directory.
      NODE_ENV: 'production',
      ACTUAL_PORT: String(port),
      ACTUAL_HOSTNAME: '127.0.0.1',
      ACTUAL_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  child.stdout?.on('data', (d) => {
    stderr += String(d);
  });
  // The server loads a large bundle: on a busy machine it can take a minute to listen.
  const deadline = Date.now() + 150_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/info`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the Actual server did not start (exit ${child.exitCode}): ${stderr.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const boot = await fetch(`${url}/account/bootstrap`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password }),
  });
  if (!boot.ok) throw new Error(`bootstrap: ${boot.status} ${await boot.text()}`);

  const open = () => api.init({ dataDir: clientDir, serverURL: url, password });
  return {
    url,
    password,
    async createBudget(name, categories) {
      await open();
      try {
        await api.runImport(name, async () => {
          const group = await api.createCategoryGroup({ name: 'Dépenses' });
          for (const c of categories) await api.createCategory({ name: c, group_id: group });
        });
        const remote = (await api.getBudgets()).find((b) => b.name === name && b.groupId);
        if (!remote?.groupId) throw new Error('the budget was not uploaded');
        return remote.groupId;
      } finally {
        await api.shutdown();
      }
    },
    async transactions(syncId, account) {
      await open();
      try {
        await api.downloadBudget(syncId);
        const found = (await api.getAccounts()).find((a) => a.name === account);
        if (!found) return [];
        return await api.getTransactions(found.id, '1970-01-01', '2999-12-31');
      } finally {
        await api.shutdown();
      }
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(clientDir, { recursive: true, force: true });
    },
  };
}
