/**
 * Runs inside the WebKit phone's network namespace (webkit.ts), whose loopback is its own: the two
 * ways through its wall, as Unix sockets (files, seen from both sides).
 *
 *   node netns-bridge.mjs PROXY_PORT PROXY_SOCKET DRIVER_SOCKET DRIVER_PORT
 *
 * The browser's proxy, 127.0.0.1:PROXY_PORT here, is piped to PROXY_SOCKET (the phone's network,
 * outside); DRIVER_SOCKET, listened on here, is piped to WebKitWebDriver on 127.0.0.1:DRIVER_PORT.
 * Plain JavaScript: it runs on the plain `node` of the machine, without the test runner.
 */
import { connect, createServer } from 'node:net';

const [proxyPort, proxySocket, driverSocket, driverPort] = process.argv.slice(2);

/** A server that pipes each connection it takes to a new one made by `dial`. */
const pipeTo = (dial) =>
  createServer((client) => {
    const upstream = dial();
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).once('close', end);
    upstream.on('error', end).once('close', end);
    client.pipe(upstream).pipe(client);
  });

pipeTo(() => connect({ path: proxySocket })).listen(Number(proxyPort), '127.0.0.1');
pipeTo(() => connect({ port: Number(driverPort), host: '127.0.0.1' })).listen(driverSocket);
