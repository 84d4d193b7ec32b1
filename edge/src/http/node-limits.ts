/**
 * Limits only a Node server can apply (sockets are below Hono): how many connections one address
 * may hold open, and how long a request body may stall. Node only: never imported by app.ts.
 */
import type { IncomingMessage, Server } from 'node:http';
import { addressKey } from './client-address.ts';

export interface ConnectionLimits {
  /** Open connections per peer address (0: no cap; behind your own proxy every client shares one). */
  perAddress: number;
  /** A request whose body sends nothing for this long is cut (its socket destroyed). */
  bodyIdleMs: number;
}

export function limitConnections(server: Server, limits: ConnectionLimits): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    // A host's IPv6 /64 is one client, as for the rate limits (client-address.ts).
    const address = addressKey(socket.remoteAddress ?? 'unknown');
    const count = (open.get(address) ?? 0) + 1;
    if (limits.perAddress > 0 && count > limits.perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    // One listener per socket: armed while a body arrives (below), disarmed otherwise.
    socket.on('timeout', () => socket.destroy());
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
  // While a body is arriving, silence means a stalled (or slow-loris) client; once it has
  // arrived, the request may take as long as its work takes (a provider call, an SSE stream).
  server.on('request', (req: IncomingMessage) => {
    if (req.complete || req.headers['content-length'] === '0') return;
    const socket = req.socket;
    socket.setTimeout(limits.bodyIdleMs);
    const disarm = () => socket.setTimeout(0);
    req.once('end', disarm);
    req.once('close', disarm);
  });
}
