/** Node entry: `pnpm start`. Only wiring: configuration errors end the process with a clear message. */
import { ConfigError } from './config.ts';
import { createLogger } from './observe/logger.ts';
import { startServer } from './server.ts';
import { DataDirBusyError } from './store/data-dir-lock.ts';

try {
  const server = await startServer();
  // The same shape as every other log line, whatever LOG_LEVEL says.
  createLogger('info').log('info', 'VoiceTrack is listening', { url: server.url, pairing: server.pairing });
  if (server.pairing === 'required')
    console.error('Pairing is required: run `pnpm pair` to let a phone in (it prints a link and a QR code).');
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof DataDirBusyError) {
    console.error(`Cannot start: ${error.message}; one process at a time may open PGlite's files.`);
    process.exit(2);
  }
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
