/**
 * What the use cases depend on, named once: whose data (ports/owner.ts), the store's ports, one
 * per aggregate (ports/store.ts; the doors' in ports/doors.ts, money's in ports/money.ts, bank
 * statements' in ports/statements.ts, receipts' photos in ports/receipts.ts), and the
 * providers with the errors they throw (ports/providers.ts). Adapters implement them (store/,
 * providers/); wire.ts builds them once; tests pass working fakes (PGlite in memory, a local fake
 * provider server).
 */
export * from './ports/doors.ts';
export * from './ports/households.ts';
export * from './ports/idempotency.ts';
export * from './ports/money.ts';
export * from './ports/owner.ts';
export * from './ports/providers.ts';
export * from './ports/receipts.ts';
export * from './ports/statements.ts';
export * from './ports/store.ts';
