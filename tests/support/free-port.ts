import { createServer } from 'node:net';

/**
 * `count` free TCP ports on loopback, each different: all held open until all are known (asked one
 * after the other, a port closed can be handed out again at once — CI once gave Caddy's HTTPS and
 * HTTP ports the same number, and Caddy refused its config).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, '127.0.0.1', resolve);
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  return ports;
}

/** A free TCP port on loopback, for a server that must be told its port before it starts. */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port ?? 0;
}
