/**
 * The deployed setup around a running server, as the README's phone section has a person run it:
 * the server on loopback with `TRUST_PROXY=1`, `PAIRING=required` and `PUBLIC_URL` the public
 * https origin; Caddy in front with a certificate the browsers trust; each phone on a network of
 * its own that resolves the public name to Caddy (phone-network.ts) and pairs through the link
 * `pnpm pair` prints. The test's own checks go through Caddy too, with the token of a paired
 * laptop: nothing reaches the server by a side door a person would not have.
 */
import { readPairFile } from '@voicetrack/edge/devices/pair-file.ts';
import { type Caddy, startCaddy } from './caddy.ts';
import { type PhoneNetwork, startPhoneNetwork } from './phone-network.ts';
import { rawFetch } from './raw-fetch.ts';

/** The name the phones open (resolved by their network, never by DNS: `.test` is reserved). */
export const PUBLIC_NAME = 'voicetrack.test';
export const PUBLIC_ORIGIN = `https://${PUBLIC_NAME}`;

/** The server's environment as deployed (README "On your phone"): pairing required behind a proxy. */
export const DEPLOYED_ENV = {
  HOST: '127.0.0.1',
  TRUST_PROXY: '1',
  PAIRING: 'required',
  PUBLIC_URL: PUBLIC_ORIGIN,
} as const;

export interface Deployment {
  caddy: Caddy;
  /** A fetch that reaches `https://voicetrack.test/…` through Caddy, trusting the run's CA. */
  fetch: typeof fetch;
  /** A one-time pairing link, as `pnpm pair` gets it: the secret file in DATA_DIR, then the server. */
  pairingLink(name?: string): Promise<string>;
  /** A device token for the test's own checks, paired through Caddy as a laptop would be. */
  pairLaptop(name: string): Promise<string>;
  /** A phone's own network (a different loopback address each), resolving the public name. */
  phoneNetwork(): Promise<PhoneNetwork>;
  stop(): Promise<void>;
}

/** Caddy in front of the server at `serverPort` whose DATA_DIR is `dataDir`. */
export async function deploy(serverPort: number, dataDir: string): Promise<Deployment> {
  const caddy = await startCaddy(PUBLIC_NAME, serverPort);
  const viaCaddy = rawFetch(caddy.port, { tls: true });
  const networks: PhoneNetwork[] = [];
  const pairingLink = async (name?: string) => {
    const { url, secret } = readPairFile(dataDir);
    const res = await fetch(`${url}/api/pair/codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pairing-secret': secret },
      body: JSON.stringify(name ? { name } : {}),
    });
    if (res.status !== 201) throw new Error(`POST /api/pair/codes answered ${res.status}`);
    return ((await res.json()) as { url: string }).url;
  };
  return {
    caddy,
    fetch: viaCaddy,
    pairingLink,
    pairLaptop: async (name) => {
      const code = new URL(await pairingLink(name)).hash.replace('#pair=', '');
      const res = await viaCaddy(`${PUBLIC_ORIGIN}/api/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      if (res.status !== 201) throw new Error(`POST /api/pair answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    phoneNetwork: async () => {
      // 127.0.0.2, .3, …: the laptop (the tests' own client) stays 127.0.0.1.
      const address = `127.0.0.${2 + (networks.length % 250)}`;
      const network = await startPhoneNetwork({ [`${PUBLIC_NAME}:443`]: caddy.port }, address);
      networks.push(network);
      return network;
    },
    stop: async () => {
      await Promise.all(networks.map((n) => n.close()));
      await caddy.stop();
    },
  };
}
