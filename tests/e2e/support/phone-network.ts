/**
 * The phone's network, as a forward proxy every engine is told to use: it resolves the deployed
 * name (`voicetrack.test`, port 443) to the TLS proxy on loopback, the way a phone's DNS finds the
 * server, and tunnels the bytes (CONNECT) untouched — TLS is between the browser and Caddy. Any
 * other name is refused, so a browser under test reaches nothing else.
 *
 * `cut()` is the phone losing its signal, for engines that cannot be set offline (WebKit over
 * WebDriver): open tunnels are torn down and new ones dropped without an answer until
 * `restore()`. The page then sees failed fetches. (Not a `502` to the CONNECT: Chromium and
 * Firefox take it as a network error, but libsoup hands it to WebKit's page as the server's
 * answer, and a reload then showed the page without the service worker serving it.)
 */
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface PhoneNetwork {
  /** `http://127.0.0.1:<port>`, the proxy to give the browser. */
  proxyUrl: string;
  port: number;
  /** Tunnels opened so far, per `host:port` asked. */
  connects: Map<string, number>;
  /** One more name the phone reaches (`host:port` → a loopback port): another site, say. */
  route(target: string, port: number): void;
  cut(): void;
  /**
   * The phone moved to another network (Wi-Fi to 4G): the connections open now go silent — no byte
   * either way, no reset, the sockets left open as a dropped Wi-Fi leaves them — while new ones
   * pass. The browser is told nothing: what it sends on an old connection is never answered.
   */
  fallSilent(): void;
  restore(): void;
  close(): Promise<void>;
}

/**
 * `routes`: `host:port` the browser asks for → the loopback port that answers it. `localAddress`:
 * the phone's own address as the server sees it (127.0.0.x): each phone its own, as on a real network.
 */
export async function startPhoneNetwork(
  routes: Record<string, number>,
  localAddress = '127.0.0.1',
): Promise<PhoneNetwork> {
  const tunnels = new Set<Socket>();
  /** Connections gone silent (fallSilent), ended only when the network closes. */
  const silent = new Set<Socket>();
  const connects = new Map<string, number>();
  let down = false;

  const server = createServer((_req, res) => {
    // Plain http:// through the proxy: nothing in the deployed setup speaks it.
    res.writeHead(403, { 'content-type': 'text/plain' }).end('only CONNECT to the deployed name');
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    client.on('error', () => {});
    const target = req.url ?? '';
    const port = routes[target];
    if (down) return void client.destroy();
    if (port === undefined) return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    connects.set(target, (connects.get(target) ?? 0) + 1);
    const upstream = connect({ port, host: '127.0.0.1', localAddress }, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels.add(client).add(upstream);
    const end = () => {
      tunnels.delete(client);
      tunnels.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    upstream.on('error', end).once('close', end);
    client.once('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    port,
    connects,
    route: (target, port) => {
      routes[target] = port;
    },
    fallSilent: () => {
      for (const socket of tunnels) {
        socket.unpipe();
        socket.pause();
        silent.add(socket);
      }
      tunnels.clear();
    },
    cut: () => {
      down = true;
      for (const socket of tunnels) socket.destroy();
      tunnels.clear();
    },
    restore: () => {
      down = false;
    },
    close: async () => {
      for (const socket of [...tunnels, ...silent]) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
