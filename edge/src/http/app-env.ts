import type { Owner } from '../ports.ts';

/** What middleware puts on the request context for the routes. */
export interface AppEnv {
  Variables: {
    owner: Owner;
    requestId: string;
  };
}
