/**
 * Setup of the unit projects (vitest.config.ts). Their files share one module graph per worker
 * (`isolate: false`), and Dexie reads the IndexedDB API once, when it is first imported: the
 * in-memory IndexedDB (fake-indexeddb) is in place before any file, so whichever file loads Dexie
 * first, every test that opens a database has one. Each test file names its own databases.
 */
import 'fake-indexeddb/auto';
