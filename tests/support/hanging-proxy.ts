/**
 * A TCP proxy in front of a database that a test can make hang: the connections it holds stop
 * moving bytes and new ones are accepted but never answered — a database behind a dead network
 * link or stuck on a lock, which is worse than one that refuses, since nothing ever fails.
 */
import { connect, createServer, type Socket } from 'node:net';

export interface HangingProxy {
  port: number;
  /** From now on nothing moves: a query in flight and a new connection wait forever. */
  hang(): void;
  /** Bytes move again; connections accepted while hanging are closed, so clients reconnect. */
  heal(): void;
  close(): Promise<void>;
}

export async function startHangingProxy(
  upstreamPort: number,
  upstreamHost = '127.0.0.1',
): Promise<HangingProxy> {
  const pairs = new Set<[Socket, Socket]>();
  const held = new Set<Socket>();
  let hanging = false;

  const server = createServer((client) => {
    if (hanging) {
      // Accepted by the kernel, never a byte back: the client's own timeout is all it has.
      held.add(client);
      client.on('error', () => {});
      client.once('close', () => held.delete(client));
      return;
    }
    const upstream = connect(upstreamPort, upstreamHost);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    // Plain 'data' handlers rather than pipe(): pipe() could resume a socket that hang() paused.
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).once('close', end);
    upstream.on('error', end).once('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  return {
    port,
    hang: () => {
      hanging = true;
      for (const [client, upstream] of pairs) {
        client.pause();
        upstream.pause();
      }
    },
    heal: () => {
      hanging = false;
      for (const socket of held) socket.destroy();
      for (const [client, upstream] of pairs) {
        client.resume();
        upstream.resume();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of held) socket.destroy();
        for (const [client, upstream] of pairs) {
          client.destroy();
          upstream.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
