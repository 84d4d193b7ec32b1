/** Each test file's databases in memory start as copies of the run's migrated one (pglite-image.ts). */
import { readFileSync } from 'node:fs';
import { startInMemoryFrom } from '@voicetrack/edge/store/open-store.ts';
import { IMAGE_ENV } from './pglite-image.ts';

const file = process.env[IMAGE_ENV];
if (file) startInMemoryFrom(new Blob([readFileSync(file)]));
