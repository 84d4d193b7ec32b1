/**
 * One port in front of several servers: each TCP connection goes to the next server in turn,
 * bytes piped both ways untouched. What a load balancer does for instances of the API over one
 * database, small enough for the bench (Node's http.Server has no SO_REUSEPORT to share a port).
 */
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';

export interface RoundRobinProxy {
  url: string;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(upstreams: readonly string[]): Promise<RoundRobinProxy> {
  const targets = upstreams.map((u) => new URL(u));
  if (targets.length === 0) throw new Error('round-robin proxy: no upstream');
  const open = new Set<Socket>();
  let next = 0;
  const server = createServer((client) => {
    const target = targets[next++ % targets.length] as URL;
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      // Small requests and answers: Nagle's delay would be the figure, not the servers.
      s.setNoDelay(true);
      open.add(s);
      s.once('close', () => open.delete(s));
      // Either side going away ends the pair (a reset is not an error for a proxy).
      s.on('error', () => {});
      s.once('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}
