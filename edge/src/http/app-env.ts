import type { Owner } from '../ports.ts';

/** What middleware puts on the request context for the routes. */
export interface AppEnv {
  Variables: {
    owner: Owner;
    requestId: string;
    /** Set when the request came with a device token (the change stream's ticket names it). */
    deviceTokenHash?: string;
  };
}
