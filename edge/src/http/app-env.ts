import type { InlineHashes } from '@voicetrack/shared';
import type { Access } from '../devices/scopes.ts';
import type { Owner } from '../ports.ts';

/** What middleware puts on the request context for the routes. */
export interface AppEnv {
  Variables: {
    owner: Owner;
    /** Who asked: a device token (and its scope), a signed-in session, or nobody (PAIRING=off). */
    access: Access;
    requestId: string;
    /** Set when the request came with a device token (the change stream's ticket names it). */
    deviceTokenHash?: string;
    /** Set when the answer is a built page: its inline script and style, which its CSP allows. */
    pageHashes?: InlineHashes;
  };
}
