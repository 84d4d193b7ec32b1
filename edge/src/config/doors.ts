/**
 * Pairing and the address the phone opens (ARCHITECTURE.md's doors). A server reachable from
 * another machine is never open: off loopback, behind a proxy, or announced at another address,
 * pairing is required, and `PAIRING=off` there refuses to start. There is no opt-out.
 */
import * as v from 'valibot';
import { list, oneOf, text } from './env.ts';
import { HOST, PORT, TRUST_PROXY } from './server.ts';
import { SUPABASE_URL } from './supabase.ts';

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. 0.0.0.0 and :: are everyone. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

export interface DoorsConfig {
  /** Local mode's API needs a device token (`required`), or nothing (`off`, loopback only). */
  pairing: 'required' | 'off';
  /** The address the phone opens (pairing links); no trailing slash. */
  publicUrl: string;
  /**
   * The names the server answers besides loopback's (DNS rebinding): PUBLIC_URL's host, HOST when
   * it names one address, ALLOWED_HOSTS. Lower case, no port.
   */
  hostNames: readonly string[];
}

/** A host name or address as ALLOWED_HOSTS takes it: no scheme, path or port. */
const HOST_NAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/;

const ALLOWED_HOSTS = list(
  v.pipe(
    v.string(),
    v.transform((name) => name.toLowerCase().replace(/\.$/, '')),
    v.check(
      (name) => HOST_NAME.test(name),
      (issue) =>
        `must be host names separated by commas (voicetrack.lan, [fd7a::1]; no scheme, path or port), got "${String(issue.input)}"`,
    ),
  ),
);

export const doorsConfig = v.pipe(
  v.object({
    HOST,
    PORT,
    TRUST_PROXY,
    SUPABASE_URL,
    PAIRING: oneOf(['required', 'off'], '"required" or "off"'),
    PUBLIC_URL: text(),
    ALLOWED_HOSTS,
  }),
  v.rawTransform(({ dataset: { value: env }, addIssue, NEVER }): DoorsConfig => {
    const host = env.HOST.includes(':') && !env.HOST.startsWith('[') ? `[${env.HOST}]` : env.HOST;
    const publicUrl = (env.PUBLIC_URL ?? `http://${host}:${env.PORT}`).replace(/\/+$/, '');
    const url = URL.canParse(publicUrl) ? new URL(publicUrl) : null;
    if (!url) {
      addIssue({
        message: `PUBLIC_URL must be an address such as https://voicetrack.example.org, got "${publicUrl}"`,
      });
      return NEVER;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      addIssue({ message: `PUBLIC_URL must start with https:// (or http://), got "${publicUrl}"` });
      return NEVER;
    }
    // Reachable from other machines: bound off loopback, behind a reverse proxy (Caddy and
    // Tailscale serve connect from loopback), or announced at an address that is not this machine.
    const exposure = !isLoopbackHost(env.HOST)
      ? `HOST=${env.HOST}`
      : env.TRUST_PROXY > 0
        ? `TRUST_PROXY=${env.TRUST_PROXY} (a reverse proxy brings other machines in)`
        : !isLoopbackHost(url.hostname)
          ? `PUBLIC_URL=${publicUrl}`
          : null;
    // Supabase mode needs a token on every request anyway: PAIRING does not apply there.
    if (env.PAIRING === 'off' && exposure && !env.SUPABASE_URL) {
      addIssue({
        message:
          `PAIRING=off is refused with ${exposure}: anyone who can reach this server could read and write every expense. ` +
          'Keep the default (PAIRING=required) and pair each phone with `pnpm pair`.',
      });
      return NEVER;
    }
    const wildcard = env.HOST === '0.0.0.0' || env.HOST === '::';
    // A wildcard listener names no address of its own: with no PUBLIC_URL, pairing links would
    // say http://0.0.0.0:8787 and every phone's Host would be refused (421).
    if (wildcard && env.PUBLIC_URL === undefined) {
      addIssue({
        message:
          `HOST=${env.HOST} listens on every address but names none a phone can open: set PUBLIC_URL to the address phones use ` +
          '(https://voicetrack.example.org behind a proxy, or http://192.168.1.20:8787 on your Wi-Fi).',
      });
      return NEVER;
    }
    const pairing = env.PAIRING === 'off' || (env.PAIRING === undefined && !exposure) ? 'off' : 'required';
    // A wildcard listener (0.0.0.0, ::) names no address of its own: PUBLIC_URL or ALLOWED_HOSTS do.
    const listening = wildcard ? [] : [host.toLowerCase()];
    const hostNames = [...new Set([url.hostname.toLowerCase(), ...listening, ...env.ALLOWED_HOSTS])];
    return { pairing, publicUrl, hostNames };
  }),
);
