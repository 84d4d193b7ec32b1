/**
 * A local stand-in for a Web Push service (FCM, autopush…): an HTTP server on loopback that takes
 * the real requests the server sends, checks them as a push service does — the VAPID JWT (ES256,
 * signed by the key in `k=`, audience = this origin, not expired, a contact subject — not at
 * localhost, with `apple`, as Apple's refuses it), TTL, the
 * aes128gcm encoding — and decrypts each payload with the subscription's own private key, made here
 * the way a browser makes it (a P-256 key pair and a 16-byte auth secret).
 */
import { createECDH, type ECDH, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';

export interface FakeSubscriptionJson {
  endpoint: string;
  expirationTime: null;
  keys: { p256dh: string; auth: string };
}

export interface PushDelivery {
  subscription: string;
  payload: unknown;
  ttl: number;
  topic: string | null;
  urgency: string | null;
}

export interface FakePushService {
  url: string;
  origin: string;
  /** A browser's subscription on this service: the JSON pushManager.subscribe() would give. */
  subscribe(): FakeSubscriptionJson;
  /** What was delivered (decrypted), oldest first. */
  deliveries: PushDelivery[];
  /** Requests refused because a check failed, with the reason. */
  refusals: string[];
  /** Makes a subscription answer with this status from now on (404/410: it is gone). */
  answer(endpoint: string, status: number): void;
  close(): Promise<void>;
}

const b64u = (b: Buffer) => b.toString('base64url');

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The VAPID check a push service makes (RFC 8292), or why it fails. */
async function vapidProblem(
  authorization: string | undefined,
  origin: string,
  apple: boolean,
): Promise<string | null> {
  const m = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!m) return `Authorization is not "vapid t=…, k=…": ${authorization}`;
  const [, token = '', k = ''] = m;
  const point = Buffer.from(k, 'base64url');
  if (point.length !== 65 || point[0] !== 4) return 'k is not an uncompressed P-256 point';
  if (decodeProtectedHeader(token).alg !== 'ES256') return 'the JWT is not ES256';
  const key = await importJWK(
    { kty: 'EC', crv: 'P-256', x: b64u(point.subarray(1, 33)), y: b64u(point.subarray(33, 65)) },
    'ES256',
  );
  try {
    const { payload } = await jwtVerify(token, key, { audience: origin });
    const exp = Number(payload.exp);
    if (!(exp * 1000 > Date.now() && exp * 1000 <= Date.now() + 24 * 3600 * 1000 + 60_000))
      return 'exp must be within 24 hours';
    if (!/^(?:mailto:|https:)/.test(String(payload.sub))) return `sub is not a contact: ${payload.sub}`;
    // Apple's web push answers 403 {"reason":"BadJwtToken"} to a subject at localhost.
    if (apple && /^(?:mailto:[^@]*@|https:\/\/)localhost\b/i.test(String(payload.sub)))
      return `BadJwtToken: sub ${payload.sub}`;
  } catch (error) {
    return `the JWT does not verify: ${String(error)}`;
  }
  return null;
}

/** `apple`: refuse a subject at localhost, as Apple's push service does (web.push.apple.com). */
export async function startFakePushService(options: { apple?: boolean } = {}): Promise<FakePushService> {
  const subscriptions = new Map<string, { ecdh: ECDH; auth: Buffer; status: number }>();
  const deliveries: PushDelivery[] = [];
  const refusals: string[] = [];
  let origin = '';
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const id = /^\/push\/([a-z0-9]+)$/.exec(req.url ?? '')?.[1];
    const sub = id ? subscriptions.get(id) : undefined;
    const refuse = (status: number, why: string) => {
      refusals.push(why);
      res.writeHead(status).end(why);
    };
    if (req.method !== 'POST' || !id || !sub) return refuse(404, `no subscription at ${req.url}`);
    if (sub.status !== 201) return res.writeHead(sub.status).end();
    const problem = await vapidProblem(req.headers.authorization, origin, options.apple === true);
    if (problem) return refuse(403, problem);
    if (req.headers['content-encoding'] !== 'aes128gcm')
      return refuse(415, 'Content-Encoding must be aes128gcm');
    const ttl = Number(req.headers.ttl);
    if (!Number.isInteger(ttl) || ttl < 0) return refuse(400, 'TTL is missing');
    let payload: unknown;
    try {
      const plain = decrypt(body, { version: 'aes128gcm', privateKey: sub.ecdh, authSecret: sub.auth });
      payload = JSON.parse(plain.toString('utf8'));
    } catch (error) {
      return refuse(400, `the payload does not decrypt: ${String(error)}`);
    }
    deliveries.push({
      subscription: id,
      payload,
      ttl,
      topic: (req.headers.topic as string | undefined) ?? null,
      urgency: (req.headers.urgency as string | undefined) ?? null,
    });
    res.writeHead(201, { location: `${origin}/message/${deliveries.length}` }).end();
  });
  // Never closes an idle connection (Node's 5 s default): a test thread blocked longer than that
  // would have its next call sent on a socket being closed (fake-telegram.ts says how it failed).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    origin,
    deliveries,
    refusals,
    subscribe() {
      const id = randomBytes(8).toString('hex');
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      subscriptions.set(id, { ecdh, auth, status: 201 });
      return {
        endpoint: `${origin}/push/${id}`,
        expirationTime: null,
        keys: { p256dh: b64u(ecdh.getPublicKey()), auth: b64u(auth) },
      };
    },
    answer(endpoint, status) {
      const id = endpoint.split('/').at(-1) ?? '';
      const sub = subscriptions.get(id);
      if (sub) sub.status = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
